// artifact/doubled-punctuation: two punctuation marks where one belongs ("sister cities. .",
// "population. , Money", ", ,"). Safe fix when the marks are the same: keep one.
import type { CheckDefinition, FindingDraft } from './types.js';
import { closesAbbreviation, inEllipsis, wordBefore } from './punctuation.js';

/** A mark, spaces, another mark; or a comma, semicolon or colon glued to another mark. */
const DOUBLED = /([.,;:])[ \t]+([.,;:])|([,;:])([.,;:])/gu;

export const doubledPunctuation: CheckDefinition = {
  id: 'artifact/doubled-punctuation',
  severity: 'warning',
  fixes: true,
  doc: 'Two punctuation marks where one belongs ("sister cities. ."); safe fix when they are the same: keep one.',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(DOUBLED)) {
      const first = m[1] ?? m[3];
      const second = m[2] ?? m[4];
      const secondAt = m.index + m[0].length - 1;
      if ((first === '.' && inEllipsis(text, m.index)) || (second === '.' && inEllipsis(text, secondAt))) continue;
      // "U.S.," "et al.;" — a full stop that closes an abbreviation may take a comma.
      if (first === '.' && m[1] !== undefined && closesAbbreviation(wordBefore(text, m.index)) && wordBefore(text, m.index) !== '') continue;
      // "3:,": a time or ratio, or a colon before a list marker, is not doubled punctuation.
      if (/\d/.test(text[secondAt + 1] ?? '')) continue;
      const same = first === second;
      out.push({
        offset: m.index,
        length: m[0].length,
        message: same ? `doubled “${first}”: keep one` : `“${first}” and “${second}” together: keep the one the sentence needs`,
        suggestions: same ? [first] : [first, second],
        fix: same ? { replacement: first } : undefined,
      });
    }
    return out;
  },
};
