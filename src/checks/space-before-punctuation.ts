// artifact/space-before-punctuation: a space before a comma, full stop or other mark ("the UN ,",
// "behave ?"), as machine translation and careless typing leave them. Safe fix: close it up.
import type { CheckDefinition, FindingDraft } from './types.js';
import { inEllipsis } from './punctuation.js';

/** A letter, digit or closing mark, spaces, then , . ; : ! ? followed by space, a closer or the end. */
const SPACED = /[ \t](?<=[\p{L}\p{N})\]”’"][ \t])[ \t]*([,.;:!?])(?=[\s"”’)\]]|$)/gu;

export const spaceBeforePunctuation: CheckDefinition = {
  id: 'artifact/space-before-punctuation',
  severity: 'warning',
  fixes: true,
  doc: 'A space before a punctuation mark ("the UN ,"); safe fix: close it up.',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(SPACED)) {
      const markAt = m.index + m[0].length - 1;
      if (m[1] === '.' && inEllipsis(text, markAt)) continue;
      let start = m.index;
      while (start > 0 && !/\s/.test(text[start - 1])) start--;
      const word = text.slice(start, m.index);
      // "x , y", "(V ,": a variable in a formula, not a word.
      if (/^[([]?\p{L}$/u.test(word)) continue;
      out.push({
        offset: start,
        length: markAt + 1 - start,
        message: `space before “${m[1]}”: write “${word}${m[1]}”`,
        suggestions: [`${word}${m[1]}`],
        fix: { replacement: '', offset: m.index, length: markAt - m.index },
      });
    }
    return out;
  },
};
