// Forms of names that are not misspellings of a glossary name: inflections ("Russian" of Russia,
// "Turkmen" of Turkmenistan, "Committees" of Committee) and ordinary Chinese personal names in
// pinyin ("Chen", "Chen Qingyang"), which sound like other names without being misspelt; and
// the given names a document writes after a surname.
import { chineseNameByPinyin, pinyinSyllablesOf } from './vocabulary/index.js';
import { wordList } from './word-lists.js';
import { capitalisedWords } from './capitalised.js';

/** Endings that make an adjective, a people or a plural of a name, by the stem they take. */
const ENDINGS: Array<{ stem: (base: string) => string; endings: string[] }> = [
  // Russia → Russian, Pakistan → Pakistani, Committee → Committees
  { stem: (base) => base, endings: ['s', 'es', 'n', 'ns', 'i', 'is', 'ese', 'ic', 'ish'] },
  // China → Chinese, Kenya → Kenyan, Mongolia → Mongolian
  { stem: (base) => base.replace(/[aeiouy]$/, ''), endings: ['an', 'ans', 'ian', 'ians', 'ese', 'ic', 'ish'] },
  // Kazakhstan → Kazakh, Uzbekistan → Uzbeks, Turkmenistan → Turkmen
  { stem: (base) => base.replace(/i?stan$/, ''), endings: ['', 's', 'i', 'is'] },
];

/** Whether `span` is `form` inflected: same words up to the last, whose stem takes an English ending. */
export function isInflectionOf(span: string, form: string): boolean {
  const spanWords = span.toLowerCase().split(/\s+/);
  const formWords = form.toLowerCase().split(/[\s-]+/);
  if (spanWords.length !== formWords.length) return false;
  for (let k = 0; k < spanWords.length - 1; k++) if (spanWords[k] !== formWords[k]) return false;
  const word = spanWords[spanWords.length - 1];
  const base = formWords[formWords.length - 1];
  if (word === base) return false;
  for (const { stem: stemOf, endings } of ENDINGS) {
    const stem = stemOf(base);
    if (stem === base && stemOf !== ENDINGS[0].stem) continue;
    if (stem.length < 3 || !word.startsWith(stem) || !endings.includes(word.slice(stem.length))) continue;
    // English writes -es after a sibilant: "Kyrgyzs" is no plural.
    if (word.slice(stem.length) === 's' && /(?:s|z|x|sh|ch)$/.test(stem)) continue;
    return true;
  }
  return false;
}

const givenNames = new WeakMap<object, Set<string>>();

/** Words the document writes after a common Chinese surname ("Chen Qingyang" → Qingyang): given names. */
export function givenNamesIn(ctx: { text: string }): Set<string> {
  let names = givenNames.get(ctx);
  if (!names) {
    names = new Set();
    const words = capitalisedWords(ctx);
    for (let k = 0; k + 1 < words.length; k++) {
      const [surname, given] = [words[k], words[k + 1]];
      if (given.start !== surname.end + 1 || ctx.text[surname.end] !== ' ' || !GIVEN_NAME.test(given.text)) continue;
      if (wordList('chineseSurnames').has(surname.text.toLowerCase())) names.add(given.text);
    }
    givenNames.set(ctx, names);
  }
  return names;
}

const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;

const syllableCount = (word: string): number => pinyinSyllablesOf(word)?.length ?? 0;

/** A pinyin word known as a name: a common surname, a romanised CC-CEDICT name, or a given name of this document. */
function isKnownPinyinName(word: string, givenNames: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (wordList('chineseSurnames').has(lower) || givenNames.has(word)) return true;
  const syllables = pinyinSyllablesOf(lower);
  return syllables !== undefined && chineseNameByPinyin(syllables.join('')) === 'romanised';
}

/**
 * An ordinary Chinese personal name, not a misspelling of `form`: a common surname and a given
 * name of one or two syllables, or one known name alone ("Chen", "Qingyang" where the document
 * writes "Chen Qingyang"); unless the form is a person's name of as many words (then "Xi
 * Jingping" is Xi Jinping misspelt).
 */
export function isOrdinaryPinyinName(words: string[], form: string, formIsPerson: boolean, givenNames: ReadonlySet<string>): boolean {
  const formWords = form.split(/\s+/).length;
  if (words.length === 1) {
    const n = syllableCount(words[0]);
    return n >= 1 && n <= 2 && isKnownPinyinName(words[0], givenNames) && !(formIsPerson && formWords === 1);
  }
  if (words.length === 2 && wordList('chineseSurnames').has(words[0].toLowerCase())) {
    const n = syllableCount(words[1]);
    return n >= 1 && n <= 2 && !(formIsPerson && formWords === 2);
  }
  return false;
}
