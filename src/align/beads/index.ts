// Sentence (or paragraph) alignment of two segment lists: a banded dynamic programme over
// beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1) scored by length fit and
// lexical evidence, with a calibrated confidence for every bead.
import type { Bead } from '../../types.js';
import { diagonalBand, pathBand, touchesEdge } from './band.js';
import { beadConfidence } from './confidence.js';
import { extendLexicon, loadLexicon, type ExtraLexiconEntry } from '../lexicon/index.js';
import { SegmentLexicon } from './lexical.js';
import { BeadScorer, type BeadFeatures } from './scorer.js';
import { searchBand, stepsToPath, type SearchStep } from './search.js';
import { beadShapes, DEFAULT_MAX_BEAD } from './shapes.js';

export interface BeadSearchOptions {
  /** Largest number of segments on either side of a bead (default 4). */
  maxBead?: number;
  /** Half-width of the first search band in segments (default 40); widened where needed. */
  bandWidth?: number;
  /** Extra lexicon entries (the curated glossary) on top of CC-CEDICT. */
  extraLexicon?: readonly ExtraLexiconEntry[];
  /** Score by length only (no lexicon): for comparison and for languages the lexicon lacks. */
  lengthOnly?: boolean;
}

export { beadShapes, type BeadShape } from './shapes.js';
export { beadConfidence, fitConfidence, CONFIDENCE_COEFFICIENTS, type ConfidenceSample } from './confidence.js';
export type { BeadFeatures } from './scorer.js';
export { segmentLength, estimateLengthModel, lengthCost, type LengthModel } from './length.js';

const MAX_WIDENINGS = 5;

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
  if (n === 0 || m === 0) {
    return [
      ...zh.map((_, i) => unmatched([i], [])),
      ...en.map((_, j) => unmatched([], [j])),
    ];
  }
  const shapes = beadShapes(options.maxBead ?? DEFAULT_MAX_BEAD);
  const lexical = options.lengthOnly
    ? undefined
    : new SegmentLexicon(zh, en, extendLexicon(loadLexicon(), options.extraLexicon ?? []));
  const scorer = new BeadScorer(zh, en, lexical);
  const steps = searchWidening(zh, en, options.bandWidth ?? 40, (band) => {
    lexical?.prepare(band);
    return searchBand(n, m, shapes, band, scorer.cost);
  });
  return steps.map((step) => {
    const features = scorer.features(step.i0, step.shape.zh, step.j0, step.shape.en);
    const bead = {
      zh: range(step.i0, step.shape.zh),
      en: range(step.j0, step.shape.en),
      score: round(beadConfidence(features)),
    };
    return { bead, features };
  });
}

function searchWidening(
  zh: string[],
  en: string[],
  width: number,
  search: (band: ReturnType<typeof diagonalBand>) => SearchStep[],
): SearchStep[] {
  const margin = 3;
  let band = diagonalBand(
    zh.map((s) => s.length),
    en.map((s) => s.length),
    width,
  );
  let steps = search(band);
  for (let round = 0; round < MAX_WIDENINGS; round += 1) {
    const path = stepsToPath(steps);
    if (!touchesEdge(path, band, en.length, margin)) break;
    width *= 2;
    band = pathBand(path, zh.length, en.length, width);
    steps = search(band);
  }
  return steps;
}

function unmatched(zh: number[], en: number[]): ScoredBead {
  const features: BeadFeatures = { zhCount: zh.length, enCount: en.length, length: 0, lexical: -1 };
  return { bead: { zh, en, score: round(beadConfidence(features)) }, features };
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
