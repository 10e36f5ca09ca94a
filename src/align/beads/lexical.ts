// Lexical evidence for the bead search: each segment's lexicon tokens, weighted by rarity
// within its document, and for every (Chinese, English) segment pair inside the search band
// how much of each side finds a translation on the other. A bead's similarity combines the
// pairs it covers. Tokens are stored flat (typed arrays) so that 100,000-sentence documents fit.
import { chineseTokens, englishTokenForms, type Lexicon, type TextMemo } from '../lexicon/index.js';
import type { Band } from './band.js';
import type { LexicalEvidence } from './scorer.js';

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
  idCount: number;
}

export function analyseSegments(zh: readonly string[], en: readonly string[], lexicon: Lexicon, memo?: TextMemo): SegmentAnalysis {
  // Ids are numbered as the English forms first appear; a Chinese form no English segment has
  // gets none (it can never match).
  const ids = new Map<string, number>();
  const idOf = (form: string): number => {
    let id = ids.get(form);
    if (id === undefined) ids.set(form, (id = ids.size));
    return id;
  };
  const known = (form: string): number => ids.get(form) ?? -1;
  const enTable = tokenTable(en.map((text) => englishTokenForms(text, memo)), (t) => t.forms, idOf, true);
  const zhTable = tokenTable(
    zh.map((text) => chineseTokens(text, lexicon, memo)),
    (t) => t.translations,
    known,
    true,
  );
  return { zh: zhTable, zhNames: namesTable(zh, lexicon, ids), en: enTable, idCount: ids.size };
}

/**
 * The romanised forms of each Chinese segment's character runs (every window of one to three
 * characters), as one unweighted item per segment: only ever marked as what the segment may
 * translate to, so a form may be listed twice. Only forms some English name has are wanted, so a
 * window stops growing as soon as its form starts no English name: no string per window.
 */
