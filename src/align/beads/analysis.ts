// Each segment's lexical tokens as numbers, for the bead search: English content words (stems),
// capitalised words also as romanised names, Chinese dictionary words (maximum matching) with
// the stem ids of their translations and their romanised form, Latin words among the Chinese,
// and anchors (numbers, dates, speech and person marks). One scan of each text's code units;
// strings are built only for words (an English word and its stem, once per distinct word) and
// anchors. Tokens are stored flat (typed arrays) so that 100,000-sentence documents fit.
import { chineseAnchors, englishAnchors } from '../lexicon/anchors.js';
import { isStopword, stem } from '../lexicon/english.js';
import type { IndexedLexicon } from '../lexicon/lexicon.js';
import { hanLength, isAsciiLetter } from '../lexicon/scan.js';

/**
 * Segments → items (words or tokens, each with a rarity weight) → ids (what the item may
 * match). Segment k owns items segmentStart[k] … segmentStart[k+1]-1.
 */
export interface TokenTable {
  segmentStart: Int32Array;
  itemStart: Int32Array;
  ids: Int32Array;
  weight: Float32Array;
  /** Per item, the number of its word (the same word in two segments has the same number). */
  keys: Int32Array;
}

/** Each segment's lexical tokens, computed once and regrouped for the coarse pass over chunks. */
export interface SegmentAnalysis {
  zh: TokenTable;
  /** Romanised forms of the Chinese characters runs: matched by English names, never counted. */
  zhNames: TokenTable;
  en: TokenTable;
  /** Ids are below this: the lexicon's stems, then the pair's own forms (names, anchors, stems the lexicon lacks). */
  idCount: number;
}

/** Growing flat lists of segments' items, each with its key and ids; items repeated within a segment kept once. */
class TableBuilder {
  private readonly segmentStart: number[] = [0];
  private readonly itemStart: number[] = [0];
  private readonly ids: number[] = [];
  private readonly keys: number[] = [];
  /** Per key: the last segment it occurred in, and in how many segments. */
  private readonly lastSegment: number[] = [];
  private readonly segments: number[] = [];
  private segment = 0;
  private open = false;

  /** Starts an item for `key` in the current segment; false (and nothing started) when the segment has it. */
  item(key: number): boolean {
    while (this.lastSegment.length <= key) {
      this.lastSegment.push(-1);
      this.segments.push(0);
    }
    if (this.lastSegment[key] === this.segment) {
      this.open = false;
      return false;
    }
    this.lastSegment[key] = this.segment;
    this.segments[key] += 1;
    this.keys.push(key);
    this.itemStart.push(this.ids.length);
    this.open = true;
    return true;
  }

  /** Adds an id to the item just started (ignored when the item was a repeat; −1 ignored). */
  id(id: number): void {
    if (!this.open || id < 0) return;
    this.ids.push(id);
    this.itemStart[this.itemStart.length - 1] = this.ids.length;
  }

  endSegment(): void {
    this.segment += 1;
    this.open = false;
    this.segmentStart.push(this.keys.length);
  }

  /** The table, each item weighted by the inverse segment frequency of its key among `segmentCount` segments. */
  table(segmentCount: number): TokenTable {
    const keys = Int32Array.from(this.keys);
    const weight = new Float32Array(keys.length);
    for (let item = 0; item < keys.length; item += 1) weight[item] = Math.log(1 + segmentCount / this.segments[keys[item]]);
    return {
      segmentStart: Int32Array.from(this.segmentStart),
      itemStart: Int32Array.from(this.itemStart),
      ids: Int32Array.from(this.ids),
      weight,
      keys,
    };
  }
}

/** Above this many distinct words the per-process word cache starts again (it holds strings only). */
const WORD_CACHE_LIMIT = 100_000;
/** An English word as written → its stems (hyphen parts that are content words) and its name form, if capitalised. */
const englishWordCache = new Map<string, { stems: string[]; name?: string; nameAlone: boolean }>();

function englishWord(raw: string): { stems: string[]; name?: string; nameAlone: boolean } {
  let word = englishWordCache.get(raw);
  if (word === undefined) {
    const lower = raw.toLowerCase();
    const stems: string[] = [];
    for (const part of lower.split('-')) if (part.length >= 2 && !isStopword(part)) stems.push(stem(part));
    const capitalised = raw.charCodeAt(0) >= 0x41 && raw.charCodeAt(0) <= 0x5a && !isStopword(lower);
    // "Bao-yu" is one name; "Wang" is a word that may also be a name.
    const name = capitalised ? `n:${lower.replace(/-/g, '')}` : undefined;
    word = { stems, name, nameAlone: !(stems.length === 1 && !raw.includes('-')) };
    if (englishWordCache.size >= WORD_CACHE_LIMIT) englishWordCache.clear();
    englishWordCache.set((' ' + raw).slice(1), word);
  }
  return word;
}

