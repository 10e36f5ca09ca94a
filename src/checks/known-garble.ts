// glossary/known-garble: a machine-translation garble the glossary lists ("Nur Sudan",
// "United University"), found case-, hyphen- and spacing-insensitively; safe fix when the
// glossary marks the correction unambiguous. A garble the glossary marks for review (its reading
// unverified, or its fix needing the sentence rewritten) is a warning with no fix.
import type { CheckDefinition, FindingDraft } from './types.js';
import { chineseLabel, documentTerms, type GarbleMatch, GLOSSARY_SUPERSEDES } from './glossary-index.js';

export const knownGarble: CheckDefinition = {
  id: 'glossary/known-garble',
  severity: 'error',
  fixes: true,
  supersedes: GLOSSARY_SUPERSEDES,
  doc: 'A machine-translation garble listed in the glossary ("Nur Sudan" for Nur-Sultan); a warning where the glossary marks it for review.',
  run: (ctx) =>
    documentTerms(ctx)
      .garbles.filter((g) => g.hit.garble.kind === 'garble')
      .map((g) => garbleDraft(g, `“${g.match.text}” is a machine-translation garble of ${chineseLabel(g.hit.entry)}: ${g.correction}`)),
};

const reviewPrefix = {
  unverified: 'suspected garble, needs a reviewer (the reading is unverified): ',
  rewrite: 'needs a reviewer (the sentence around it must be rewritten): ',
} as const;

/**
 * A finding for a listed garble, calque or misspelling, with its safe fix if it has one. A
 * garble marked for review is a warning ("… needs a reviewer") without a fix.
 */
export function garbleDraft(g: GarbleMatch, message: string): FindingDraft {
  const { note, review, safe } = g.hit.garble;
  const noted = message + (note ? ` (${note})` : '');
  return {
    offset: g.match.start,
    length: g.match.end - g.match.start,
    message: review ? reviewPrefix[review] + noted : noted,
    suggestions: [g.correction],
    fix: safe && !review ? { replacement: g.correction } : undefined,
    severity: review ? 'warning' : undefined,
  };
}
