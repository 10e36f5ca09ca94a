// The zod schema of the aligner's weights (weights.ts): the shape and the ranges the search can
// use. Used when `eval:align --fit` writes the file and by its test; aligning itself only checks
// the shape (weights.ts), so that the command does not load zod.
import { z } from 'zod';
import { CONFIDENCE_FEATURES, type AlignWeights } from './weights.js';

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

export const ConfidenceCoefficientsSchema = z
  .object(Object.fromEntries(CONFIDENCE_FEATURES.map((name) => [name, z.number().finite()])) as Record<(typeof CONFIDENCE_FEATURES)[number], z.ZodNumber>)
  .strict();

export const LearningSchema = z
  .object({
    enabled: z.boolean(),
    anchorConfidence: z.number().min(0).max(1),
    iterations: z.number().int().min(0).max(50),
    dictionaryBoost: positive,
    minProbability: z.number().min(0).max(1),
    minCount: z.number().int().min(1),
  })
  .strict();

export const AlignWeightsSchema = z
  .object({
    version: z.literal(1),
    fitted: z.string(),
    cost: CostWeightsSchema,
    confidence: ConfidenceCoefficientsSchema,
    learning: LearningSchema,
  })
  .strict();

// The schema and the hand-written types describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemaMatchesTypes: Same<z.infer<typeof AlignWeightsSchema>, AlignWeights> = true;
