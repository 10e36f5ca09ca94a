// What the aligner asks of a bilingual lexicon, and the lexicon extended with the glossary's
// entries. Two views of the same data: strings (stems, readings) for the paragraph linker and the
// checks; numbers (word ids, stem ids) for the bead search, which never builds a string per
// token.
import { englishContentStems } from './english.js';
import type { StringTable } from './index-file.js';

export interface Lexicon {
  /** English stems a Chinese word translates to. */
  lookup(word: string): readonly string[] | undefined;
  /** Whether the word is a headword (cheaper than `lookup`: used by segmentation). */
  has(word: string): boolean;
  /** Toneless pinyin of a single character ("wang"), for matching romanised names. */
  pinyin(character: string): string | undefined;
  /** Longest headword, in characters (bounds the maximum-matching window). */
  readonly maxWordLength: number;
  /** Longest headword starting with this UTF-16 code unit (at least 1): narrows the window further. */
  longestFrom?(first: string): number;
  /**
   * Whether some headword longer than `piece` starts with it: lets maximum matching stop
   * lengthening a candidate as soon as no headword can follow (instead of trying every length).
   */
  continues?(piece: string): boolean;
  /** Length of the longest headword starting at `at` in `run` (1 when none): maximum matching's step. */
  longestMatch?(run: string, at: number): number;
}

/**
 * The lexicon as numbers. Words are headwords numbered [0, wordCount); stems are numbered
 * [0, stemCount) and the English side of a bead maps its stems to the same numbers (`stemId`).
 */
export interface LexiconIds {
  readonly wordCount: number;
  readonly stemCount: number;
  /** The longest headword at `at` in `text` ending at most at `end`, or −1 (a lone character). */
  longestWord(text: string, at: number, end: number): number;
  wordLength(word: number): number;
  /** The CC-CEDICT word that is the single code unit `unit` (for its reading), or −1. */
  characterWord(unit: number): number;
  /** Stem ids of the word's translations (a view: never to be written). */
  translations(word: number): Int32Array;
  /** Toneless pinyin of a single-character word. */
  reading(word: number): string | undefined;
  /** The number of the reading of the single code unit `unit` in `readings`, or −1 (none; a surrogate). */
  characterReading(unit: number): number;
  /** Every reading (letters a–z), by number. */
  readonly readings: StringTable;
  /** The id of an English stem, or −1 when no word translates to it. */
  stemId(stem: string): number;
  /**
   * The stem id of a lower-case English word stemmed at build time (the words of the glosses),
   * or −1 when the word is not among them: then its stem is to be computed and looked up.
   */
  wordStemId(word: string): number;
}

export type IndexedLexicon = Lexicon & LexiconIds;

/** A lexicon entry from outside CC-CEDICT (the curated glossary): Chinese forms ↔ English forms. */
export interface ExtraLexiconEntry {
  zh: string[];
  en: string[];
}

/**
 * The lexicon with extra entries on top of CC-CEDICT. An extra form replaces a headword it
 * equals and wins over a shorter one in maximum matching; its words are numbered after the base
 * words, and stems the base lacks after the base stems.
 */
export function extendLexicon(base: IndexedLexicon, entries: readonly ExtraLexiconEntry[]): IndexedLexicon {
  if (entries.length === 0) return base;
  const extra = new Map<string, string[]>();
  for (const entry of entries) {
    const stems = [...new Set(entry.en.flatMap(englishContentStems))];
    if (stems.length === 0) continue;
    for (const form of entry.zh) {
      if (form.length === 0) continue;
      extra.set(form, [...new Set([...stems, ...(extra.get(form) ?? [])])]);
    }
  }
  const forms = [...extra.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const formNumber = new Map(forms.map((form, k) => [form, base.wordCount + k]));
  /** Extra forms by first code unit, longest first. */
  const formsByFirst = new Map<number, string[]>();
  for (const form of forms) {
    const list = formsByFirst.get(form.charCodeAt(0)) ?? [];
    list.push(form);
    formsByFirst.set(form.charCodeAt(0), list);
  }
  const newStems = new Map<string, number>();
  const numberStem = (stem: string): number => {
    const id = base.stemId(stem);
    if (id >= 0) return id;
    let fresh = newStems.get(stem);
    if (fresh === undefined) newStems.set(stem, (fresh = base.stemCount + newStems.size));
    return fresh;
  };
  const translations = forms.map((form) => Int32Array.from(extra.get(form)!, numberStem));
  const longest = Math.max(base.maxWordLength, ...forms.map((form) => form.length));
  const extraAt = (text: string, at: number, end: number): string | undefined =>
    formsByFirst.get(text.charCodeAt(at))?.find((f) => f.length <= end - at && text.startsWith(f, at));
  return {
    lookup: (word) => extra.get(word) ?? base.lookup(word),
    has: (word) => extra.has(word) || base.has(word),
    pinyin: (character) => base.pinyin(character),
    maxWordLength: longest,
    longestMatch: (run, at) => {
      const form = extraAt(run, at, run.length);
      const fromBase = base.longestMatch ? base.longestMatch(run, at) : 1;
      return form && form.length > fromBase ? form.length : fromBase;
    },
    wordCount: base.wordCount + forms.length,
    stemCount: base.stemCount + newStems.size,
    longestWord: (text, at, end) => {
      const word = base.longestWord(text, at, end);
      const form = extraAt(text, at, end);
      return form && form.length >= (word < 0 ? 1 : base.wordLength(word)) ? formNumber.get(form)! : word;
    },
    wordLength: (word) => (word < base.wordCount ? base.wordLength(word) : forms[word - base.wordCount].length),
    // Single characters are looked up for their readings, which only the base has.
    characterWord: (unit) => base.characterWord(unit),
    translations: (word) => (word < base.wordCount ? base.translations(word) : translations[word - base.wordCount]),
    reading: (word) => (word < base.wordCount ? base.reading(word) : undefined),
    characterReading: (unit) => base.characterReading(unit),
    readings: base.readings,
    wordStemId: (word) => base.wordStemId(word),
    stemId: (stem) => {
      const id = base.stemId(stem);
      return id >= 0 ? id : (newStems.get(stem) ?? -1);
    },
  };
}
