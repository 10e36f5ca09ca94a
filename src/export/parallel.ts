// The cleaned parallel text every export writes: one aligned sentence bead a segment pair.
import type { PairRelation } from '../align/index.js';

export interface ParallelSegment {
  /** Normalised Chinese (Simplified, glosses and page chrome removed). */
  zh: string;
  /** English with the safe fixes applied. */
  en: string;
  /** Alignment confidence in [0, 1]. */
  score: number;
  /**
   * What the two documents are to each other: a translation, or comparable texts (reports of one
   * event) whose links are corresponding sentences, not translations of each other.
   */
  relation: PairRelation;
  /** Where the pair comes from: `ZH_DOCUMENT|EN_DOCUMENT`. */
  source: string;
  /** Index of the sentence bead in its document alignment. */
  bead?: number;
}

/** Beads at or above `minScore` with text on both sides, in a stable order. */
export function selectSegments(segments: readonly ParallelSegment[], minScore = 0): ParallelSegment[] {
  return segments.filter((s) => s.score >= minScore && s.zh.trim() !== '' && s.en.trim() !== '');
}
