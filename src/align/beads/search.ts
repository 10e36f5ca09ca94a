// The dynamic programme over beads inside a band: cheapest monotone path from (0, 0) to
// (N, M), where each step is one bead shape and costs what the cost model says.
import type { Band, PathPoint } from './band.js';
import type { BeadShape } from './shapes.js';

/** What the search asks of the bead costs (BeadScorer). */
export interface BeadCostModel {
  /**
   * Cost of the bead joining Chinese [i0, i0+zh) and English [j0, j0+en) (lower is better).
   * Given a `budget`, it may return any value at least the budget once it knows the cost
   * reaches it.
   */
  cost(i0: number, zhCount: number, j0: number, enCount: number, budget?: number): number;
  /**
   * A bound under the cost of every bead of a shape (as computed: adding the rest of the cost to
   * it never rounds below it). The search skips a bead whose bound already loses.
   */
  floor(zhCount: number, enCount: number): number;
}

export interface SearchStep {
  i0: number;
  j0: number;
  shape: BeadShape;
}

export interface SearchOptions {
  /** Rows every path lands on (anchors of a second pass), where the band allows it. */
  fixedRows?: Uint8Array;
  /** Where row 0 and column 0 of the band are in the cost model's segments (a region of the pair). */
  origin?: PathPoint;
  /** A bead (in the model's segments) no path may use. */
  exclude?: SearchStep;
}

export interface SearchResult {
  steps: SearchStep[];
  /** What the path costs in all. */
  cost: number;
}

const NO_SHAPE = 255;

/** Cheapest path inside the band, in the model's segments; none found is an error. */
export function searchBand(n: number, m: number, shapes: BeadShape[], band: Band, model: BeadCostModel, options: SearchOptions = {}): SearchResult {
  const { lo, hi } = band;
  const [oi, oj] = options.origin ?? [0, 0];
  const fixedRows = options.fixedRows;
  // For each row, the first fixed row after it (n + 1: none): a bead from row si may end there, not beyond.
  const nextFixed = new Int32Array(n + 1).fill(n + 1);
  if (fixedRows) for (let i = n - 1; i >= 0; i -= 1) nextFixed[i] = fixedRows[i + 1] ? i + 1 : nextFixed[i + 1];
  const excluded = options.exclude;
  const excludeShape = excluded ? shapes.findIndex((s) => s.zh === excluded.shape.zh && s.en === excluded.shape.en) : -1;
  const excludeI = excluded ? excluded.i0 - oi : -1;
  const excludeJ = excluded ? excluded.j0 - oj : -1;
  const floors = Float64Array.from(shapes, (shape) => model.floor(shape.zh, shape.en));
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
        if (previous === Infinity || previous + floors[k] >= best) continue;
        if (k === excludeShape && si === excludeI && sj === excludeJ) continue;
        const budget = best - previous;
        const beadCost = model.cost(si + oi, shapes[k].zh, sj + oj, shapes[k].en, budget);
        if (beadCost >= budget) continue;
        best = previous + beadCost;
        bestShape = k;
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
    steps.push({ i0: i + oi, j0: j + oj, shape });
  }
  return { steps: steps.reverse(), cost: total[rowStart[n] + m - lo[n]] };
}

export function stepsToPath(steps: SearchStep[]): PathPoint[] {
  const path: PathPoint[] = [[0, 0]];
  for (const step of steps) path.push([step.i0 + step.shape.zh, step.j0 + step.shape.en]);
  return path;
}
