// How contested each bead of the best path is: the cost of the best other segmentation of the
// bead and its two neighbours (every path through that region that does not use the bead) minus
// the cost the path pays there. A bead that could as well be split, merged or shifted has a
// margin near 0: most wrong beads are of that kind (a 1-3 that should be a 1-2 and a 0-1), so
// the confidence model reads it.
import type { BeadCost, SearchStep } from './search.js';
import { searchBand } from './search.js';
import type { BeadShape } from './shapes.js';

/** Margins above this tell nothing more (the bead is clear). */
export const MARGIN_CAP = 4;

export function localMargins(steps: readonly SearchStep[], shapes: BeadShape[], cost: BeadCost): Float64Array {
  const margins = new Float64Array(steps.length);
  for (let k = 0; k < steps.length; k += 1) {
    const first = steps[Math.max(0, k - 1)];
    const last = steps[Math.min(steps.length - 1, k + 1)];
    const i0 = first.i0;
    const j0 = first.j0;
    const n = last.i0 + last.shape.zh - i0;
    const m = last.j0 + last.shape.en - j0;
    const bead = steps[k];
    let paid = 0;
    for (let s = Math.max(0, k - 1); s <= Math.min(steps.length - 1, k + 1); s += 1) {
      paid += cost(steps[s].i0, steps[s].shape.zh, steps[s].j0, steps[s].shape.en);
    }
    const without: BeadCost = (i, a, j, b) =>
      i + i0 === bead.i0 && j + j0 === bead.j0 && a === bead.shape.zh && b === bead.shape.en ? Infinity : cost(i + i0, a, j + j0, b);
    const band = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
    let best = Infinity;
    try {
      const alternative = searchBand(n, m, shapes, band, without);
      best = 0;
      for (const step of alternative) best += without(step.i0, step.shape.zh, step.j0, step.shape.en);
    } catch {
      // No other segmentation of the region exists (a 1-1 region with no room): uncontested.
    }
    margins[k] = Math.min(MARGIN_CAP, Math.max(0, best - paid));
  }
  return margins;
}
