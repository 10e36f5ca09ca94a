// Lexical evidence for the bead search: for every (Chinese, English) segment pair inside the
// search band, how much of each side (weighted by rarity) finds a translation on the other. A
// bead's similarity combines the pairs it covers. The tokens come from analysis.ts.
import type { Band } from './band.js';
import type { SegmentAnalysis, TokenTable } from './analysis.js';
import type { LexicalEvidence } from './scorer.js';

export { analyseSegments, mergeAnalysis, TokenTable, type SegmentAnalysis } from './analysis.js';

export class SegmentLexicon implements LexicalEvidence {
  private readonly zhTotal: Float64Array;
  private readonly enTotal: Float64Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /** Per Chinese segment s, the English segments paired with it: pairLo[s] … pairHi[s], stored from rowStart[s]. */
  private pairLo = new Int32Array(0);
  private pairHi = new Int32Array(0);
  private rowStart = new Int32Array(0);
  /** Per pair, the matched weight of the Chinese segment and of the English one. */
  private zhMatched = new Float32Array(0);
  private enMatched = new Float32Array(0);

  incomplete = 0;

  constructor(private readonly analysis: SegmentAnalysis) {
    this.zhTotal = segmentTotals(analysis.zh);
    this.enTotal = segmentTotals(analysis.en);
    this.mark = new Int32Array(analysis.idCount);
  }

  /** Computes the pair tables for every pair a bead inside `band` can cover (`reach`: largest bead side). */
  prepare(band: Band, reach: number): void {
    const n = this.zhTotal.length;
    const m = this.enTotal.length;
    if (this.pairLo.length !== n) {
      this.pairLo = new Int32Array(n);
      this.pairHi = new Int32Array(n);
      this.rowStart = new Int32Array(n + 1);
    }
    for (let s = 0; s < n; s += 1) {
      this.pairLo[s] = band.lo[Math.max(0, s + 1 - reach)];
      this.pairHi[s] = Math.min(m - 1, band.hi[Math.min(n, s + reach)]);
      this.rowStart[s + 1] = this.rowStart[s] + Math.max(0, this.pairHi[s] - this.pairLo[s] + 1);
    }
    const cells = this.rowStart[n];
    if (this.zhMatched.length < cells) {
      this.zhMatched = new Float32Array(cells);
      this.enMatched = new Float32Array(cells);
    }
    const { zh, zhNames, en } = this.analysis;
    for (let s = 0; s < n; s += 1) {
      const lo = this.pairLo[s];
      const hi = this.pairHi[s];
      const base = this.rowStart[s] - lo;
      if (hi < lo) continue;
      // What s may translate to, then which English items of each t it covers.
      this.stamp += 1;
      this.markSegment(zh, s);
      this.markSegment(zhNames, s);
      for (let t = lo; t <= hi; t += 1) this.enMatched[base + t] = this.matchedItems(en, t, this.stamp);
      if (this.zhTotal[s] === 0) {
        this.zhMatched.fill(0, base + lo, base + hi + 1);
        continue;
      }
      for (let t = lo; t <= hi; t += 1) {
        this.stamp += 1;
        this.markSegment(en, t);
        this.zhMatched[base + t] = this.matchedItems(zh, s, this.stamp);
      }
    }
  }

  similarity(i0: number, zhCount: number, j0: number, enCount: number): number {
    let total = 0;
    let matched = 0;
    let incomplete = 0;
    const zhMatched = this.zhMatched;
    const enMatched = this.enMatched;
    for (let s = i0; s < i0 + zhCount; s += 1) {
      let found = 0;
      const lo = Math.max(j0, this.pairLo[s]);
      const hi = Math.min(j0 + enCount - 1, this.pairHi[s]);
      const base = this.rowStart[s] - this.pairLo[s];
      for (let t = lo; t <= hi; t += 1) found += zhMatched[base + t];
      const own = this.zhTotal[s];
      total += own;
      matched += found < own ? found : own;
      if (found === 0 && own > 0 && zhCount > 1) incomplete += 1;
    }
    for (let t = j0; t < j0 + enCount; t += 1) {
      let found = 0;
      for (let s = i0; s < i0 + zhCount; s += 1) {
        if (t >= this.pairLo[s] && t <= this.pairHi[s]) found += enMatched[this.rowStart[s] - this.pairLo[s] + t];
      }
      const own = this.enTotal[t];
      total += own;
      matched += found < own ? found : own;
      if (found === 0 && own > 0 && enCount > 1) incomplete += 1;
    }
    this.incomplete = incomplete;
    return total > 0 ? matched / total : -1;
  }

  /** Marks with the current stamp every id of the segment's items. */
  private markSegment(table: TokenTable, segment: number): void {
    const from = table.itemStart[table.segmentStart[segment]];
    const to = table.itemStart[table.segmentStart[segment + 1]];
    for (let k = from; k < to; k += 1) this.mark[table.ids[k]] = this.stamp;
  }

  /** Total weight of the segment's items with at least one id carrying `stamp`. */
  private matchedItems(table: TokenTable, segment: number, stamp: number): number {
    let found = 0;
    const end = table.segmentStart[segment + 1];
    for (let item = table.segmentStart[segment]; item < end; item += 1) {
      const last = table.itemStart[item + 1];
      for (let k = table.itemStart[item]; k < last; k += 1) {
        if (this.mark[table.ids[k]] === stamp) {
          found += table.weight[item];
          break;
        }
      }
    }
    return found;
  }
}

function segmentTotals(table: TokenTable): Float64Array {
  const totals = new Float64Array(table.segmentStart.length - 1);
  for (let s = 0; s < totals.length; s += 1) {
    for (let item = table.segmentStart[s]; item < table.segmentStart[s + 1]; item += 1) totals[s] += table.weight[item];
  }
  return totals;
}
