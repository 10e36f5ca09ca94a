// crosslingual/missing-name: a name in the Chinese (glossary, dictionary or transliterated)
// whose English is nowhere in the aligned English; reported on the sentence that should hold
// it, only where the sentence alignment is confident.
import type { CheckDefinition } from './types.js';
import { documentNames } from './source/analysis.js';
import { describeName } from './source/messages.js';

export const missingName: CheckDefinition = {
  id: 'crosslingual/missing-name',
  severity: 'warning',
  doc: 'A name in the Chinese (glossary, dictionary or transliterated) with no rendering in the aligned English sentence.',
  crossLingual: true,
  run(ctx) {
    return documentNames(ctx).flatMap(({ findings }) =>
      findings
        .filter((f) => f.problem === 'missing')
        .map((f) => ({
          offset: f.span.start,
          length: f.span.end - f.span.start,
          message: `the Chinese names ${describeName(f.name)} but the aligned English does not`,
          suggestions: f.expected ? [f.expected] : [],
        })),
    );
  },
};
