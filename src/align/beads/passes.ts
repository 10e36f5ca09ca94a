// The passes of the bead search: a coarse pass over chunks for long documents, the banded
// search (widened where the path meets the band's edge), and the second pass between the
// anchors of the first, with whatever the scorer learnt from it.
import type { AlignWeights } from '../weights.js';
import { diagonalBand, lineBand, pathBand, touchesEdge, type Band, type PathPoint } from './band.js';
import { beadConfidence } from './confidence.js';
import type { SegmentScorer } from './evidence.js';
import { BeadScorer } from './scorer.js';
import { searchBand, stepsToPath, type SearchStep } from './search.js';
import { beadShapes, type BeadShape } from './shapes.js';

export interface SearchSettings {
  shapes: BeadShape[];
  /** Half-width of the first band (undefined: the default for the document's length). */
  bandWidth?: number;
  weights: AlignWeights;
}

export interface SearchResult {
  steps: SearchStep[];
  /** The cost model of the pass that produced the steps (for the beads' features). */
  costs: BeadScorer;
}

const DEFAULT_BAND_WIDTH = 40;
/** Half-width of the band around a coarse pass's path (widened where the path meets its edge). */
const GUIDED_BAND_WIDTH = 8;
const MAX_WIDENINGS = 5;
const EDGE_MARGIN = 3;
/** Documents longer than this (in segments, both sides) get a coarse first pass over chunks. */
const GUIDE_THRESHOLD = 800;
const CHUNK = 8;
/** Half-width of the coarse pass's band, in chunks (widened where its path meets the edge). */
const COARSE_BAND_WIDTH = 5;
/** Half-width of the second pass's band around the first path, between anchors. */
const SECOND_PASS_WIDTH = 8;

export function settingsFor(maxBead: number, weights: AlignWeights, bandWidth?: number): SearchSettings {
  return { shapes: beadShapes(maxBead), bandWidth, weights };
}

const reachOf = (shapes: BeadShape[]): number => Math.max(...shapes.map((shape) => Math.max(shape.zh, shape.en)));

/**
 * The first pass: a band around a coarse alignment of chunks for long documents, else around
 * the length diagonal, re-centred and doubled wherever the best path runs along its edge.
 */
export function firstPass(zh: readonly string[], en: readonly string[], settings: SearchSettings, scorer: SegmentScorer | undefined): SearchResult {
  const n = zh.length;
  const m = en.length;
  const reach = reachOf(settings.shapes);
  const costs = new BeadScorer(zh, en, settings.weights.cost, scorer);
  const search = (band: Band): SearchStep[] => {
    scorer?.prepare(band, reach);
    return searchBand(n, m, settings.shapes, band, costs).steps;
  };
  const guided = n > GUIDE_THRESHOLD && m > GUIDE_THRESHOLD;
  let width = settings.bandWidth ?? (guided ? GUIDED_BAND_WIDTH : DEFAULT_BAND_WIDTH);
  let band = guided
    ? guidedBand(zh, en, settings, scorer, width)
    : diagonalBand(
        zh.map((s) => s.length),
        en.map((s) => s.length),
        width,
      );
  let steps = search(band);
  // Where the path runs along the band's edge, the band follows the path: re-centred first
  // (a band around a coarse path is often just off-centre), then doubled each time again.
  for (let pass = 0; pass < MAX_WIDENINGS; pass += 1) {
    const path = stepsToPath(steps);
    if (!touchesEdge(path, band, m, EDGE_MARGIN)) break;
    if (pass > 0 || !guided) width *= 2;
    band = pathBand(path, n, m, width);
    steps = search(band);
  }
  return { steps, costs };
}

/**
 * Anchor-first pass for long documents: align chunks of CHUNK Chinese segments (and as many
 * chunks of English) with the same search, recursively, and put the band around that path.
 */
function guidedBand(zh: readonly string[], en: readonly string[], settings: SearchSettings, scorer: SegmentScorer | undefined, width: number): Band {
  const chunks = Math.ceil(zh.length / CHUNK);
  const zhBounds = Array.from({ length: chunks + 1 }, (_, k) => Math.min(zh.length, k * CHUNK));
  const enBounds = Array.from({ length: chunks + 1 }, (_, k) => Math.round((k * en.length) / chunks));
  const join = (segments: readonly string[], bounds: number[], glue: string): string[] =>
    bounds.slice(1).map((end, k) => segments.slice(bounds[k], end).join(glue));
  const { steps } = firstPass(
    join(zh, zhBounds, ''),
    join(en, enBounds, ' '),
    { ...settings, bandWidth: COARSE_BAND_WIDTH },
    scorer?.coarse(zhBounds, enBounds),
  );
  const path: PathPoint[] = stepsToPath(steps).map(([i, j]) => [zhBounds[i], enBounds[j]]);
  return lineBand(path, zh.length, en.length, width);
}

/**
 * The second pass: the first pass's confident links train the scorer (the lexical scorer learns
 * translations from them); the confident 1-1 beads stay as anchors, and the search runs again
 * between them, near the first path. Undefined when the scorer learns nothing.
 */
export function secondPass(
  zh: readonly string[],
  en: readonly string[],
  settings: SearchSettings,
  scorer: SegmentScorer,
  first: SearchResult,
): { result: SearchResult; anchors: SearchStep[] } | undefined {
  const n = zh.length;
  const m = en.length;
  const { learning, confidence } = settings.weights;
  const confident = first.steps.filter(
    (step) =>
      step.shape.zh > 0 &&
      step.shape.en > 0 &&
      beadConfidence(first.costs.features(step.i0, step.shape.zh, step.j0, step.shape.en), confidence) >= learning.anchorConfidence,
  );
  const learnt = scorer.learn?.(
    confident.map((step) => ({ i0: step.i0, zhCount: step.shape.zh, j0: step.j0, enCount: step.shape.en })),
    learning,
  );
  if (!learnt) return undefined;
  const costs = new BeadScorer(zh, en, settings.weights.cost, learnt);
  const band = pathBand(stepsToPath(first.steps), n, m, SECOND_PASS_WIDTH);
  const fixedRows = new Uint8Array(n + 1);
  const fix = (i: number, j: number): void => {
    if (i <= 0 || i >= n) return;
    fixedRows[i] = 1;
    band.lo[i] = j;
    band.hi[i] = j;
  };
  const anchors = confident.filter((step) => step.shape.zh === 1 && step.shape.en === 1);
  for (const step of anchors) {
    fix(step.i0, step.j0);
    fix(step.i0 + 1, step.j0 + 1);
  }
  clampBetweenFixed(band, fixedRows);
  learnt.prepare(band, reachOf(settings.shapes));
  return { result: { steps: searchBand(n, m, settings.shapes, band, costs, { fixedRows }).steps, costs }, anchors };
}

/** Keeps each row's columns between those of the fixed rows before and after it. */
function clampBetweenFixed(band: Band, fixedRows: Uint8Array): void {
  const n = fixedRows.length - 1;
  let floor = 0;
  for (let i = 0; i <= n; i += 1) {
    if (fixedRows[i]) floor = band.lo[i];
    else band.lo[i] = Math.max(band.lo[i], floor);
  }
  let ceiling = band.hi[n];
  for (let i = n; i >= 0; i -= 1) {
    if (fixedRows[i]) ceiling = band.hi[i];
    else band.hi[i] = Math.min(band.hi[i], ceiling);
  }
}
