// The bilingual lexicon: CC-CEDICT preprocessed into a compact index (see build.ts), optionally
// extended with glossary entries; Chinese dictionary segmentation (forward maximum matching);
// the analysis of a segment into lexical tokens; and a plain lexical similarity of two texts.
import { chineseAnchors, englishAnchors } from './anchors.js';
import { buildLexiconIndex } from './build.js';
import { englishContentStems, englishTokenList, englishWords, isStopword, stem, type EnglishToken } from './english.js';
import { TextMemo } from './memo.js';
import { decodeIndex, encodeIndex, readIndexFile, writeIndexFile, type IndexData } from './index-file.js';

export { chineseNumeralValue, chineseAnchors, englishAnchors } from './anchors.js';
export { TextMemo } from './memo.js';
export { stem, englishContentStems, englishTokenList, type EnglishToken } from './english.js';

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

/** A lexicon entry from outside CC-CEDICT (the curated glossary): Chinese forms ↔ English forms. */
export interface ExtraLexiconEntry {
  zh: string[];
  en: string[];
}

const MAX_WORD_LENGTH = 8;
let cached: Lexicon | undefined;

/**
 * The CC-CEDICT lexicon, loaded once per process from the compact index (built if missing).
 * Nothing is parsed up front: the index's lines are sorted by headword (UTF-16 code units), so a
 * word is found by binary search over the line starts, and maximum matching narrows the range
 * of lines sharing a prefix one character at a time (a trie walked by binary search). Loading
 * costs one file read and one scan for line ends.
 */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  let data = readIndexFile();
  if (data === undefined) {
    const text = buildLexiconIndex();
    writeIndexFile(text);
    data = decodeIndex(encodeIndex(text))!;
  }
  cached = new SortedIndexLexicon(data);
  return cached;
}

const TAB = 9;
const NEWLINE = 10;

class SortedIndexLexicon implements Lexicon {
  readonly maxWordLength = MAX_WORD_LENGTH;
  private readonly units: Uint16Array;
  /** Offset of each headword line's first code unit, and of its tab (one past the headword). */
  private readonly starts: Int32Array;
  private readonly tabs: Int32Array;
  /** Per first UTF-16 code unit, the first line whose headword starts with it or after it. */
  private readonly firstLine: Int32Array;
  private readonly stems = new Map<string, readonly string[] | null>();
  private readonly readings = new Map<string, string | undefined>();

  constructor(private readonly data: IndexData) {
    this.units = data.units;
    this.starts = data.starts;
    this.tabs = data.tabs;
    const lines = this.starts.length;
    this.firstLine = new Int32Array(0x10001).fill(lines);
    for (let line = lines - 1; line >= 0; line -= 1) this.firstLine[this.units[this.starts[line]]] = line;
    for (let unit = 0xffff; unit >= 0; unit -= 1) this.firstLine[unit] = Math.min(this.firstLine[unit], this.firstLine[unit + 1]);
  }

  /** Line of the headword `word` (or −1). */
  private lineOf(word: string): number {
    const length = word.length;
    if (length === 0) return -1;
    let lo = this.firstLine[word.charCodeAt(0)];
    let hi = this.firstLine[word.charCodeAt(0) + 1];
    for (let k = 1; k < length && lo < hi; k += 1) {
      const unit = word.charCodeAt(k);
      lo = this.lowerBound(lo, hi, k, unit);
      hi = this.upperBound(lo, hi, k, unit);
    }
    return lo < hi && this.tabs[lo] - this.starts[lo] === length ? lo : -1;
  }

  /** Code unit k of a line's headword, −1 past its end (a shorter headword sorts first). */
  private unitAt(line: number, k: number): number {
    const at = this.starts[line] + k;
    return at < this.tabs[line] ? this.units[at] : -1;
  }

