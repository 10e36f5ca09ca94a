// The dynamic programme over beads inside a band: cheapest monotone path from (0, 0) to
// (N, M), where each step is one bead shape and costs what the scorer says.
import type { Band, PathPoint } from './band.js';
import type { BeadShape } from './shapes.js';

/** Cost of the bead joining Chinese [i0, i0+zh) and English [j0, j0+en) (lower is better). */
export type BeadCost = (i0: number, zhCount: number, j0: number, enCount: number) => number;

export interface SearchStep {
  i0: number;
  j0: number;
  shape: BeadShape;
}

const NO_SHAPE = 255;

/**
 * Cheapest path inside the band. Rows marked in `fixedRows` (anchors of a second pass) cannot be
 * stepped over: every path lands on them, where the band allows it.
 */
export function searchBand(n: number, m: number, shapes: BeadShape[], band: Band, cost: BeadCost, fixedRows?: Uint8Array): SearchStep[] {
  const { lo, hi } = band;
  // For each row, the first fixed row after it (n + 1: none): a bead from row si may end there, not beyond.
  const nextFixed = new Int32Array(n + 1).fill(n + 1);
  if (fixedRows) for (let i = n - 1; i >= 0; i -= 1) nextFixed[i] = fixedRows[i + 1] ? i + 1 : nextFixed[i + 1];
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i += 1) rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
  const total = new Float64Array(rowStart[n + 1]).fill(Infinity);
  const back = new Uint8Array(rowStart[n + 1]).fill(NO_SHAPE);
  total[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    const base = rowStart[i] - lo[i];
    for (let j = lo[i]; j <= hi[i]; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = NO_SHAPE;
      for (let k = 0; k < shapes.length; k += 1) {
        const si = i - shapes[k].zh;
        const sj = j - shapes[k].en;
        if (si < 0 || sj < lo[si] || sj > hi[si] || i > nextFixed[si]) continue;
        const previous = total[rowStart[si] + sj - lo[si]];
        if (previous === Infinity) continue;
        const candidate = previous + cost(si, shapes[k].zh, sj, shapes[k].en);
        if (candidate < best) {
          best = candidate;
          bestShape = k;
        }
      }
      total[base + j] = best;
      back[base + j] = bestShape;
    }
  }
  const steps: SearchStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[rowStart[i] + j - lo[i]];
    if (k === NO_SHAPE) throw new Error(`bead search: no path reaches (${i}, ${j})`);
    const shape = shapes[k];
    i -= shape.zh;
    j -= shape.en;
    steps.push({ i0: i, j0: j, shape });
  }
  return steps.reverse();
}

export function stepsToPath(steps: SearchStep[]): PathPoint[] {
  const path: PathPoint[] = [[0, 0]];
  for (const step of steps) path.push([step.i0 + step.shape.zh, step.j0 + step.shape.en]);
  return path;
}