export function analyseSegments(zh: readonly string[], en: readonly string[], lexicon: IndexedLexicon): SegmentAnalysis {
  // Ids: the lexicon's stem ids, then the pair's own forms numbered as they first appear.
  const own = new Map<string, number>();
  const idOf = (form: string): number => {
    const id = lexicon.stemId(form);
    if (id >= 0) return id;
    let fresh = own.get(form);
    if (fresh === undefined) own.set(form, (fresh = lexicon.stemCount + own.size));
    return fresh;
  };
  const english = englishTable(en, idOf);
  const idCount = lexicon.stemCount + own.size;
  // A Chinese form counts only if some English token has it.
  const present = new Uint8Array(idCount);
  for (const id of english.ids) present[id] = 1;
  const knownId = (id: number): number => (id >= 0 && id < idCount && present[id] ? id : -1);
  const known = (form: string): number => {
    const id = lexicon.stemId(form);
    return knownId(id >= 0 ? id : (own.get(form) ?? -1));
  };
  const names = new Map<string, number>();
  for (const [form, id] of own) if (form.startsWith('n:')) names.set(form, id);
  return {
    en: english,
    zh: chineseTable(zh, lexicon, knownId, known, names),
    zhNames: namesTable(zh, lexicon, names),
    idCount,
  };
}

function englishTable(en: readonly string[], idOf: (form: string) => number): TokenTable {
  const table = new TableBuilder();
  // Per word as written, its tokens: [count, (forms, form ids…)…], in this pair's ids.
  const wordTokens = new Map<string, Int32Array>();
  const tokensOf = (raw: string): Int32Array => {
    let tokens = wordTokens.get(raw);
    if (tokens === undefined) {
      const { stems, name, nameAlone } = englishWord(raw);
      const out: number[] = [];
      stems.forEach((s, k) => {
        const withName = name !== undefined && !nameAlone && k === 0;
        out.push(withName ? 2 : 1, idOf(s));
        if (withName) out.push(idOf(name));
      });
      if (name !== undefined && nameAlone) out.push(1, idOf(name));
      wordTokens.set(raw, (tokens = Int32Array.from(out)));
    }
    return tokens;
  };
  for (const text of en) {
    for (let at = 0; at < text.length; ) {
      if (!isAsciiLetter(text.charCodeAt(at))) {
        at += 1;
        continue;
      }
      // [A-Za-z]+(?:-[A-Za-z]+)*
      const start = at;
      while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at += 1;
      while (at + 1 < text.length && text.charCodeAt(at) === 0x2d && isAsciiLetter(text.charCodeAt(at + 1))) {
        at += 1;
        while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at += 1;
      }
      const tokens = tokensOf(text.slice(start, at));
      for (let k = 0; k < tokens.length; ) {
        const forms = tokens[k];
        // The token's key is its first form.
        table.item(tokens[k + 1]);
        for (let f = 0; f < forms; f += 1) table.id(tokens[k + 1 + f]);
        k += 1 + forms;
      }
    }
    for (const anchor of englishAnchors(text)) {
      const id = idOf(anchor);
      if (table.item(id)) table.id(id);
    }
    table.endSegment();
  }
  return table.table(en.length);
}