  /** In lines [lo, hi) sharing their first k code units, the first whose unit k is at least `unit`. */
  private lowerBound(lo: number, hi: number, k: number, unit: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.unitAt(mid, k) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** …and the first whose unit k is above `unit`. */
  private upperBound(lo: number, hi: number, k: number, unit: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.unitAt(mid, k) <= unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Length of the longest headword that starts `run` at `at` (1 when none: a lone character). */
  longestMatch(run: string, at: number): number {
    let lo = this.firstLine[run.charCodeAt(at)];
    let hi = this.firstLine[run.charCodeAt(at) + 1];
    let best = 1;
    const limit = Math.min(MAX_WORD_LENGTH, run.length - at);
    for (let k = 1; k < limit && lo < hi; k += 1) {
      const unit = run.charCodeAt(at + k);
      lo = this.lowerBound(lo, hi, k, unit);
      hi = this.upperBound(lo, hi, k, unit);
      if (lo < hi && this.tabs[lo] - this.starts[lo] === k + 1) best = k + 1;
    }
    return best;
  }

  has(word: string): boolean {
    return this.lineOf(word) >= 0;
  }

  continues(piece: string): boolean {
    let lo = this.firstLine[piece.charCodeAt(0)];
    let hi = this.firstLine[piece.charCodeAt(0) + 1];
    for (let k = 1; k < piece.length && lo < hi; k += 1) {
      const unit = piece.charCodeAt(k);
      lo = this.lowerBound(lo, hi, k, unit);
      hi = this.upperBound(lo, hi, k, unit);
    }
    // The lines left start with `piece`; the first is `piece` itself when it is a headword.
    return hi - lo > 1 || (hi - lo === 1 && this.tabs[lo] - this.starts[lo] > piece.length);
  }

  lookup(word: string): readonly string[] | undefined {
    let stems = this.stems.get(word);
    if (stems === undefined) {
      const line = this.lineOf(word);
      if (line < 0) stems = null;
      else {
        const [from, to] = this.field(line, 1);
        stems = from === to ? [] : this.data.slice(from, to).split(' ');
      }
      this.stems.set(word, stems);
    }
    return stems ?? undefined;
  }

  pinyin(character: string): string | undefined {
    if (this.readings.has(character)) return this.readings.get(character);
    const line = this.lineOf(character);
    let reading: string | undefined;
    if (line >= 0) {
      const [from, to] = this.field(line, 2);
      if (from >= 0) reading = this.data.slice(from, to);
    }
    this.readings.set(character, reading);
    return reading;
  }

  /** Code units [from, to) of a line's field (1: stems, 2: pinyin); [−1, −1] when absent. */
  private field(line: number, index: number): [number, number] {
    let from = this.tabs[line] + 1;
    for (let k = 1; k < index; k += 1) {
      while (from < this.units.length && this.units[from] !== TAB && this.units[from] !== NEWLINE) from += 1;
      if (from >= this.units.length || this.units[from] === NEWLINE) return [-1, -1];
      from += 1;
    }
    let to = from;
    while (to < this.units.length && this.units[to] !== TAB && this.units[to] !== NEWLINE) to += 1;
    return [from, to];
  }
}

/** The lexicon with extra entries (taking precedence) on top of CC-CEDICT. */
export function extendLexicon(base: Lexicon, entries: readonly ExtraLexiconEntry[]): Lexicon {
  if (entries.length === 0) return base;
  const extra = new Map<string, string[]>();
  const longestByFirst = new Map<string, number>();
  /** Extra forms by first code unit, longest first. */
  const formsByFirst = new Map<string, string[]>();
  let longest = base.maxWordLength;
  for (const entry of entries) {
    const stems = [...new Set(entry.en.flatMap(englishContentStems))];
    if (stems.length === 0) continue;
    for (const form of entry.zh) {
      if (form.length === 0) continue;
      const known = extra.get(form) ?? [];
      extra.set(form, [...new Set([...stems, ...known])]);
      longest = Math.max(longest, form.length);
      if (form.length > (longestByFirst.get(form[0]) ?? 1)) longestByFirst.set(form[0], form.length);
      const forms = formsByFirst.get(form[0]) ?? [];
      if (!forms.includes(form)) forms.push(form);
      formsByFirst.set(form[0], forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
    }
  }
  const baseMatch = base.longestMatch?.bind(base);
  return {
    lookup: (word) => extra.get(word) ?? base.lookup(word),
    has: (word) => extra.has(word) || base.has(word),
    pinyin: (character) => base.pinyin(character),
    maxWordLength: longest,
    longestFrom: (first) => Math.max(longestByFirst.get(first) ?? 1, base.longestFrom ? base.longestFrom(first) : base.maxWordLength),
    longestMatch: baseMatch
      ? (run, at) => {
          const fromBase = baseMatch(run, at);
          const form = formsByFirst.get(run[at])?.find((f) => run.startsWith(f, at));
          return form && form.length > fromBase ? form.length : fromBase;
        }
      : undefined,
  };
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
