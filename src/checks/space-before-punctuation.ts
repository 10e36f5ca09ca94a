// artifact/space-before-punctuation: a space before a comma, full stop or other mark ("the UN ,",
// "behave ?"), as machine translation and careless typing leave them. Safe fix: close it up.
import type { CheckDefinition, FindingDraft } from './types.js';
import { inEllipsis } from './punctuation.js';

/** A mark after a space, before a space, a closer or the end; the scan looks for the mark (rarer than spaces). */
const MARK = /[,.;:!?](?<=[ \t][,.;:!?])(?=[\s"”’)\]]|$)/gu;
const CLOSES_WORD = /[\p{L}\p{N})\]”’"]/u;

export const spaceBeforePunctuation: CheckDefinition = {
  id: 'artifact/space-before-punctuation',
  severity: 'warning',
  fixes: true,
  doc: 'A space before a punctuation mark ("the UN ,"); safe fix: close it up.',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(MARK)) {
      const markAt = m.index;
      let spaceAt = markAt;
      while (spaceAt > 0 && (text[spaceAt - 1] === ' ' || text[spaceAt - 1] === '\t')) spaceAt--;
      if (!CLOSES_WORD.test(text[spaceAt - 1] ?? '')) continue;
      if (m[0] === '.' && inEllipsis(text, markAt)) continue;
      let start = spaceAt;
      while (start > 0 && !/\s/.test(text[start - 1])) start--;
      const word = text.slice(start, spaceAt);
      // "x , y", "(V ,": a variable in a formula, not a word.
      if (/^[([]?\p{L}$/u.test(word)) continue;
      out.push({
        offset: start,
        length: markAt + 1 - start,
        message: `space before “${m[0]}”: write “${word}${m[0]}”`,
        suggestions: [`${word}${m[0]}`],
        fix: { replacement: '', offset: spaceAt, length: markAt - spaceAt },
      });
    }
    return out;
  },
};
