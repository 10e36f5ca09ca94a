// Forms of names that are not misspellings of a glossary name: inflections ("Russian" of Russia,
// "Turkmen" of Turkmenistan, "Committees" of Committee) and ordinary Chinese personal names in
// pinyin ("Chen", "Chen Qingyang"), which sound like other names without being misspelt; and
// the given names a document writes after a surname.
import { chineseNameByPinyin, pinyinSyllablesOf } from './vocabulary/index.js';
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

const givenNames = new WeakMap<object, Set<string>>();

/** Words the document writes after a common Chinese surname ("Chen Qingyang" → Qingyang): given names. */
export function givenNamesIn(ctx: { text: string }): Set<string> {
  let names = givenNames.get(ctx);
  if (!names) {
    names = new Set();
    for (const m of ctx.text.matchAll(/(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}])/gu)) {
      if (wordList('chineseSurnames').has(m[1].toLowerCase())) names.add(m[2]);
    }
    givenNames.set(ctx, names);
  }
  return names;
}

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
