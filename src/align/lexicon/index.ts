// The bilingual lexicon: CC-CEDICT preprocessed into a compact index (see build.ts), optionally
// extended with glossary entries; Chinese dictionary segmentation (forward maximum matching);
// the analysis of a segment into lexical tokens; and a plain lexical similarity of two texts.
import { chineseAnchors, englishAnchors } from './anchors.js';
import { buildLexiconIndex } from './build.js';
import { englishContentStems, englishWords, isStopword, stem } from './english.js';
import { readIndexFile, writeIndexFile } from './index-file.js';

export { chineseNumeralValue, chineseAnchors, englishAnchors } from './anchors.js';
export { stem, englishContentStems } from './english.js';

export interface Lexicon {
  /** English stems a Chinese word translates to. */
  lookup(word: string): readonly string[] | undefined;
  /** Longest headword, in characters (bounds the maximum-matching window). */
  readonly maxWordLength: number;
}

/** A lexicon entry from outside CC-CEDICT (the curated glossary): Chinese forms ↔ English forms. */
export interface ExtraLexiconEntry {
  zh: string[];
  en: string[];
}

const MAX_WORD_LENGTH = 8;
let cached: Lexicon | undefined;

/** The CC-CEDICT lexicon, loaded once per process from the compact index (built if missing). */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  let text = readIndexFile();
  if (text === undefined) {
    text = buildLexiconIndex();
    writeIndexFile(text);
  }
  // Split lazily: parsing every line up front costs more than the whole alignment of a chapter.
  const table = new Map<string, string>();
  const split = new Map<string, string[]>();
  let longest = 1;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end && text[at] !== '#') {
      table.set(text.slice(at, tab), text.slice(tab + 1, end));
      longest = Math.max(longest, tab - at);
    }
    at = end + 1;
  }
  const lookup = (word: string): string[] | undefined => {
    let stems = split.get(word);
    if (stems === undefined) {
      const raw = table.get(word);
      if (raw === undefined) return undefined;
      stems = raw.split(' ');
      split.set(word, stems);
    }
    return stems;
  };
  cached = { lookup, maxWordLength: Math.min(longest, MAX_WORD_LENGTH) };
  return cached;
}

/** The lexicon with extra entries (taking precedence) on top of CC-CEDICT. */
export function extendLexicon(base: Lexicon, entries: readonly ExtraLexiconEntry[]): Lexicon {
  if (entries.length === 0) return base;
  const extra = new Map<string, string[]>();
  let longest = base.maxWordLength;
  for (const entry of entries) {
    const stems = [...new Set(entry.en.flatMap(englishContentStems))];
    if (stems.length === 0) continue;
    for (const form of entry.zh) {
      const known = extra.get(form) ?? [];
      extra.set(form, [...new Set([...stems, ...known])]);
      longest = Math.max(longest, form.length);
    }
  }
  return { lookup: (word) => extra.get(word) ?? base.lookup(word), maxWordLength: longest };
}

/** One lexical token of a Chinese segment: the word (for rarity) and what it may translate to. */
export interface ChineseToken {
  key: string;
  translations: readonly string[];
}

/** Forward maximum matching over runs of Han characters; words without a translation are dropped. */
export function segmentChinese(text: string, lexicon: Lexicon): string[] {
  const words: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    let at = 0;
    while (at < run.length) {
      let length = Math.min(lexicon.maxWordLength, run.length - at);
      while (length > 1 && lexicon.lookup(run.slice(at, at + length)) === undefined) length -= 1;
      words.push(run.slice(at, at + length));
      at += length;
    }
  }
  return words;
}

export function chineseTokens(text: string, lexicon: Lexicon): ChineseToken[] {
  const tokens: ChineseToken[] = [];
  for (const word of segmentChinese(text, lexicon)) {
    const translations = lexicon.lookup(word);
    if (translations) tokens.push({ key: word, translations });
  }
  for (const word of englishWords(text.replace(/\p{Script=Han}/gu, ' '))) {
    if (word.length >= 2 && !isStopword(word)) tokens.push({ key: word, translations: [stem(word)] });
  }
  for (const anchor of chineseAnchors(text)) tokens.push({ key: anchor, translations: [anchor] });
  return tokens;
}

export function englishTokens(text: string): string[] {
  return [...englishContentStems(text), ...englishAnchors(text)];
}

/**
 * Share of the two texts' lexical tokens that have a translation on the other side, in [0, 1]
 * (0 when neither side has a token): (matched Chinese words + matched English words) / all.
 */
export function lexicalSimilarity(zh: string, en: string, lexicon: Lexicon = loadLexicon()): number {
  const zhTokens = chineseTokens(zh, lexicon);
  const enTokens = englishTokens(en);
  if (zhTokens.length + enTokens.length === 0) return 0;
  const enSet = new Set(enTokens);
  const zhTranslations = new Set(zhTokens.flatMap((token) => token.translations));
  const zhMatched = zhTokens.filter((token) => token.translations.some((t) => enSet.has(t))).length;
  const enMatched = enTokens.filter((token) => zhTranslations.has(token)).length;
  return (zhMatched + enMatched) / (zhTokens.length + enTokens.length);
}
