// Lexical evidence for the bead search: each segment's lexicon tokens, weighted by rarity
// within its document, and for every (Chinese, English) segment pair inside the search band
// how much of each side finds a translation on the other. A bead's similarity combines the
// pairs it covers. Tokens are stored flat (typed arrays) so that 100,000-sentence documents fit.
import { chineseNameForms, chineseTokens, englishTokenForms, type Lexicon } from '../lexicon/index.js';
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
}

/** Each segment's lexical tokens, computed once and regrouped for the coarse pass over chunks. */
export interface SegmentAnalysis {
  zh: TokenTable;
  /** Romanised forms of the Chinese characters runs: matched by English names, never counted. */
  zhNames: TokenTable;
  en: TokenTable;
  idCount: number;
}

export function analyseSegments(zh: string[], en: string[], lexicon: Lexicon): SegmentAnalysis {
  const ids = new Map<string, number>();
  const idOf = (form: string): number => {
    let id = ids.get(form);
    if (id === undefined) ids.set(form, (id = ids.size));
    return id;
  };
  const enItems = en.map((text) => dedupe(englishTokenForms(text)).map((t) => ({ key: t.key, ids: t.forms.map(idOf) })));
  const known = (forms: readonly string[]): number[] => {
    const out: number[] = [];
    for (const form of forms) {
      const id = ids.get(form);
      if (id !== undefined) out.push(id);
    }
    return out;
  };
  const zhItems = zh.map((text) => dedupe(chineseTokens(text, lexicon)).map((t) => ({ key: t.key, ids: known(t.translations) })));
  const names = zh.map((text) => [{ key: '', ids: known(chineseNameForms(text, lexicon)) }]);
  return { zh: tokenTable(zhItems, true), zhNames: tokenTable(names, false), en: tokenTable(enItems, true), idCount: ids.size };
}

/** The analysis of chunks [bounds[k], bounds[k+1]) of segments (items are shared, not copied). */
export function mergeAnalysis(analysis: SegmentAnalysis, zhBounds: number[], enBounds: number[]): SegmentAnalysis {
  const regroup = (table: TokenTable, bounds: number[]): TokenTable => ({
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

  similarity(i0: number, zhCount: number, j0: number, enCount: number): number {
    let total = 0;
    let matched = 0;
    for (let s = i0; s < i0 + zhCount; s += 1) {
      let found = 0;
      const row = this.zhMatched[s];
      const lo = this.pairLo[s];
      for (let t = j0; t < j0 + enCount; t += 1) found += row[t - lo] ?? 0;
      total += this.zhTotal[s];
      matched += Math.min(found, this.zhTotal[s]);
    }
    for (let t = j0; t < j0 + enCount; t += 1) {
      let found = 0;
      for (let s = i0; s < i0 + zhCount; s += 1) found += this.enMatched[s][t - this.pairLo[s]] ?? 0;
      total += this.enTotal[t];
      matched += Math.min(found, this.enTotal[t]);
    }
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

function tokenTable(segments: Array<Array<{ key: string; ids: number[] }>>, weighted: boolean): TokenTable {
  const rarity = weighted ? rarityWeights(segments.map((items) => items.map((item) => item.key))) : undefined;
  const itemCount = segments.reduce((sum, items) => sum + items.length, 0);
  const idCount = segments.reduce((sum, items) => sum + items.reduce((s, item) => s + item.ids.length, 0), 0);
  const table: TokenTable = {
    segmentStart: new Int32Array(segments.length + 1),
    itemStart: new Int32Array(itemCount + 1),
    ids: new Int32Array(idCount),
    weight: new Float32Array(itemCount),
  };
  let item = 0;
  let id = 0;
  segments.forEach((items, s) => {
    for (const { key, ids } of items) {
      table.weight[item] = rarity?.get(key) ?? 0;
      for (const value of ids) table.ids[id++] = value;
      table.itemStart[++item] = id;
    }
    table.segmentStart[s + 1] = item;
  });
  return table;
}

function segmentTotals(table: TokenTable): Float64Array {
  const totals = new Float64Array(table.segmentStart.length - 1);
  for (let s = 0; s < totals.length; s += 1) {
    for (let item = table.segmentStart[s]; item < table.segmentStart[s + 1]; item += 1) totals[s] += table.weight[item];
  }
  return totals;
}

/** Inverse segment frequency within a document: words in every segment weigh little. */
function rarityWeights(lists: string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const list of lists) for (const token of new Set(list)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [token, count] of frequency) weights.set(token, Math.log(1 + lists.length / count));
  return weights;
}

function dedupe<T extends { key: string }>(tokens: T[]): T[] {
  const seen = new Set<string>();
  return tokens.filter((token) => !seen.has(token.key) && seen.add(token.key) !== undefined);
}
