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

/**
 * Characters that count for length: code points that are not white space (what /\s/u
 * matches). Counted over UTF-16 code units without building a string per character: this runs
 * for every segment of every bead search.
 */
export function segmentLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        count += 1;
        continue;
      }
    }
    if (!isWhiteSpace(c)) count += 1;
  }
  return count;
}

/** ECMAScript WhiteSpace and LineTerminator code units (the \s class). */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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