function namesTable(zh: readonly string[], lexicon: Lexicon, ids: ReadonlyMap<string, number>): TokenTable {
  const prefixes = new Set<string>();
  for (const form of ids.keys()) if (form.startsWith('n:')) for (let k = 3; k <= form.length; k += 1) prefixes.add(form.slice(0, k));
  const segmentStart = new Int32Array(zh.length + 1);
  const itemStart = new Int32Array(zh.length + 1);
  const found: number[] = [];
  for (let s = 0; s < zh.length; s += 1) {
    if (prefixes.size > 0) {
      for (const run of zh[s].match(/\p{Script=Han}+/gu) ?? []) {
        for (let at = 0; at < run.length; at += 1) {
          let name = 'n:';
          for (let length = 1; length <= 3 && at + length <= run.length; length += 1) {
            const reading = lexicon.pinyin(run[at + length - 1]);
            if (!reading) break;
            name += reading;
            if (!prefixes.has(name)) break;
            const id = ids.get(name);
            if (id !== undefined) found.push(id);
          }
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

export class SegmentLexicon implements LexicalEvidence {
  private readonly zhTotal: Float64Array;
  private readonly enTotal: Float64Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /** Pair tables per Chinese segment: matched Chinese weight and matched English weight. */
  private pairLo = new Int32Array(0);
  private zhMatched: Float32Array[] = [];
  private enMatched: Float32Array[] = [];

  constructor(private readonly analysis: SegmentAnalysis) {
    this.zhTotal = segmentTotals(analysis.zh);
    this.enTotal = segmentTotals(analysis.en);
    this.mark = new Int32Array(analysis.idCount);
  }

  /** Computes the pair tables for every pair a bead inside `band` can cover (`reach`: largest bead side). */
  prepare(band: Band, reach: number): void {
    const n = this.zhTotal.length;
    const m = this.enTotal.length;
    this.pairLo = new Int32Array(n);
    this.zhMatched = new Array<Float32Array>(n);
    this.enMatched = new Array<Float32Array>(n);
    for (let s = 0; s < n; s += 1) {
      const lo = band.lo[Math.max(0, s + 1 - reach)];
      const hi = Math.min(m - 1, band.hi[Math.min(n, s + reach)]);
      const width = Math.max(0, hi - lo + 1);
      this.pairLo[s] = lo;
      const zhRow = new Float32Array(width);
      const enRow = new Float32Array(width);
      this.markChinese(s);
      const zhStamp = this.stamp;
      for (let t = lo; t <= hi; t += 1) enRow[t - lo] = this.matchedItems(this.analysis.en, t, zhStamp);
      for (let t = lo; t <= hi; t += 1) {
        this.markEnglish(t);
        zhRow[t - lo] = this.matchedItems(this.analysis.zh, s, this.stamp);
      }
      this.zhMatched[s] = zhRow;
      this.enMatched[s] = enRow;
    }
  }

  incomplete = 0;

  similarity(i0: number, zhCount: number, j0: number, enCount: number): number {
    let total = 0;
    let matched = 0;
    let incomplete = 0;
    for (let s = i0; s < i0 + zhCount; s += 1) {
      let found = 0;
      const row = this.zhMatched[s];
      const lo = this.pairLo[s];
      for (let t = j0; t < j0 + enCount; t += 1) found += row[t - lo] ?? 0;
      total += this.zhTotal[s];
      matched += Math.min(found, this.zhTotal[s]);
      if (found === 0 && this.zhTotal[s] > 0 && zhCount > 1) incomplete += 1;
    }
    for (let t = j0; t < j0 + enCount; t += 1) {
      let found = 0;
      for (let s = i0; s < i0 + zhCount; s += 1) found += this.enMatched[s][t - this.pairLo[s]] ?? 0;
      total += this.enTotal[t];
      matched += Math.min(found, this.enTotal[t]);
      if (found === 0 && this.enTotal[t] > 0 && enCount > 1) incomplete += 1;
    }
    this.incomplete = incomplete;
    return total > 0 ? matched / total : -1;
  }

  /** Marks every id a Chinese segment may translate to (its words' translations and names). */
  private markChinese(s: number): void {
    this.stamp += 1;
    for (const table of [this.analysis.zh, this.analysis.zhNames]) {
      const from = table.itemStart[table.segmentStart[s]];
      const to = table.itemStart[table.segmentStart[s + 1]];
      for (let k = from; k < to; k += 1) this.mark[table.ids[k]] = this.stamp;
    }
  }

  private markEnglish(t: number): void {
    this.stamp += 1;
    const table = this.analysis.en;
    const from = table.itemStart[table.segmentStart[t]];
    const to = table.itemStart[table.segmentStart[t + 1]];
    for (let k = from; k < to; k += 1) this.mark[table.ids[k]] = this.stamp;
  }

  /** Total weight of the segment's items with at least one id carrying `stamp`. */
  private matchedItems(table: TokenTable, segment: number, stamp: number): number {
    let found = 0;
    for (let item = table.segmentStart[segment]; item < table.segmentStart[segment + 1]; item += 1) {
      for (let k = table.itemStart[item]; k < table.itemStart[item + 1]; k += 1) {
        if (this.mark[table.ids[k]] === stamp) {
          found += table.weight[item];
          break;
        }
      }
    }
    return found;
  }
}

/**
 * The flat table of segments' tokens: each token kept once per segment (its first occurrence),
 * its ids those of its forms that `resolve` numbers (−1: none), its weight (when `weighted`) the
 * inverse segment frequency of its key within these segments, so that words in every segment
 * weigh little.
 */
/** Above any segment index (2²¹ ≈ 2 million segments; counts times this stay exact doubles). */
const SEGMENT_SPAN = 2 ** 21;

function tokenTable<T extends { key: string }>(
  segments: ReadonlyArray<readonly T[]>,
  formsOf: (token: T) => readonly string[],
  resolve: (form: string) => number,
  weighted: boolean,
): TokenTable {
  if (segments.length >= SEGMENT_SPAN) throw new RangeError(`at most ${SEGMENT_SPAN - 1} segments can be aligned at once`);
  // Per key, one number: (segments it occurs in) · SEGMENT_SPAN + (the last of them).
  const seen = new Map<string, number>();
  const kept: T[] = [];
  const segmentStart = new Int32Array(segments.length + 1);
  for (let s = 0; s < segments.length; s += 1) {
    const tokens = segments[s];
    for (let k = 0; k < tokens.length; k += 1) {
      const token = tokens[k];
      const was = seen.get(token.key);
      if (was !== undefined && was % SEGMENT_SPAN === s) continue;
      seen.set(token.key, (was === undefined ? 0 : was - (was % SEGMENT_SPAN)) + SEGMENT_SPAN + s);
      kept.push(token);
    }
    segmentStart[s + 1] = kept.length;
  }
  const itemStart = new Int32Array(kept.length + 1);
  const weight = new Float32Array(kept.length);
  const keys = new Int32Array(kept.length);
  const keyNumbers = new Map<string, number>();
  const ids: number[] = [];
  for (let item = 0; item < kept.length; item += 1) {
    const token = kept[item];
    let key = keyNumbers.get(token.key);
    if (key === undefined) keyNumbers.set(token.key, (key = keyNumbers.size));
    keys[item] = key;
    if (weighted) weight[item] = Math.log(1 + segments.length / Math.floor(seen.get(token.key)! / SEGMENT_SPAN));
    const forms = formsOf(token);
    for (let f = 0; f < forms.length; f += 1) {
      const id = resolve(forms[f]);
      if (id >= 0) ids.push(id);
    }
    itemStart[item + 1] = ids.length;
  }
  return { segmentStart, itemStart, ids: Int32Array.from(ids), weight, keys };
}

function segmentTotals(table: TokenTable): Float64Array {
  const totals = new Float64Array(table.segmentStart.length - 1);
  for (let s = 0; s < totals.length; s += 1) {
    for (let item = table.segmentStart[s]; item < table.segmentStart[s + 1]; item += 1) totals[s] += table.weight[item];
  }
  return totals;
}