function chineseTable(
  zh: readonly string[],
  lexicon: IndexedLexicon,
  knownId: (id: number) => number,
  known: (form: string) => number,
  names: ReadonlyMap<string, number>,
): TokenTable {
  const table = new TableBuilder();
  // Keys: dictionary words and other forms (Latin words, anchors), numbered as they first appear.
  const wordKeys = new Map<number, number>();
  const formKeys = new Map<string, number>();
  let keyCount = 0;
  const keyOfWord = (word: number): number => {
    let key = wordKeys.get(word);
    if (key === undefined) wordKeys.set(word, (key = keyCount++));
    return key;
  };
  const keyOfForm = (form: string): number => {
    let key = formKeys.get(form);
    if (key === undefined) formKeys.set(form, (key = keyCount++));
    return key;
  };
  // Per word, its romanised name's id (−1: a name no English token has; −2: no name).
  const wordNames = new Map<number, number>();
  const nameOf = (word: number, text: string, at: number): number => {
    let id = wordNames.get(word);
    if (id === undefined) {
      const name = romanisedName(text, at, lexicon.wordLength(word), lexicon);
      id = name === undefined ? -2 : (names.get(name) ?? -1);
      wordNames.set(word, id);
    }
    return id;
  };
  for (const text of zh) {
    for (let at = 0; at < text.length; ) {
      const han = hanLength(text, at);
      if (han === 0) {
        at += 1;
        continue;
      }
      const end = at + han;
      while (at < end) {
        const word = lexicon.longestWord(text, at, end);
        if (word < 0) {
          at += 1;
          continue;
        }
        const length = lexicon.wordLength(word);
        const translations = lexicon.translations(word);
        const name = length <= 3 ? nameOf(word, text, at) : -2;
        if ((translations.length > 0 || name !== -2) && table.item(keyOfWord(word))) {
          for (let k = 0; k < translations.length; k += 1) table.id(knownId(translations[k]));
          table.id(name);
        }
        at += length;
      }
    }
    // Latin words among the Han characters.
    for (let at = 0; at < text.length; ) {
      if (!isAsciiLetter(text.charCodeAt(at))) {
        at += 1;
        continue;
      }
      const start = at;
      while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at += 1;
      if (at - start < 2) continue;
      const word = text.slice(start, at).toLowerCase();
      if (isStopword(word)) continue;
      if (table.item(keyOfForm(word))) table.id(known(stem(word)));
    }
    for (const anchor of chineseAnchors(text)) if (table.item(keyOfForm(anchor))) table.id(known(anchor));
    table.endSegment();
  }
  return table.table(zh.length);
}

/** "n:" + the toneless pinyin of text[at, at+length) ("n:xiaobao"), if every character has one. */
function romanisedName(text: string, at: number, length: number, lexicon: IndexedLexicon): string | undefined {
  let name = 'n:';
  for (let k = at; k < at + length; k += 1) {
    const unit = text.charCodeAt(k);
    let reading: string | undefined;
    if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < at + length) {
      reading = lexicon.pinyin(text.slice(k, k + 2));
      k += 1;
    } else {
      const word = lexicon.characterWord(unit);
      reading = word < 0 ? undefined : lexicon.reading(word);
    }
    if (!reading) return undefined;
    name += reading;
  }
  return name;
}

/**
 * The romanised forms of each Chinese segment's character runs (every window of one to three
 * characters), as one unweighted item per segment: only ever marked as what the segment may
 * translate to, so a form may be listed twice. Only forms some English name has are wanted, so a
 * window stops growing as soon as its form starts no English name.
 */
function namesTable(zh: readonly string[], lexicon: IndexedLexicon, names: ReadonlyMap<string, number>): TokenTable {
  const prefixes = new Set<string>();
  for (const form of names.keys()) for (let k = 3; k <= form.length; k += 1) prefixes.add(form.slice(0, k));
  const segmentStart = new Int32Array(zh.length + 1);
  const itemStart = new Int32Array(zh.length + 1);
  const found: number[] = [];
  const readingOf = (unit: number): string | undefined => {
    const word = lexicon.characterWord(unit);
    return word < 0 ? undefined : lexicon.reading(word);
  };
  for (let s = 0; s < zh.length; s += 1) {
    const text = zh[s];
    for (let at = 0; prefixes.size > 0 && at < text.length; ) {
      const han = hanLength(text, at);
      if (han === 0) {
        at += 1;
        continue;
      }
      for (const end = at + han; at < end; at += 1) {
        let name = 'n:';
        for (let length = 1; length <= 3 && at + length <= end; length += 1) {
          const reading = readingOf(text.charCodeAt(at + length - 1));
          if (!reading) break;
          name += reading;
          if (!prefixes.has(name)) break;
          const id = names.get(name);
          if (id !== undefined) found.push(id);
        }
      }
    }
    segmentStart[s + 1] = s + 1;
    itemStart[s + 1] = found.length;
  }
  return { segmentStart, itemStart, ids: Int32Array.from(found), weight: new Float32Array(zh.length), keys: new Int32Array(zh.length).fill(-1) };
}

/** The analysis of chunks [bounds[k], bounds[k+1]) of segments (items are shared, not copied). */
export function mergeAnalysis(analysis: SegmentAnalysis, zhBounds: readonly number[], enBounds: readonly number[]): SegmentAnalysis {
  const regroup = (table: TokenTable, bounds: readonly number[]): TokenTable => ({
    ...table,
    segmentStart: Int32Array.from(bounds, (b) => table.segmentStart[b]),
  });
  return {
    zh: regroup(analysis.zh, zhBounds),
    zhNames: regroup(analysis.zhNames, zhBounds),
    en: regroup(analysis.en, enBounds),
    idCount: analysis.idCount,
  };
}
