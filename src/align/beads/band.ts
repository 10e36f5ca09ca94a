// The band of the dynamic programme: for each row i (Chinese segments consumed) the range of
// columns j (English segments consumed) the search may visit. The band starts around the
// length-proportional diagonal and is re-centred on the found path, wider, wherever that path
// runs along the band's edge, so time and memory stay linear in the document length.

export interface Band {
  /** Per row 0..N, the first and last column searched (inclusive). */
  lo: Int32Array;
  hi: Int32Array;
}

/** A point the path passes through after a bead: (Chinese consumed, English consumed). */
export type PathPoint = readonly [number, number];

/** Band of half-width `width` around the diagonal given by cumulative character lengths. */
export function diagonalBand(zhLengths: number[], enLengths: number[], width: number): Band {
  const n = zhLengths.length;
  const m = enLengths.length;
  const enCumulative = cumulativeShares(enLengths);
  const zhCumulative = cumulativeShares(zhLengths);
  const centres = new Float64Array(n + 1);
  let j = 0;
  for (let i = 0; i <= n; i += 1) {
    const share = zhCumulative[i];
    while (j < m && enCumulative[j + 1] <= share) j += 1;
    // Interpolate inside English segment j for a smooth centre line.
    const span = j < m ? enCumulative[j + 1] - enCumulative[j] : 1;
    const within = j < m && span > 0 ? (share - enCumulative[j]) / span : 0;
    centres[i] = Math.min(m, j + within);
  }
  centres[n] = m;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    lo[i] = Math.max(0, Math.floor(centres[i] - width));
    hi[i] = Math.min(m, Math.ceil(centres[i] + width));
  }
  return connect(lo, hi, m);
}

/** Band of half-width `width` around a path found by an earlier pass. */
export function pathBand(path: PathPoint[], n: number, m: number, width: number): Band {
  const low = new Int32Array(n + 1).fill(m);
  const high = new Int32Array(n + 1).fill(0);
  for (let k = 0; k < path.length; k += 1) {
    const [i, j] = path[k];
    const [pi, pj] = k > 0 ? path[k - 1] : path[k];
    // Rows crossed by a bead joining several Chinese segments get the bead's column span.
    for (let r = pi; r <= i; r += 1) {
      low[r] = Math.min(low[r], r === i ? j : pj);
      high[r] = Math.max(high[r], r === pi ? pj : j);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    lo[i] = Math.max(0, low[i] - width);
    hi[i] = Math.min(m, high[i] + width);
  }
  return connect(lo, hi, m);
}

/**
 * Band of half-width `width` around the piecewise-linear line through a coarse pass's points
 * (chunk boundaries): inside a chunk the fine path is expected near the line joining its
 * corners, not anywhere in the chunk's rectangle.
 */
export function lineBand(points: PathPoint[], n: number, m: number, width: number): Band {
  const low = new Float64Array(n + 1).fill(m);
  const high = new Float64Array(n + 1).fill(0);
  for (let k = 1; k < points.length; k += 1) {
    const [pi, pj] = points[k - 1];
    const [i, j] = points[k];
    for (let r = pi; r <= i; r += 1) {
      const from = i === pi ? pj : pj + ((r - pi) * (j - pj)) / (i - pi);
      const to = i === pi ? j : from;
      low[r] = Math.min(low[r], from);
      high[r] = Math.max(high[r], to);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    lo[i] = Math.max(0, Math.floor(low[i] - width));
    hi[i] = Math.min(m, Math.ceil(high[i] + width));
  }
  return connect(lo, hi, m);
}

/** True when the path comes within `margin` of a band edge that is not the matrix border. */
export function touchesEdge(path: PathPoint[], band: Band, m: number, margin: number): boolean {
  for (const [i, j] of path) {
    if (band.lo[i] > 0 && j - band.lo[i] < margin) return true;
    if (band.hi[i] < m && band.hi[i] - j < margin) return true;
  }
  return false;
}

export function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i += 1) cells += band.hi[i] - band.lo[i] + 1;
  return cells;
}

function cumulativeShares(lengths: number[]): Float64Array {
  // +1 per segment so that blank segments still advance the diagonal.
  const out = new Float64Array(lengths.length + 1);
  let total = 0;
  for (const length of lengths) total += length + 1;
  let sum = 0;
  for (let k = 0; k < lengths.length; k += 1) {
    sum += lengths[k] + 1;
    out[k + 1] = total > 0 ? sum / total : 0;
  }
  return out;
}

/** Makes both edges monotone and consecutive rows overlap, so (N, M) is reachable from (0, 0). */
function connect(lo: Int32Array, hi: Int32Array, m: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i += 1) lo[i] = Math.max(lo[i], lo[i - 1]);
  for (let i = n - 1; i >= 0; i -= 1) hi[i] = Math.min(hi[i], hi[i + 1]);
  for (let i = 1; i <= n; i += 1) {
    if (lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
    hi[i] = Math.max(hi[i], lo[i], hi[i - 1]);
  }
  return { lo, hi };
}
