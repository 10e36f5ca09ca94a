// Calibrated confidence of a bead: a logistic model over the bead's features, so that a bead
// scored under 0.5 is wrong more often than right.
//
// The coefficients are data (src/align/data/weights.json), fitted on the beads the aligner
// predicts for MAC-Dev, a bead counting as right when it is exactly a gold bead; refit after
// changing the search or the lexicon with `npm run build && npm run eval:align -- --fit`.
// Features: `margin` is the bead's lexical similarity minus its best rival's (the same bead
// shifted by one segment): a bead whose neighbour matches better is likely wrong; `contest` is
// the cost margin of the best other segmentation of the bead's region (margin.ts). A
// coefficient whose feature never occurs in the fitting data keeps its previous value.
import { CONFIDENCE_FEATURES, DEFAULT_WEIGHTS, type ConfidenceCoefficients } from '../weights.js';
import { MARGIN_CAP } from './margin.js';
import type { BeadFeatures } from './scorer.js';

export { CONFIDENCE_FEATURES };

export function confidenceInputs(f: BeadFeatures): number[] {
  const unmatched = f.zhCount === 0 || f.enCount === 0;
  return [
    1,
    f.lexical < 0 ? 0 : f.lexical,
    f.lexical < 0 && !unmatched ? 1 : 0,
    f.length,
    Math.max(0, f.zhCount + f.enCount - 2),
    unmatched ? 1 : 0,
    f.lexical < 0 ? 0 : f.lexical - f.rival,
    f.contest ?? MARGIN_CAP,
  ];
}

export function beadConfidence(f: BeadFeatures, coefficients: ConfidenceCoefficients = DEFAULT_WEIGHTS.confidence): number {
  const inputs = confidenceInputs(f);
  let z = 0;
  CONFIDENCE_FEATURES.forEach((name, k) => (z += coefficients[name] * inputs[k]));
  return 1 / (1 + Math.exp(-z));
}

export interface ConfidenceSample {
  features: BeadFeatures;
  right: boolean;
}

/** Maximum-likelihood logistic fit (Newton's method, slight ridge) of the coefficients. */
export function fitConfidence(
  samples: ConfidenceSample[],
  previous: ConfidenceCoefficients = DEFAULT_WEIGHTS.confidence,
  iterations = 25,
): ConfidenceCoefficients {
  const d = CONFIDENCE_FEATURES.length;
  const rows = samples.map((s) => confidenceInputs(s.features));
  const w = new Array<number>(d).fill(0);
  const unseen = CONFIDENCE_FEATURES.map((_, k) => rows.every((x) => x[k] === 0));
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, (_, k) => Array.from({ length: d }, (_, l) => (k === l ? 1e-3 : 0)));
    rows.forEach((x, r) => {
      const p = 1 / (1 + Math.exp(-x.reduce((z, value, k) => z + value * w[k], 0)));
      const error = (samples[r].right ? 1 : 0) - p;
      for (let k = 0; k < d; k += 1) {
        gradient[k] += error * x[k];
        for (let l = 0; l < d; l += 1) hessian[k][l] += p * (1 - p) * x[k] * x[l];
      }
    });
    gradient.forEach((g, k) => (gradient[k] = g - 1e-3 * w[k]));
    const step = solve(hessian, gradient);
    for (let k = 0; k < d; k += 1) w[k] += step[k];
  }
  return Object.fromEntries(
    CONFIDENCE_FEATURES.map((name, k) => [name, unseen[k] ? previous[name] : Math.round(w[k] * 1000) / 1000]),
  ) as ConfidenceCoefficients;
}

/** Gaussian elimination with partial pivoting (the systems here are 6×6). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, k) => [...row, vector[k]]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    if (Math.abs(a[col][col]) < 1e-12) continue;
    for (let row = 0; row < n; row += 1) {
      if (row === col) continue;
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k += 1) a[row][k] -= factor * a[col][k];
    }
  }
  return a.map((row, k) => (Math.abs(row[k]) < 1e-12 ? 0 : row[n] / row[k]));
}
