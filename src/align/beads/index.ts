// Sentence (or paragraph) alignment of two segment lists: a banded dynamic programme over
// beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, 1-5, 5-1) scored by length fit and
// a scorer's evidence (lexical by default), in two passes, with a calibrated confidence for
// every bead.
import type { Bead } from '../../types.js';
import { AlignmentContext } from '../context.js';
import type { ExtraLexiconEntry } from '../lexicon/index.js';
import { DEFAULT_WEIGHTS, type AlignWeights } from '../weights.js';
import { beadConfidence } from './confidence.js';
import type { ScorerFactory } from './evidence.js';
import { lexicalScorer } from './lexical-scorer.js';
import { localMargins } from './margin.js';
import { firstPass, secondPass, settingsFor } from './passes.js';
import type { BeadFeatures } from './scorer.js';
import { DEFAULT_MAX_BEAD } from './shapes.js';

export interface BeadSearchOptions {
  /** Largest number of segments on either side of a bead (default 5; up to 6). */
  maxBead?: number;
  /** Half-width of the first search band in segments (default 40, 8 around a coarse pass); widened where needed. */
  bandWidth?: number;
  /** Extra lexicon entries (the curated glossary) on top of CC-CEDICT, when no context is given. */
  extraLexicon?: readonly ExtraLexiconEntry[];
  /** Lexicon and text memo shared with the caller's other calls (default: a fresh one per call). */
  context?: AlignmentContext;
  /** The evidence the search weighs beside length (default: the lexical scorer over the context). */
  scorer?: ScorerFactory;
  /** Score by length only (no scorer): for comparison and for languages the lexicon lacks. */
  lengthOnly?: boolean;
  /** Cost weights, confidence coefficients and learning settings (default: src/align/data/weights.json). */
  weights?: AlignWeights;
  /** Called as each phase of the search ends (for benchmarks: `tests/bench/align-phases.mjs`). */
  onPhase?: (phase: AlignPhase) => void;
}

/** The phases of the bead search, in order. */
export type AlignPhase = 'tokens' | 'first pass' | 'second pass' | 'confidence';

export { beadShapes, type BeadShape } from './shapes.js';
export { beadConfidence, fitConfidence, type ConfidenceSample } from './confidence.js';
export { DEFAULT_WEIGHTS, checkWeightsShape, type AlignWeights, type CostWeights } from '../weights.js';
export type { BeadFeatures } from './scorer.js';
export type { SegmentScorer, ScorerFactory } from './evidence.js';
export { LexicalScorer, lexicalScorer } from './lexical-scorer.js';
export { segmentLength, estimateLengthModel, lengthCost, type LengthModel } from './length.js';

export function alignSegments(zh: string[], en: string[], options: BeadSearchOptions = {}): Bead[] {
  return alignSegmentsWithFeatures(zh, en, options).map(({ bead }) => bead);
}

export interface ScoredBead {
  bead: Bead;
  /** What the confidence was computed from (for calibration and reports). */
  features: BeadFeatures;
  /** Whether the bead was an anchor of the second pass (kept from the first). */
  anchor?: boolean;
}

/** `alignSegments`, keeping each bead's features (used to fit and check the confidence model). */
export function alignSegmentsWithFeatures(zh: string[], en: string[], options: BeadSearchOptions = {}): ScoredBead[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  if (zh.length === 0 || en.length === 0) {
    return [...zh.map((_, i) => unmatched([i], [], weights)), ...en.map((_, j) => unmatched([], [j], weights))];
  }
  const scorer = options.lengthOnly
    ? undefined
    : (options.scorer ?? lexicalScorer(options.context ?? new AlignmentContext({ extraLexicon: options.extraLexicon })))(zh, en);
  const phase = options.onPhase ?? (() => {});
  phase('tokens');
  const settings = settingsFor(options.maxBead ?? DEFAULT_MAX_BEAD, weights, options.bandWidth);
  const first = firstPass(zh, en, settings, scorer);
  phase('first pass');
  const second = scorer && weights.learning.enabled ? secondPass(zh, en, settings, scorer, first) : undefined;
  phase('second pass');
  const { steps, costs } = second?.result ?? first;
  const anchors = new Set(second?.anchors.map((step) => `${step.i0}:${step.j0}`));
  const contest = localMargins(steps, settings.shapes, costs);
  const beads = steps.map((step, k) => {
    const features = { ...costs.features(step.i0, step.shape.zh, step.j0, step.shape.en), contest: contest[k] };
    const bead = {
      zh: range(step.i0, step.shape.zh),
      en: range(step.j0, step.shape.en),
      score: round(beadConfidence(features, weights.confidence)),
    };
    const anchor = step.shape.zh === 1 && step.shape.en === 1 && anchors.has(`${step.i0}:${step.j0}`);
    return anchor ? { bead, features, anchor } : { bead, features };
  });
  phase('confidence');
  return beads;
}

function unmatched(zh: number[], en: number[], weights: AlignWeights): ScoredBead {
  const features: BeadFeatures = { zhCount: zh.length, enCount: en.length, length: 0, lexical: -1, rival: 0, contest: 0 };
  return { bead: { zh, en, score: round(beadConfidence(features, weights.confidence)) }, features };
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
