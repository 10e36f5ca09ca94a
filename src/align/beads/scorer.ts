// The cost of a candidate bead: bead-shape prior + length fit + lexical evidence, each scaled
// by the bead's size so that the search gains nothing by merging beads. Also the features the
// confidence model reads.
import type { CostWeights } from '../weights.js';
import type { BeadCostModel } from './search.js';
import { chineseQuoteStates, englishQuoteStates } from './quotes.js';
import { estimateLengthModel, lengthCost, segmentLength, type LengthModel } from './length.js';

export interface BeadFeatures {
  zhCount: number;
  enCount: number;
  /** Length-fit cost (0 = perfect). */
  length: number;
  /** Lexical similarity in [0, 1], or -1 when neither side has a word the lexicon knows. */
  lexical: number;
  /** Best lexical similarity of the same bead shifted by one segment on either side (0 if none). */
  rival: number;
  /**
   * How much more the best other segmentation of the bead and its neighbours costs (margin.ts),
   * capped; 0 where nothing was searched (a document with one side empty: no evidence either
   * way); absent reads as the cap.
   */
  contest?: number;
}

export interface LexicalEvidence {
  /** Similarity in [0, 1] of Chinese [i0, i0+a) and English [j0, j0+b); -1 without evidence. */
  similarity(i0: number, zhCount: number, j0: number, enCount: number): number;
  /**
   * Of the bead last passed to `similarity`, how many segments (on a side holding several) have
   * words but none matched on the other side: a part that carries no evidence of belonging.
   */
  readonly incomplete: number;
}

export class BeadScorer implements BeadCostModel {
  readonly model: LengthModel;
  private readonly n: number;
  private readonly m: number;
  private readonly mergeEn: number;
  private readonly mergeZh: number;
  private readonly zhPrefix: Float64Array;
  private readonly enPrefix: Float64Array;
  private readonly zhQuoted: Uint8Array;
  private readonly enQuoted: Uint8Array;

  constructor(
    zh: readonly string[],
    en: readonly string[],
    private readonly weights: CostWeights,
    private readonly lexical?: LexicalEvidence,
  ) {
    const zhLengths = zh.map(segmentLength);
    const enLengths = en.map(segmentLength);
    this.model = estimateLengthModel(zhLengths, enLengths, weights.lengthSigma);
    const n = Math.max(1, zh.length);
    const m = Math.max(1, en.length);
    const w = weights;
    this.mergeEn = w.merge + w.mergeScale * -Math.log(Math.min(1, w.mergeFloor + Math.max(0, (m - n) / n)));
    this.mergeZh = w.merge + w.mergeZh + w.mergeScale * -Math.log(Math.min(1, w.mergeFloor + Math.max(0, (n - m) / m)));
    this.n = zh.length;
    this.m = en.length;
    this.zhPrefix = prefixSums(zhLengths);
    this.enPrefix = prefixSums(enLengths);
    this.zhQuoted = chineseQuoteStates(zh);
    this.enQuoted = englishQuoteStates(en);
  }

  features(i0: number, zhCount: number, j0: number, enCount: number): BeadFeatures {
    const matched = zhCount > 0 && enCount > 0;
    return {
      zhCount,
      enCount,
      length: matched ? this.lengthFit(i0, zhCount, j0, enCount) : 0,
      lexical: matched && this.lexical ? this.lexical.similarity(i0, zhCount, j0, enCount) : -1,
      rival: matched && this.lexical ? this.rival(this.lexical, i0, zhCount, j0, enCount) : 0,
    };
  }

  private rival(lexical: LexicalEvidence, i0: number, zhCount: number, j0: number, enCount: number): number {
    let best = 0;
    const shifts: Array<[number, number]> = [[i0 - 1, j0], [i0 + 1, j0], [i0, j0 - 1], [i0, j0 + 1]];
    for (const [i, j] of shifts) {
      if (i < 0 || j < 0 || i + zhCount > this.n || j + enCount > this.m) continue;
      best = Math.max(best, lexical.similarity(i, zhCount, j, enCount));
    }
    return best;
  }

  /** The part of `cost` every bead of a shape pays (its merges; all of it for an unmatched segment). */
  floor(zhCount: number, enCount: number): number {
    if (zhCount === 0 || enCount === 0) return this.weights.unmatched * (zhCount + enCount);
    return this.mergeZh * (zhCount - 1) + this.mergeEn * (enCount - 1);
  }

  /**
   * The search's inner loop: the same quantities as `features`, without allocating. The cheap
   * part (merges, quotation state, length) comes first: when it alone reaches `budget` (what the
   * bead may cost and still win), that part is returned and the lexical evidence is not read.
   */
  cost(i0: number, zhCount: number, j0: number, enCount: number, budget = Infinity): number {
    const w = this.weights;
    if (zhCount === 0 || enCount === 0) return w.unmatched * (zhCount + enCount);
    const size = (zhCount + enCount) / 2;
    const quoteMismatch = this.zhQuoted[i0 + zhCount] !== this.enQuoted[j0 + enCount] ? 1 : 0;
    const certain =
      this.mergeZh * (zhCount - 1) + this.mergeEn * (enCount - 1) + w.quote * quoteMismatch + size * w.length * this.lengthFit(i0, zhCount, j0, enCount);
    if (certain >= budget) return certain;
    if (!this.lexical) return certain + size * w.lexical * 0.5;
    const lexical = this.lexical.similarity(i0, zhCount, j0, enCount);
    const lexicalCost = lexical < 0 ? 0.5 : 1 - Math.pow(lexical, w.lexicalPower);
    return certain + w.incomplete * this.lexical.incomplete + size * w.lexical * lexicalCost;
  }

  private lengthFit(i0: number, zhCount: number, j0: number, enCount: number): number {
    const zhLength = this.zhPrefix[i0 + zhCount] - this.zhPrefix[i0];
    const enLength = this.enPrefix[j0 + enCount] - this.enPrefix[j0];
    return lengthCost(zhLength, enLength, this.model);
  }
}

function prefixSums(values: number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k += 1) out[k + 1] = out[k] + values[k];
  return out;
}
