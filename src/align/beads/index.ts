// Sentence (or paragraph) alignment of two segment lists: a banded dynamic programme over
// beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1) scored by length fit and
// lexical evidence, with a calibrated confidence for every bead.
import type { Bead } from '../../types.js';
import { diagonalBand, pathBand, touchesEdge, type Band, type PathPoint } from './band.js';
import { beadConfidence } from './confidence.js';
import { DEFAULT_WEIGHTS, type AlignWeights } from '../weights.js';
import { extendLexicon, loadLexicon, type ExtraLexiconEntry } from '../lexicon/index.js';
import { analyseSegments, mergeAnalysis, SegmentLexicon, type SegmentAnalysis } from './lexical.js';
import { BeadScorer, type BeadFeatures } from './scorer.js';
import { searchBand, stepsToPath, type SearchStep } from './search.js';
import { learnTranslations, withLearntTranslations } from './learn.js';
import { beadShapes, DEFAULT_MAX_BEAD } from './shapes.js';

export interface BeadSearchOptions {
  /** Largest number of segments on either side of a bead (default 4; up to 6). */
  maxBead?: number;
  /** Half-width of the first search band in segments (default 40); widened where needed. */
  bandWidth?: number;
  /** Extra lexicon entries (the curated glossary) on top of CC-CEDICT. */
  extraLexicon?: readonly ExtraLexiconEntry[];
  /** Score by length only (no lexicon): for comparison and for languages the lexicon lacks. */
  lengthOnly?: boolean;
  /** Cost weights and confidence coefficients (default: src/align/data/weights.json). */
  weights?: AlignWeights;
}

export { beadShapes, type BeadShape } from './shapes.js';
export { beadConfidence, fitConfidence, type ConfidenceSample } from './confidence.js';
export { DEFAULT_WEIGHTS, AlignWeightsSchema, type AlignWeights, type CostWeights } from '../weights.js';
export type { BeadFeatures } from './scorer.js';
export { segmentLength, estimateLengthModel, lengthCost, type LengthModel } from './length.js';

const DEFAULT_BAND_WIDTH = 40;
const MAX_WIDENINGS = 5;
const EDGE_MARGIN = 3;
/** Documents longer than this (in segments, both sides) get a coarse first pass over chunks. */
const GUIDE_THRESHOLD = 800;
const CHUNK = 8;

export function alignSegments(zh: string[], en: string[], options: BeadSearchOptions = {}): Bead[] {
  return alignSegmentsWithFeatures(zh, en, options).map(({ bead }) => bead);
}

export interface ScoredBead {
  bead: Bead;
  /** What the confidence was computed from (for calibration and reports). */
  features: BeadFeatures;
}

/** `alignSegments`, keeping each bead's features (used to fit and check the confidence model). */
export function alignSegmentsWithFeatures(zh: string[], en: string[], options: BeadSearchOptions = {}): ScoredBead[] {
  const n = zh.length;
  const m = en.length;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  if (n === 0 || m === 0) {
    return [
      ...zh.map((_, i) => unmatched([i], [], weights)),
      ...en.map((_, j) => unmatched([], [j], weights)),
    ];
  }
  const analysis = options.lengthOnly
    ? undefined
    : analyseSegments(zh, en, extendLexicon(loadLexicon(), options.extraLexicon ?? []));
  const first = searchSteps(zh, en, options, analysis);
  const { steps, scorer } =
    analysis && weights.learning.enabled ? secondPass(zh, en, options, analysis, first, weights) : first;
  return steps.map((step) => {
    const features = scorer.features(step.i0, step.shape.zh, step.j0, step.shape.en);
    const bead = {
      zh: range(step.i0, step.shape.zh),
      en: range(step.j0, step.shape.en),
      score: round(beadConfidence(features, weights.confidence)),
    };
    return { bead, features };
  });
}

/**
 * The search proper: a first band (around a coarse alignment of chunks for long documents, else
 * around the length diagonal), then the same band re-centred and doubled wherever the best path
 * runs along its edge.
 */
