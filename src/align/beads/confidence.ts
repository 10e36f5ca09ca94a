// Calibrated confidence of a bead: a logistic model over the bead's features, so that a bead
// scored under 0.5 is wrong more often than right.
import type { BeadFeatures } from './scorer.js';

export function beadConfidence(f: BeadFeatures): number {
  if (f.zhCount === 0 || f.enCount === 0) return 0.5;
  const lexical = f.lexical < 0 ? 0.3 : f.lexical;
  const z = 0.5 + 4 * (lexical - 0.3) - 0.8 * f.length - 0.3 * (f.zhCount + f.enCount - 2);
  return 1 / (1 + Math.exp(-z));
}
