// glossary/known-garble: a machine-translation garble the glossary lists ("Nur Sudan",
// "United University"), found case-, hyphen- and spacing-insensitively; safe fix when the
// glossary marks the correction unambiguous.
import type { CheckDefinition, FindingDraft } from './types.js';
import { chineseLabel, documentTerms, type GarbleMatch } from './glossary-index.js';

export const knownGarble: CheckDefinition = {
  id: 'glossary/known-garble',
  severity: 'error',
  doc: 'A machine-translation garble listed in the glossary ("Nur Sudan" for Nur-Sultan).',
  run: (ctx) =>
    documentTerms(ctx)
      .garbles.filter((g) => g.hit.garble.kind === 'garble')
      .map((g) => garbleDraft(g, `“${g.match.text}” is a machine-translation garble of ${chineseLabel(g.hit.entry)}: ${g.correction}`)),
};

/** A finding for a listed garble, calque or misspelling, with its safe fix if it has one. */
export function garbleDraft(g: GarbleMatch, message: string): FindingDraft {
  const note = g.hit.garble.note ? ` (${g.hit.garble.note})` : '';
  return {
    offset: g.match.start,
    length: g.match.end - g.match.start,
    message: message + note,
    suggestions: [g.correction],
    fix: g.hit.garble.safe ? { replacement: g.correction } : undefined,
  };
}