function searchSteps(
  zh: string[],
  en: string[],
  options: BeadSearchOptions,
  analysis: SegmentAnalysis | undefined,
): { steps: SearchStep[]; scorer: BeadScorer } {
  const n = zh.length;
  const m = en.length;
  const shapes = beadShapes(options.maxBead ?? DEFAULT_MAX_BEAD);
  const reach = Math.max(...shapes.map((shape) => Math.max(shape.zh, shape.en)));
  const lexical = analysis ? new SegmentLexicon(analysis) : undefined;
  const scorer = new BeadScorer(zh, en, (options.weights ?? DEFAULT_WEIGHTS).cost, lexical);
  const search = (band: Band): SearchStep[] => {
    lexical?.prepare(band, reach);
    return searchBand(n, m, shapes, band, scorer.cost);
  };
  let width = options.bandWidth ?? DEFAULT_BAND_WIDTH;
  let band =
    n > GUIDE_THRESHOLD && m > GUIDE_THRESHOLD
      ? guidedBand(zh, en, options, analysis, width)
      : diagonalBand(
          zh.map((s) => s.length),
          en.map((s) => s.length),
          width,
        );
  let steps = search(band);
  for (let pass = 0; pass < MAX_WIDENINGS; pass += 1) {
    const path = stepsToPath(steps);
    if (!touchesEdge(path, band, m, EDGE_MARGIN)) break;
    width *= 2;
    band = pathBand(path, n, m, width);
    steps = search(band);
  }
  return { steps, scorer };
}

/** Half-width of the second pass's band around the first path, between anchors. */
const SECOND_PASS_WIDTH = 8;

/**
 * The second pass: confident beads of the first train a lexicon learnt from the pair (IBM
 * Model 1); the confident 1-1 beads stay as anchors, and the search runs again between them,
 * near the first path, with the learnt translations added.
 */
function secondPass(
  zh: string[],
  en: string[],
  options: BeadSearchOptions,
  analysis: SegmentAnalysis,
  first: { steps: SearchStep[]; scorer: BeadScorer },
  weights: AlignWeights,
): { steps: SearchStep[]; scorer: BeadScorer } {
  const n = zh.length;
  const m = en.length;
  const learning = weights.learning;
  const confident = first.steps.filter(
    (step) =>
      step.shape.zh > 0 &&
      step.shape.en > 0 &&
      beadConfidence(first.scorer.features(step.i0, step.shape.zh, step.j0, step.shape.en), weights.confidence) >= learning.anchorConfidence,
  );
  const learnt = learnTranslations(
    analysis,
    confident.map((step) => ({ i0: step.i0, zhCount: step.shape.zh, j0: step.j0, enCount: step.shape.en })),
    learning,
  );
  if (learnt.size === 0) return first;
  const lexical = new SegmentLexicon(withLearntTranslations(analysis, learnt));
  const scorer = new BeadScorer(zh, en, weights.cost, lexical);
  const band = pathBand(stepsToPath(first.steps), n, m, SECOND_PASS_WIDTH);
  const fixedRows = new Uint8Array(n + 1);
  const fix = (i: number, j: number): void => {
    if (i <= 0 || i >= n) return;
    fixedRows[i] = 1;
    band.lo[i] = j;
    band.hi[i] = j;
  };
  for (const step of confident) {
    if (step.shape.zh !== 1 || step.shape.en !== 1) continue;
    fix(step.i0, step.j0);
    fix(step.i0 + 1, step.j0 + 1);
  }
  clampBetweenFixed(band, fixedRows);
  const shapes = beadShapes(options.maxBead ?? DEFAULT_MAX_BEAD);
  const reach = Math.max(...shapes.map((shape) => Math.max(shape.zh, shape.en)));
  lexical.prepare(band, reach);
  return { steps: searchBand(n, m, shapes, band, scorer.cost, fixedRows), scorer };
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

/**
 * Anchor-first pass for long documents: align chunks of CHUNK Chinese segments (and as many
 * chunks of English) with the same search, recursively, and put the band around that path.
 */
function guidedBand(
  zh: string[],
  en: string[],
  options: BeadSearchOptions,
  analysis: SegmentAnalysis | undefined,
  width: number,
): Band {
  const chunks = Math.ceil(zh.length / CHUNK);
  const zhBounds = Array.from({ length: chunks + 1 }, (_, k) => Math.min(zh.length, k * CHUNK));
  const enBounds = Array.from({ length: chunks + 1 }, (_, k) => Math.round((k * en.length) / chunks));
  const join = (segments: string[], bounds: number[], glue: string): string[] =>
    bounds.slice(1).map((end, k) => segments.slice(bounds[k], end).join(glue));
  const { steps } = searchSteps(
    join(zh, zhBounds, ''),
    join(en, enBounds, ' '),
    { ...options, bandWidth: DEFAULT_BAND_WIDTH },
    analysis && mergeAnalysis(analysis, zhBounds, enBounds),
  );
  const path: PathPoint[] = stepsToPath(steps).map(([i, j]) => [zhBounds[i], enBounds[j]]);
  return pathBand(path, zh.length, en.length, width);
}

function unmatched(zh: number[], en: number[], weights: AlignWeights): ScoredBead {
  const features: BeadFeatures = { zhCount: zh.length, enCount: en.length, length: 0, lexical: -1, rival: 0 };
  return { bead: { zh, en, score: round(beadConfidence(features, weights.confidence)) }, features };
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
