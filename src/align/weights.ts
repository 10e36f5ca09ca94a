// The aligner's fitted numbers, kept as data (src/align/data/weights.json) apart from the
// algorithm: the bead cost weights, the confidence model's coefficients and the second pass's
// settings. The file is written by `npm run eval:align -- --fit` (fitted on MAC-Dev only; see
// docs/benchmarks.md), which validates it with the zod schema (weights-schema.ts) before writing;
// a test does the same for the shipped file. Loading checks only its shape (every number
// present, finite, nothing else), so that aligning does not load zod.
import data from './data/weights.json' with { type: 'json' };

export const COST_WEIGHTS = [
  'length', 'lexical', 'unmatched', 'merge', 'mergeZh', 'mergeScale', 'mergeFloor', 'incomplete', 'quote', 'lexicalPower', 'lengthSigma',
] as const;
export type CostWeights = Record<(typeof COST_WEIGHTS)[number], number>;

export const CONFIDENCE_FEATURES = ['bias', 'lexical', 'noLexicon', 'length', 'extraSegments', 'unmatched', 'margin', 'contest'] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
export type ConfidenceCoefficients = Record<ConfidenceFeature, number>;

export const LEARNING_SETTINGS = ['enabled', 'anchorConfidence', 'iterations', 'dictionaryBoost', 'minProbability', 'minCount'] as const;
export interface Learning {
  /** Second pass on or off. */
  enabled: boolean;
  /** First-pass beads at least this confident train the learnt lexicon; 1-1 ones anchor the second pass. */
  anchorConfidence: number;
  /** EM iterations of IBM Model 1. */
  iterations: number;
  /** Initial weight of a dictionary pair relative to any other co-occurring pair. */
  dictionaryBoost: number;
  /** Least translation probability of a learnt pair. */
  minProbability: number;
  /** Least number of training beads in which a learnt pair co-occurs. */
  minCount: number;
}

export interface AlignWeights {
  version: 1;
  /** What the numbers were fitted on, in words. */
  fitted: string;
  cost: CostWeights;
  confidence: ConfidenceCoefficients;
  learning: Learning;
}

/** The weights if `value` has their shape (the numbers' ranges are the schema's business); else an Error naming what is wrong. */
export function checkWeightsShape(value: unknown, source: string): AlignWeights {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}; restore the file or refit it (npm run eval:align -- --fit)`);
  };
  const record = (v: unknown, path: string): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(`${path} is not an object`);
  const exactly = (v: Record<string, unknown>, keys: readonly string[], path: string, kind: (x: unknown) => boolean): void => {
    for (const key of keys) if (!kind(v[key])) fail(`${path}.${key} is missing or not a ${kind === isNumber ? 'finite number' : 'number or boolean'}`);
    for (const key of Object.keys(v)) if (!keys.includes(key)) fail(`${path}.${key} is not a known setting`);
  };
  const top = record(value, 'the weights');
  if (top.version !== 1) fail('version is not 1');
  if (typeof top.fitted !== 'string') fail('fitted is not a string');
  exactly(top, ['version', 'fitted', 'cost', 'confidence', 'learning'], 'weights', () => true);
  exactly(record(top.cost, 'cost'), COST_WEIGHTS, 'cost', isNumber);
  exactly(record(top.confidence, 'confidence'), CONFIDENCE_FEATURES, 'confidence', isNumber);
  exactly(record(top.learning, 'learning'), LEARNING_SETTINGS, 'learning', (x) => isNumber(x) || typeof x === 'boolean');
  return value as AlignWeights;
}

function isNumber(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x);
}

/** The shipped weights. */
export const DEFAULT_WEIGHTS: AlignWeights = checkWeightsShape(data, 'src/align/data/weights.json');
