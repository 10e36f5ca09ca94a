// artifact/doubled-word: the same word twice in a row ("population population", "Program Program").
// Not a slip: a word three or more times (onomatopoeia, "very very very"), a doubled name
// syllable ("Zhen Zhen", "Yao Yao"), and doubles grammar allows (data/word-lists.json).
import type { CheckDefinition, FindingDraft } from './types.js';
import { documentWords } from './words.js';
import { wordList } from './word-lists.js';
import { isCommonWord, pinyinSyllablesOf } from './vocabulary/index.js';

/** Doubles that English grammar allows. */
const ALLOWED = wordList('grammaticalDoubles');
const LETTERS = /^\p{L}+$/u;
const SPACES = /^[ \t]+$/;

export const doubledWord: CheckDefinition = {
  id: 'artifact/doubled-word',
  severity: 'warning',
  doc: 'The same word twice in a row ("population population").',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    const words = documentWords(ctx);
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1];
      const b = words[i];
      if (a.word !== b.word || ALLOWED.has(a.word) || !LETTERS.test(a.word)) continue;
      if (words[i + 1]?.word === a.word || words[i - 2]?.word === a.word) continue;
      if (isReduplicatedName(text.slice(a.start, a.end), text.slice(b.start, b.end))) continue;
      if (!SPACES.test(text.slice(a.end, b.start))) continue;
      // Part of a compound or a possessive is not a word of its own ("the the-end").
      if (/[-'’]/.test(text[a.start - 1] ?? '') || /[-'’]/.test(text[b.end] ?? '')) continue;
      out.push({
        offset: a.start,
        length: b.end - a.start,
        message: `doubled word “${text.slice(a.start, b.end)}”`,
        suggestions: [text.slice(a.start, a.end)],
      });
      i++;
    }
    return out;
  },
};

/** A Chinese given name made of one syllable twice, both capitalised ("Zhen Zhen"). */
function isReduplicatedName(a: string, b: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(a) && a === b && pinyinSyllablesOf(a)?.length === 1 && !isCommonWord(a);
}
