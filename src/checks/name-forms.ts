// Forms of names that are not misspellings of a glossary name: inflections ("Russian" of Russia,
// "Turkmen" of Turkmenistan, "Committees" of Committee) and ordinary Chinese personal names in
// pinyin ("Chen", "Chen Qingyang"), which sound like other names without being misspelt.
import { pinyinSyllablesOf } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** Endings that make an adjective, a people or a plural of a name. */
const ENDINGS = ['', 's', 'es', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'i', 'is', 'ese', 'ic', 'ish'];

/** Whether `span` is `form` inflected: same words up to the last, whose stem takes an English ending. */
export function isInflectionOf(span: string, form: string): boolean {
  const spanWords = span.toLowerCase().split(/\s+/);
  const formWords = form.toLowerCase().split(/[\s-]+/);
  if (spanWords.length !== formWords.length) return false;
  for (let k = 0; k < spanWords.length - 1; k++) if (spanWords[k] !== formWords[k]) return false;
  const word = spanWords[spanWords.length - 1];
  const base = formWords[formWords.length - 1];
  if (word === base) return false;
  // Russia → Russi-an, Kazakhstan → Kazakh, Uzbekistan → Uzbek-s, Committee → Committee-s.
  const stems = new Set([base, base.replace(/[aeiouy]$/, ''), base.replace(/i?stan$/, '')]);
  for (const stem of stems) {
    if (stem.length < 3 || !word.startsWith(stem)) continue;
    const ending = word.slice(stem.length);
    if (!ENDINGS.includes(ending)) continue;
    // English writes -es after a sibilant: "Kyrgyzs" is no plural.
    if (ending === 's' && /(?:s|z|x|sh|ch)$/.test(stem)) continue;
    return true;
  }
  return false;
}

const syllableCount = (word: string): number => pinyinSyllablesOf(word)?.length ?? 0;

/**
 * An ordinary Chinese personal name, not a misspelling of `form`: a common surname and a given
 * name of one or two syllables, or one such name alone; unless the form is a person's name of
 * as many words (then "Xi Jingping" is Xi Jinping misspelt).
 */
export function isOrdinaryPinyinName(words: string[], form: string, formIsPerson: boolean): boolean {
  const formWords = form.split(/\s+/).length;
  if (words.length === 1) {
    const n = syllableCount(words[0]);
    return n >= 1 && n <= 2 && !(formIsPerson && formWords === 1);
  }
  if (words.length === 2 && wordList('chineseSurnames').has(words[0].toLowerCase())) {
    const n = syllableCount(words[1]);
    return n >= 1 && n <= 2 && !(formIsPerson && formWords === 2);
  }
  return false;
}
