// The CC-CEDICT lexicon over the stored index (index-file.ts): nothing is parsed up front. A
// word is found by narrowing the sorted headwords one code unit at a time (a trie walked by
// binary search); its translations are stem ids read from the file; strings are decoded only
// for the string API (`lookup`, `pinyin`), which the paragraph linker and the checks use.
import type { IndexData, StringTable } from './index-file.js';
import type { Lexicon } from './lexicon.js';

export const MAX_WORD_LENGTH = 8;

function decode(table: StringTable, k: number): string {
  const from = table.starts[k];
  const to = table.starts[k + 1];
  let s = '';
  for (let u = from; u < to; u += 1) s += String.fromCharCode(table.units[u]);
  return s;
}

/** Position of `s` in a sorted string table, or −1. */
function find(table: StringTable, s: string): number {
  let lo = 0;
  let hi = table.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(table, mid, s) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < table.starts.length - 1 && compare(table, lo, s) === 0 ? lo : -1;
}

function compare(table: StringTable, k: number, s: string): number {
  const from = table.starts[k];
  const length = table.starts[k + 1] - from;
  const shared = Math.min(length, s.length);
  for (let u = 0; u < shared; u += 1) {
    const d = table.units[from + u] - s.charCodeAt(u);
    if (d !== 0) return d;
  }
  return length - s.length;
}

export class SortedIndexLexicon implements Lexicon {
  readonly maxWordLength = MAX_WORD_LENGTH;
  readonly stemCount: number;
  readonly wordCount: number;
  private readonly units: Uint16Array;
  private readonly starts: Int32Array;
  private readonly firstLine: Int32Array;
  private readonly stemIdCache = new Map<string, number>();
  private readonly stemStrings: Array<string | undefined>;
  private readonly readingStrings: Array<string | undefined>;
  /** Per code unit, its reading's number + 2 (0: not looked up yet; 1: none). */
  private readonly unitReading = new Int16Array(0x10000);
  readonly readings: StringTable;

  constructor(private readonly data: IndexData) {
    this.units = data.headwords.units;
    this.starts = data.headwords.starts;
    this.firstLine = data.firstLine;
    this.wordCount = this.starts.length - 1;
    this.stemCount = data.stems.starts.length - 1;
    this.stemStrings = new Array<string | undefined>(this.stemCount);
    this.readingStrings = new Array<string | undefined>(data.readings.starts.length - 1);
    this.readings = data.readings;
  }

  characterReading(unit: number): number {
    let k = this.unitReading[unit];
    if (k === 0) {
      const word = this.characterWord(unit);
      k = (word < 0 ? -1 : this.data.reading[word]) + 2;
      this.unitReading[unit] = k;
    }
    return k - 2;
  }

  /** Code unit k of a line's headword, −1 past its end (a shorter headword sorts first). */
  private unitAt(line: number, k: number): number {
    const at = this.starts[line] + k;
    return at < this.starts[line + 1] ? this.units[at] : -1;
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

  wordLength(word: number): number {
    return this.starts[word + 1] - this.starts[word];
  }

  /** Line of the headword `text[at, at+length)` (or −1). */
  private lineOf(text: string, at: number, length: number): number {
    if (length === 0) return -1;
    let lo = this.firstLine[text.charCodeAt(at)];
    let hi = this.firstLine[text.charCodeAt(at) + 1];
    for (let k = 1; k < length && lo < hi; k += 1) {
      const unit = text.charCodeAt(at + k);
      lo = this.lowerBound(lo, hi, k, unit);
      hi = this.upperBound(lo, hi, k, unit);
    }
    return lo < hi && this.wordLength(lo) === length ? lo : -1;
  }

  longestWord(text: string, at: number, end: number): number {
    let lo = this.firstLine[text.charCodeAt(at)];
    let hi = this.firstLine[text.charCodeAt(at) + 1];
    // The first line of the range is the character itself when it is a headword.
    let best = lo < hi && this.wordLength(lo) === 1 ? lo : -1;
    const limit = Math.min(MAX_WORD_LENGTH, end - at);
    for (let k = 1; k < limit && lo < hi; k += 1) {
      const unit = text.charCodeAt(at + k);
      lo = this.lowerBound(lo, hi, k, unit);
      hi = this.upperBound(lo, hi, k, unit);
      if (lo < hi && this.wordLength(lo) === k + 1) best = lo;
    }
    return best;
  }

  longestMatch(run: string, at: number): number {
    const word = this.longestWord(run, at, run.length);
    return word < 0 ? 1 : this.wordLength(word);
  }

  characterWord(unit: number): number {
    const line = this.firstLine[unit];
    return line < this.wordCount && this.wordLength(line) === 1 && this.units[this.starts[line]] === unit ? line : -1;
  }

  translations(word: number): Int32Array {
    return this.data.stemIds.subarray(this.data.stemStart[word], this.data.stemStart[word + 1]);
  }

  reading(word: number): string | undefined {
    const k = this.data.reading[word];
    if (k < 0) return undefined;
    return (this.readingStrings[k] ??= decode(this.data.readings, k));
  }

  stemId(stem: string): number {
    let id = this.stemIdCache.get(stem);
    if (id === undefined) {
      id = find(this.data.stems, stem);
      this.stemIdCache.set(stem, id);
    }
    return id;
  }

  wordStemId(word: string): number {
    const k = find(this.data.words, word);
    return k < 0 ? -1 : this.data.wordStem[k];
  }

  stem(id: number): string {
    return (this.stemStrings[id] ??= decode(this.data.stems, id));
  }

  has(word: string): boolean {
    return this.lineOf(word, 0, word.length) >= 0;
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
    return hi - lo > 1 || (hi - lo === 1 && this.wordLength(lo) > piece.length);
  }

  lookup(word: string): readonly string[] | undefined {
    const line = this.lineOf(word, 0, word.length);
    if (line < 0) return undefined;
    return Array.from(this.translations(line), (id) => this.stem(id));
  }

  pinyin(character: string): string | undefined {
    const line = character.length === 1 ? this.characterWord(character.charCodeAt(0)) : this.lineOf(character, 0, character.length);
    return line < 0 ? undefined : this.reading(line);
  }
}
