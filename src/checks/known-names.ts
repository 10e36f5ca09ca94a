// Known names for the shape checks: the words of the glossary's correct English forms, the
// proper nouns of the English dictionaries, the combining forms of names ("Sino-"), and Chinese
// names whose English is their pinyin (CC-CEDICT: Qingyang, Chengdu).
import type { Glossary } from '../glossary/index.js';
import { chineseNameByPinyin, isEnglishWord, isProperNoun, pinyinSyllablesOf } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

const glossaryWords = new WeakMap<Glossary, Set<string>>();

/** Lower-case words of every preferred and accepted English form in the glossary. */
function wordsOf(glossary: Glossary): Set<string> {
  let words = glossaryWords.get(glossary);
  if (!words) {
    words = new Set();
    for (const entry of glossary.entries) {
      for (const form of [entry.preferred, ...entry.variants]) {
        for (const word of form.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)) if (word) words.add(word.replace(/['’]s$/, ''));
      }
    }
    glossaryWords.set(glossary, words);
  }
  return words;
}

/** A name the glossary, the dictionaries or CC-CEDICT (as a romanised Chinese name) know. */
export function isKnownName(glossary: Glossary, token: string): boolean {
  const lower = token.toLowerCase().replace(/['’]s$/, '');
  if (wordsOf(glossary).has(lower) || isProperNoun(token) || wordList('nameCombiningForms').has(lower)) return true;
  const syllables = pinyinSyllablesOf(lower);
  return syllables !== undefined && chineseNameByPinyin(syllables.join('')) === 'romanised';
}

/** An English word (not a prefix that only looks like one: "non", "inter") or a known name. */
export function isWordOrName(glossary: Glossary, token: string): boolean {
  if (/^\p{N}+$/u.test(token)) return true;
  const lower = token.toLowerCase();
  if (wordList('boundPrefixes').has(lower)) return false;
  return isEnglishWord(token) || isKnownName(glossary, token);
}

/** "LivePerson", "iPhone": a brand's inner capital, not a garble. */
export function isCamelCase(token: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(token);
}
