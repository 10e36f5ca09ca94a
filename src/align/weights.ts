// The aligner's fitted numbers, kept as data (src/align/data/weights.json) apart from the
// algorithm: the bead cost weights and the confidence model's coefficients. The file is written
// by `npm run eval:align -- --fit` (fitted on MAC-Dev only; see docs/benchmarks.md) and
// validated here when loaded.
import { z } from 'zod';
import data from './data/weights.json' with { type: 'json' };

const positive = z.number().positive();

export const CostWeightsSchema = z
  .object({
    /** Scale of the length-fit cost (the unit the other weights are measured in). */
    length: positive,
    /** Scale of the lexical cost, 1 − similarity^lexicalPower. */
    lexical: z.number().nonnegative(),
    /** Cost of leaving one segment unmatched. */
    unmatched: positive,
    /** Extra cost per segment beyond the first on either side of a bead. */
    merge: z.number().nonnegative(),
    /** Added to `merge` per extra Chinese segment (Chinese sentences split far more than merge). */
    mergeZh: z.number().nonnegative(),
    /**
     * Document-adaptive merge cost: an extra English segment in a bead costs
     * mergeScale · −ln(mergeFloor + max(0, (M − N) / N)), and likewise for Chinese, so a
     * document with many more English than Chinese sentences expects 1-n beads.
     */
    mergeScale: z.number().nonnegative(),
    mergeFloor: z.number().positive().max(1),
    /** Cost of each segment of a multi-segment side that has words but none matched (bead completeness). */
    incomplete: z.number().nonnegative(),
    /** Cost of a bead ending inside a quotation on one side and outside it on the other. */
    quote: z.number().nonnegative(),
    /** Below 1 spreads the low similarities apart. */
    lexicalPower: positive,
    /** Standard deviation of the log length ratio (classic Gale-Church is far tighter). */
    lengthSigma: positive,
  })
  .strict();
export type CostWeights = z.infer<typeof CostWeightsSchema>;

export const CONFIDENCE_FEATURES = ['bias', 'lexical', 'noLexicon', 'length', 'extraSegments', 'unmatched', 'margin', 'contest'] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

export const ConfidenceCoefficientsSchema = z.object(
  Object.fromEntries(CONFIDENCE_FEATURES.map((name) => [name, z.number().finite()])) as Record<ConfidenceFeature, z.ZodNumber>,
).strict();
export type ConfidenceCoefficients = z.infer<typeof ConfidenceCoefficientsSchema>;

export const LearningSchema = z
  .object({
    /** Second pass on or off. */
    enabled: z.boolean(),
    /** First-pass beads at least this confident train the learnt lexicon; 1-1 ones anchor the second pass. */
    anchorConfidence: z.number().min(0).max(1),
    /** EM iterations of IBM Model 1. */
    iterations: z.number().int().min(0).max(50),
    /** Initial weight of a dictionary pair relative to any other co-occurring pair. */
    dictionaryBoost: positive,
    /** Least translation probability of a learnt pair. */
    minProbability: z.number().min(0).max(1),
    /** Least number of training beads in which a learnt pair co-occurs. */
    minCount: z.number().int().min(1),
  })
  .strict();
export type Learning = z.infer<typeof LearningSchema>;

export const AlignWeightsSchema = z
  .object({
    version: z.literal(1),
    /** What the numbers were fitted on, in words. */
    fitted: z.string(),
    cost: CostWeightsSchema,
    confidence: ConfidenceCoefficientsSchema,
    learning: LearningSchema,
  })
  .strict();
export type AlignWeights = z.infer<typeof AlignWeightsSchema>;

/** The shipped weights (validated once, when this module loads). */
export const DEFAULT_WEIGHTS: AlignWeights = AlignWeightsSchema.parse(data);
