// The bilingual lexicon: CC-CEDICT preprocessed into a compact index (see build.ts), optionally
// extended with glossary entries; Chinese dictionary segmentation (forward maximum matching);
// the analysis of a segment into lexical tokens; and a plain lexical similarity of two texts.
import { chineseAnchors, englishAnchors } from './anchors.js';
import { buildLexiconIndex } from './build.js';
import { englishContentStems, englishTokenList, englishWords, isStopword, stem, type EnglishToken } from './english.js';
import { TextMemo } from './memo.js';
import { indexFromText, readIndexFile, writeIndexFile } from './index-file.js';
import type { IndexedLexicon, Lexicon } from './lexicon.js';
import { SortedIndexLexicon } from './sorted-index.js';

export { chineseNumeralValue, chineseAnchors, englishAnchors } from './anchors.js';
export { TextMemo } from './memo.js';
export { stem, isStopword, englishContentStems, englishTokenList, type EnglishToken } from './english.js';
export { extendLexicon, type ExtraLexiconEntry, type IndexedLexicon, type Lexicon, type LexiconIds } from './lexicon.js';

let cached: IndexedLexicon | undefined;

/**
 * The CC-CEDICT lexicon, loaded once per process from the compact index (built if missing):
 * one file read, nothing parsed (see sorted-index.ts).
 */
export function loadLexicon(): IndexedLexicon {
  if (cached) return cached;
  let data = readIndexFile();
  if (data === undefined) {
    const { text, glossWords } = buildLexiconIndex();
    data = indexFromText(text, glossWords, stem);
    writeIndexFile(data);
  }
  cached = new SortedIndexLexicon(data);
  return cached;
}

/** One lexical token of a Chinese segment: the word (for rarity) and what it may translate to. */
export interface ChineseToken {
  key: string;
  translations: readonly string[];
}

/** Forward maximum matching over runs of Han characters; words without a translation are dropped. */
export function segmentChinese(text: string, lexicon: Lexicon, memo?: TextMemo): string[] {
  const words: string[] = [];
  const store = memoOf(lexicon, memo);
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (const word of store.get('s', run, () => segmentRun(run, lexicon))) words.push(word);
  }
  return words;
}

/** Forward maximum matching of one run of Han characters (a paragraph's runs recur in its sentences). */
function segmentRun(run: string, lexicon: Lexicon): string[] {
  const words: string[] = [];
  let at = 0;
  if (lexicon.longestMatch) {
    while (at < run.length) {
      const length = lexicon.longestMatch(run, at);
      words.push(run.slice(at, at + length));
      at += length;
    }
    return words;
  }
  while (at < run.length) {
    const window = lexicon.longestFrom ? Math.min(lexicon.maxWordLength, lexicon.longestFrom(run[at])) : lexicon.maxWordLength;
    const limit = Math.min(window, run.length - at);
    let length = 1;
    if (lexicon.continues) {
      // Lengthen while some headword can still follow; the longest headword seen wins.
      for (let candidate = 2; candidate <= limit; candidate += 1) {
        const piece = run.slice(at, at + candidate);
        if (lexicon.has(piece)) length = candidate;
        if (candidate < limit && !lexicon.continues(piece)) break;
      }
    } else {
      length = limit;
      while (length > 1 && !lexicon.has(run.slice(at, at + length))) length -= 1;
    }
    words.push(run.slice(at, at + length));
    at += length;
  }
  return words;
}

/**
 * The memo of callers that pass none: one per lexicon (Chinese analyses depend on it) and one for
 * English. `clearTextMemos` empties them; an AlignmentContext passes its own memo instead.
 */
const defaultMemos = new WeakMap<Lexicon, TextMemo>();
/** Every default memo still alive (the WeakMap cannot be walked), for `clearTextMemos`. */
const liveDefaults = new Set<WeakRef<TextMemo>>();
const ENGLISH_DEFAULT = new TextMemo();
liveDefaults.add(new WeakRef(ENGLISH_DEFAULT));

function memoOf(lexicon: Lexicon, memo: TextMemo | undefined): TextMemo {
  if (memo) return memo;
  let own = defaultMemos.get(lexicon);
  if (!own) {
    defaultMemos.set(lexicon, (own = new TextMemo()));
    liveDefaults.add(new WeakRef(own));
  }
  return own;
}

/**
 * Forgets the text analyses of callers that pass no memo (word-level tables stay). Compatibility
 * for callers that predate AlignmentContext: a context's memo goes when the context does.
 */
export function clearTextMemos(): void {
  for (const ref of liveDefaults) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else liveDefaults.delete(ref);
  }
}

export function chineseTokens(text: string, lexicon: Lexicon, memo?: TextMemo): ChineseToken[] {
  return memoOf(lexicon, memo).get('t', text, () => computeChineseTokens(text, lexicon, memo));
}

function computeChineseTokens(text: string, lexicon: Lexicon, memo: TextMemo | undefined): ChineseToken[] {
  const tokens: ChineseToken[] = [];
  for (const word of segmentChinese(text, lexicon, memo)) {
    const token = wordToken(word, lexicon);
    if (token) tokens.push(token);
  }
  // Latin words among the Han characters: a Han character never lower-cases to a letter a–z, so
  // it separates words as the space it used to be replaced with did.
  for (const word of englishWords(text)) {
    if (word.length >= 2 && !isStopword(word)) tokens.push({ key: word, translations: [stem(word)] });
  }
  for (const anchor of chineseAnchors(text)) tokens.push({ key: anchor, translations: [anchor] });
  return tokens;
}

