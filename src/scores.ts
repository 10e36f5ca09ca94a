// Alignment confidence as every stage and writer reads it: a score in [0, 1], the threshold
// under which a link is more often wrong than right, and how scores are rounded for output.

/**
 * Links scored under this are more often wrong than right (the confidence model is calibrated
 * on the gold sets so that 0.5 means even odds): reports flag them, the parallel text of a run
 * leaves them out, and `export --min-score` starts here.
 */
export const CONFIDENT_SCORE = 0.5;

/** Decimals a written score keeps: alignment files and reports (3), parallel text (4). */
export const SCORE_DECIMALS = { alignment: 3, parallel: 4 } as const;

/** A score rounded to `decimals` places, so that output does not depend on the last bits of a float. */
export function roundScore(score: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(score * scale) / scale;
}
