// What the bead search asks of a scorer: how well a Chinese span and an English span correspond.
// The search owns the length fit, the band and the costs; a scorer brings the evidence. The
// lexical scorer (lexical-scorer.ts) is one implementation; any other (embeddings, a
// translation model's overlap) plugs in through BeadSearchOptions.scorer.
import type { Learning } from '../weights.js';
import type { Band } from './band.js';
import type { TrainingBead } from './learn.js';

export interface SegmentScorer {
  /**
   * Called before each search with its band (`reach`: the largest bead side): computes whatever
   * `similarity` will read for beads inside the band. Linear in the band's size.
   */
  prepare(band: Band, reach: number): void;
  /** Similarity in [0, 1] of Chinese [i0, i0+zhCount) and English [j0, j0+enCount); −1 without evidence. */
  similarity(i0: number, zhCount: number, j0: number, enCount: number): number;
  /**
   * Of the bead last passed to `similarity`, how many segments (on a side holding several) have
   * content but no evidence of belonging: completeness, costed by the `incomplete` weight (0 if
   * the scorer cannot tell).
   */
  readonly incomplete: number;
  /**
   * The same evidence over chunks for the coarse pass of long documents: chunk k joins Chinese
   * segments [zhBounds[k], zhBounds[k+1]) and English [enBounds[k], enBounds[k+1]).
   */
  coarse(zhBounds: readonly number[], enBounds: readonly number[]): SegmentScorer;
  /**
   * The second pass: a scorer improved from the first pass's confident beads, or undefined when
   * there is nothing to improve (the search then keeps the first pass).
   */
  learn?(beads: readonly TrainingBead[], learning: Learning): SegmentScorer | undefined;
}

/** Makes the scorer of one pair of segment lists. */
export type ScorerFactory = (zh: readonly string[], en: readonly string[]) => SegmentScorer;
