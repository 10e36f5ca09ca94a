// artifact/dash-between-words: a spaced dash inside a phrase ("will deepen – human and cultural
// exchanges", "anti – drug"): where the source had a compound, or a word machine translation
// dropped. A dash after a word that cannot end a clause, or after a prefix, is no pause.
import type { CheckDefinition, FindingDraft } from './types.js';
import { isCommonWord } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** A spaced dash before a lower-case word: the anchor; the words before it are read backwards. */
const SPACED_DASH = /[ \t][–—―-][ \t]+(\p{Ll}+)/gu;
const LETTER = /\p{L}/u;

export const dashBetweenWords: CheckDefinition = {
  id: 'artifact/dash-between-words',
  severity: 'warning',
  doc: 'A spaced dash inside a phrase ("will deepen – human"), where a word is missing or a hyphen belongs ("anti – drug").',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(SPACED_DASH)) {
      const left = wordEndingAt(text, m.index);
      if (!left) continue;
      const previous = wordEndingAt(text, left.start);
      const dash = m[0].trim()[0];
      const right = m[1];
      const end = m.index + m[0].length;
      const lower = left.word.toLowerCase();
      if (wordList('boundPrefixes').has(lower) || (lower.length >= 3 && !wordList('complementHeads').has(lower) && isCommonWord(`${lower}${right}`))) {
        out.push({
          offset: left.start,
          length: end - left.start,
          message: `“${left.word} ${dash} ${right}”: a dash where a hyphen belongs; write “${left.word}-${right}”`,
          suggestions: [`${left.word}-${right}`],
        });
        continue;
      }
      const afterModal = previous !== undefined && wordList('modals').has(previous.word.toLowerCase()) && /^\p{Ll}/u.test(left.word);
      if (!(wordList('complementHeads').has(left.word) || afterModal) || wordList('asideOpeners').has(right) || opensParenthesis(text, end)) continue;
      out.push({
        offset: left.start,
        length: end - left.start,
        message: `“${left.word} ${dash} ${right}”: the dash cuts the phrase after “${left.word}”; a word may be missing (check the source) or the dash is stray`,
        suggestions: [`${left.word} ${right}`],
      });
    }
    return out;
  },
};

/** The word of letters that ends right before `at` (after spaces), if any. */
function wordEndingAt(text: string, at: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}

/** A second spaced dash later in the same sentence: the first opens a parenthesis ("will – we hope – grow"). */
function opensParenthesis(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + 300; i++) {
    const c = text[i];
    if (c === '.' || c === '\n') return false;
    if ((c === '–' || c === '—' || c === '―' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
  }
  return false;
}
