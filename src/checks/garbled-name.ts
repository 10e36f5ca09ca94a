// crosslingual/garbled-name: English words that render a name of the aligned Chinese wrongly:
// its pinyin read out ("Nukusi" for 努库斯 Nukus), a spelling the characters do not allow, or
// a wrong given name beside the right surname ("Sadyr Tokayev" for 托卡耶夫).
import type { CheckDefinition } from './types.js';
import { documentNames } from './source/analysis.js';
import { describeName } from './source/messages.js';

export const garbledName: CheckDefinition = {
  id: 'crosslingual/garbled-name',
  severity: 'warning',
  doc: 'A name of the aligned Chinese rendered wrongly: its pinyin read out, a spelling its characters do not allow, or a wrong given name.',
  crossLingual: true,
  run(ctx) {
    return documentNames(ctx).flatMap(({ findings }) =>
      findings
        .filter((f) => f.problem !== 'missing')
        .map((f) => {
          const shown = ctx.text.slice(f.span.start, f.span.end);
          const what =
            f.problem === 'pinyin'
              ? `“${shown}” reads out the pinyin of ${describeName(f.name)}`
              : f.problem === 'given-name'
                ? `“${shown}” is not the given name of ${describeName(f.name)}`
                : `“${shown}” does not spell ${describeName(f.name)}`;
          return { offset: f.span.start, length: f.span.end - f.span.start, message: what, suggestions: f.expected ? [f.expected] : [] };
        }),
    );
  },
};
