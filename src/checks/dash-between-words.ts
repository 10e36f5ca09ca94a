// artifact/dash-between-words: a spaced dash inside a phrase ("will deepen – human and cultural
// exchanges", "anti – drug"): where the source had a compound, or a word machine translation
// dropped. A dash after a word that cannot end a clause, or after a prefix, is no pause.
import type { CheckDefinition, FindingDraft } from './types.js';
import { isCommonWord } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** The word before (and the one before it), a spaced dash, a lower-case word. */
const SPACED_DASH = /(?:(\p{L}+)[ \t]+)?(\p{L}+)[ \t]+([–—―-])[ \t]+(\p{Ll}+)/gu;

export const dashBetweenWords: CheckDefinition = {
  id: 'artifact/dash-between-words',
  severity: 'warning',
  doc: 'A spaced dash inside a phrase ("will deepen – human"), where a word is missing or a hyphen belongs ("anti – drug").',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(SPACED_DASH)) {
      const [, previous, left, dash, right] = m;
      const at = m.index + (previous ? m[0].indexOf(left, previous.length) : 0);
      const end = m.index + m[0].length;
      const lower = left.toLowerCase();
      const joined = `${lower}${right}`;
      if (wordList('boundPrefixes').has(lower) || (lower.length >= 3 && !wordList('complementHeads').has(lower) && isCommonWord(joined))) {
        out.push({
          offset: at,
          length: end - at,
          message: `“${left} ${dash} ${right}”: a dash where a hyphen belongs; write “${left}-${right}”`,
          suggestions: [`${left}-${right}`],
        });
        continue;
      }
      const needsComplement = wordList('complementHeads').has(left) || (previous !== undefined && wordList('modals').has(previous.toLowerCase()) && /^\p{Ll}/u.test(left));
      if (!needsComplement || wordList('asideOpeners').has(right) || opensParenthesis(text, end)) continue;
      out.push({
        offset: at,
        length: end - at,
        message: `“${left} ${dash} ${right}”: the dash cuts the phrase after “${left}”; a word may be missing (check the source) or the dash is stray`,
        suggestions: [`${left} ${right}`],
      });
    }
    return out;
  },
};

/** A second spaced dash later in the same sentence: the first opens a parenthesis ("will – we hope – grow"). */
function opensParenthesis(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + 300; i++) {
    const c = text[i];
    if (c === '.' || c === '\n') return false;
    if ((c === '–' || c === '—' || c === '―' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
  }
  return false;
}