/**
 * The token of one dictionary word (its translations, and its romanised form when short), or
 * null when it has neither. Shared by every occurrence (callers must not mutate it): a word's token is built once per
 * lexicon (words are headwords or single characters, so the table is bounded by the lexicon).
 */
const wordTokens = new WeakMap<Lexicon, Map<string, ChineseToken | null>>();
function wordToken(word: string, lexicon: Lexicon): ChineseToken | null {
  let table = wordTokens.get(lexicon);
  if (!table) wordTokens.set(lexicon, (table = new Map()));
  let token = table.get(word);
  if (token === undefined) {
    const translations = lexicon.lookup(word);
    const name = word.length <= 3 ? romanisedName(word, lexicon) : undefined;
    token = translations?.length || name ? { key: word, translations: name ? [...(translations ?? []), name] : translations ?? [] } : null;
    table.set(word, token);
  }
  return token;
}

/** "n:" + the toneless pinyin of a short run of characters ("n:xiaobao"), if every character has one. */
export function romanisedName(word: string, lexicon: Lexicon): string | undefined {
  let name = 'n:';
  for (const character of word) {
    const reading = lexicon.pinyin(character);
    if (!reading) return undefined;
    name += reading;
  }
  return name;
}

/**
 * Romanised forms of every run of two or three characters, whatever the word segmentation:
 * a name the dictionary does not know (小宝) is segmented into characters.
 */
export function chineseNameForms(text: string, lexicon: Lexicon, memo?: TextMemo): string[] {
  return memoOf(lexicon, memo).get('n', text, () => [...new Set(chineseNameRuns(text, lexicon, memo).flat())]);
}

/**
 * The romanised forms of each Han run of the text (`chineseNameForms` before merging), for
 * callers that only test membership: lists shared with the memo, never to be mutated.
 */
export function chineseNameRuns(text: string, lexicon: Lexicon, memo?: TextMemo): ReadonlyArray<readonly string[]> {
  const store = memoOf(lexicon, memo);
  return store.get('N', text, () =>
    (text.match(/\p{Script=Han}+/gu) ?? []).map((run) => store.get('r', run, () => runNameForms(run, lexicon))),
  );
}

/** The romanised forms of one run, first occurrence first (a paragraph's runs recur in its sentences). */
function runNameForms(run: string, lexicon: Lexicon): string[] {
  const forms = new Set<string>();
  if (/[\ud800-\udfff]/.test(run)) {
    // Characters beyond the BMP: windows of code units, as romanisedName reads them.
    for (let at = 0; at < run.length; at += 1) {
      for (let length = 1; length <= 3 && at + length <= run.length; length += 1) {
        const name = romanisedName(run.slice(at, at + length), lexicon);
        if (name) forms.add(name);
      }
    }
    return [...forms];
  }
  // One reading per character, each window's name built on the one before: a window with a
  // character without reading has no name, nor has any longer window from the same start.
  const readings = new Array<string | undefined>(run.length);
  for (let at = 0; at < run.length; at += 1) readings[at] = lexicon.pinyin(run[at]);
  for (let at = 0; at < run.length; at += 1) {
    let name = 'n:';
    for (let length = 1; length <= 3 && at + length <= run.length; length += 1) {
      const reading = readings[at + length - 1];
      if (!reading) break;
      name += reading;
      forms.add(name);
    }
  }
  return [...forms];
}

/** Lexical tokens of an English segment: content-word stems, then anchors. */
export function englishTokens(text: string, memo: TextMemo = ENGLISH_DEFAULT): string[] {
  return memo.get('e', text, () => [...englishContentStems(text), ...englishAnchors(text)]);
}

/** Like `englishTokens`, with each capitalised word's romanised-name form as an alternative. */
export function englishTokenForms(text: string, memo: TextMemo = ENGLISH_DEFAULT): EnglishToken[] {
  return memo.get('f', text, () => [...englishTokenList(text), ...englishAnchors(text).map((anchor) => ({ key: anchor, forms: [anchor] }))]);
}

/**
 * Share of the two texts' lexical tokens that have a translation on the other side, in [0, 1]
 * (0 when neither side has a token): (matched Chinese words + matched English words) / all.
 */
export function lexicalSimilarity(zh: string, en: string, lexicon: Lexicon = loadLexicon()): number {
  const zhTokens = chineseTokens(zh, lexicon);
  const enTokens = englishTokenForms(en);
  if (zhTokens.length + enTokens.length === 0) return 0;
  const enSet = new Set(enTokens.flatMap((token) => token.forms));
  const zhTranslations = new Set([...zhTokens.flatMap((token) => token.translations), ...chineseNameForms(zh, lexicon)]);
  const zhMatched = zhTokens.filter((token) => token.translations.some((t) => enSet.has(t))).length;
  const enMatched = enTokens.filter((token) => token.forms.some((form) => zhTranslations.has(form))).length;
  return (zhMatched + enMatched) / (zhTokens.length + enTokens.length);
}
