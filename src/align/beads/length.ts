// Length fit of a bead, Gale-Church style: the English length of a bead is expected to be the
// Chinese length times a ratio estimated from the two documents; the deviation is scored on
// a log scale with a variance much looser than the classic model (literary translation
// stretches and shrinks sentences far more than parliamentary text).

export interface LengthModel {
  /** English non-space characters per Chinese character, estimated from the documents. */
  ratio: number;
  /** Standard deviation of ln(English length / expected length). */
  sigma: number;
  /** Characters added to both sides so that short segments are not over-penalised. */
  smoothing: number;
}

const FALLBACK_RATIO = 3;

/** Characters that count for length: everything but white space. */
export function segmentLength(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count += 1;
  return count;
}

export function estimateLengthModel(zhLengths: number[], enLengths: number[], sigma = 0.55): LengthModel {
  const zhTotal = zhLengths.reduce((sum, length) => sum + length, 0);
  const enTotal = enLengths.reduce((sum, length) => sum + length, 0);
  const ratio = zhTotal > 0 && enTotal > 0 ? enTotal / zhTotal : FALLBACK_RATIO;
  return { ratio, sigma, smoothing: 4 };
}

/** Negative log-likelihood (up to a constant) that `enLength` translates `zhLength`. */
export function lengthCost(zhLength: number, enLength: number, model: LengthModel): number {
  const expected = zhLength * model.ratio + model.smoothing * model.ratio;
  const observed = enLength + model.smoothing * model.ratio;
  const deviation = Math.log(observed / expected) / model.sigma;
  return 0.5 * deviation * deviation;
}
