// The cost of a candidate bead: bead-shape prior + length fit + lexical evidence, each scaled
// by the bead's size so that the search gains nothing by merging beads. Also the features the
// confidence model reads.
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
}

/** Weights of the bead cost (tuned on MAC-Dev; see README "Sentence alignment"). */
export const COST_WEIGHTS = {
  length: 1,
  lexical: 3,
  /** Cost of leaving one segment unmatched. */
  unmatched: 4.5,
  /** Extra cost per segment beyond the first on either side of a bead. */
  merge: 0.3,
  /** Added to `merge` per extra Chinese segment (Chinese sentences split far more than merge). */
  mergeZh: 0.3,
  /**
   * Document-adaptive merge cost: an extra English segment in a bead costs
   * mergeScale · −ln(mergeFloor + max(0, (M − N) / N)), and likewise for Chinese, so a
   * document with many more English than Chinese sentences expects 1-n beads.
   */
  mergeScale: 0.3,
  mergeFloor: 0.1,
  /** Lexical cost is 1 − similarity^lexicalPower (below 1 spreads the low similarities apart). */
  lexicalPower: 0.7,
  /** Standard deviation of the log length ratio (classic Gale-Church is far tighter). */
  lengthSigma: 0.55,
};

export interface LexicalEvidence {
  /** Similarity in [0, 1] of Chinese [i0, i0+a) and English [j0, j0+b); -1 without evidence. */
  similarity(i0: number, zhCount: number, j0: number, enCount: number): number;
}

export class BeadScorer {
  readonly model: LengthModel;
  private readonly n: number;
  private readonly m: number;
  private readonly mergeEn: number;
  private readonly mergeZh: number;
  private readonly zhPrefix: Float64Array;
  private readonly enPrefix: Float64Array;

  constructor(
    zh: string[],
    en: string[],
    private readonly lexical?: LexicalEvidence,
  ) {
    const zhLengths = zh.map(segmentLength);
    const enLengths = en.map(segmentLength);
    this.model = estimateLengthModel(zhLengths, enLengths, COST_WEIGHTS.lengthSigma);
    const n = Math.max(1, zh.length);
    const m = Math.max(1, en.length);
    const w = COST_WEIGHTS;
    this.mergeEn = w.merge + w.mergeScale * -Math.log(Math.min(1, w.mergeFloor + Math.max(0, (m - n) / n)));
    this.mergeZh = w.merge + w.mergeZh + w.mergeScale * -Math.log(Math.min(1, w.mergeFloor + Math.max(0, (n - m) / m)));
    this.n = zh.length;
    this.m = en.length;
    this.zhPrefix = prefixSums(zhLengths);
    this.enPrefix = prefixSums(enLengths);
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

  /** The search's inner loop: the same quantities as `features`, without allocating. */
  cost = (i0: number, zhCount: number, j0: number, enCount: number): number => {
    if (zhCount === 0 || enCount === 0) return COST_WEIGHTS.unmatched * (zhCount + enCount);
    const lexical = this.lexical ? this.lexical.similarity(i0, zhCount, j0, enCount) : -1;
    const size = (zhCount + enCount) / 2;
    const lexicalCost = lexical < 0 ? 0.5 : 1 - Math.pow(lexical, COST_WEIGHTS.lexicalPower);
    return (
      this.mergeZh * (zhCount - 1) +
      this.mergeEn * (enCount - 1) +
      size * (COST_WEIGHTS.length * this.lengthFit(i0, zhCount, j0, enCount) + COST_WEIGHTS.lexical * lexicalCost)
    );
  };

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
