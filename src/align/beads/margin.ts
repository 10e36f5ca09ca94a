// How contested each bead of the best path is: the cost of the best other segmentation of the
// bead and its two neighbours (every path through that region that does not use the bead) minus
// the cost the path pays there. A bead that could as well be split, merged or shifted has a
// margin near 0: most wrong beads are of that kind (a 1-3 that should be a 1-2 and a 0-1), so
// the confidence model reads it.
import { searchBand, type BeadCostModel, type SearchStep } from './search.js';
import type { BeadShape } from './shapes.js';

/** Margins above this tell nothing more (the bead is clear). */
export const MARGIN_CAP = 4;

export function localMargins(steps: readonly SearchStep[], shapes: BeadShape[], model: BeadCostModel): Float64Array {
  const margins = new Float64Array(steps.length);
  // What the path pays for each bead.
  const paid = Float64Array.from(steps, (s) => model.cost(s.i0, s.shape.zh, s.j0, s.shape.en));
  for (let k = 0; k < steps.length; k += 1) {
    const first = steps[Math.max(0, k - 1)];
    const last = steps[Math.min(steps.length - 1, k + 1)];
    const n = last.i0 + last.shape.zh - first.i0;
    const m = last.j0 + last.shape.en - first.j0;
    let region = 0;
    for (let s = Math.max(0, k - 1); s <= Math.min(steps.length - 1, k + 1); s += 1) region += paid[s];
    const band = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
    let best = Infinity;
    try {
      best = searchBand(n, m, shapes, band, model, { origin: [first.i0, first.j0], exclude: steps[k] }).cost;
    } catch {
      // No other segmentation of the region exists (a 1-1 region with no room): uncontested.
    }
    margins[k] = Math.min(MARGIN_CAP, Math.max(0, best - region));
  }
  return margins;
}
