// The glossary's shape (corpus/glossary.json), as zod schemas: one place defines what an entry is.
import { z } from 'zod';

export const EntityTypeSchema = z.enum([
  'country',
  'capital',
  'city',
  'region',
  'port',
  'border-crossing',
  'corridor',
  'railway',
  'geographic',
  'person',
  'title',
  'organisation',
  'body',
  'mechanism',
  'event',
  'initiative',
  'treaty',
  'document',
  'set-phrase',
  'demonym',
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * Entity types that are names (proper nouns): what the cross-lingual name checks look for, and
 * what glossary exports mark as proper nouns. The one definition: every stage asks this set.
 */
export const NAME_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'country', 'capital', 'city', 'region', 'port', 'border-crossing', 'corridor', 'railway', 'geographic',
  'person', 'organisation', 'body',
]);

/** Names transliterated from Chinese or into it (a subset of the names): where pinyin says something about the English. */
export const TRANSLITERATED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'country', 'capital', 'city', 'region', 'port', 'border-crossing', 'geographic', 'person',
]);

/** A date or month, as YYYY-MM-DD or YYYY-MM. */
const PartialDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date as YYYY-MM or YYYY-MM-DD');

export const ValidityPeriodSchema = z
  .object({ from: PartialDate.optional(), to: PartialDate.optional() })
  .strict()
  .refine((p) => p.from !== undefined || p.to !== undefined, 'give at least one of "from" or "to"');
export type ValidityPeriod = z.infer<typeof ValidityPeriodSchema>;

/**
 * Where a garble counts as one. Without a context it always does. With one, it does when the
 * aligned Chinese paragraph contains one of `zh`, or (no Chinese given) when the regular
 * expression `en` (case-insensitive) matches the sentence around it and covers the garble.
 */
export const GarbleContextSchema = z
  .object({
    zh: z.array(z.string().min(1)).optional(),
    en: z.string().min(1).optional(),
  })
  .strict();
export type GarbleContext = z.infer<typeof GarbleContextSchema>;

/** garble: machine-translation mangling; calque: a literal rendering; misspelling: a near miss. */
export const GarbleKindSchema = z.enum(['garble', 'calque', 'misspelling']);
export type GarbleKind = z.infer<typeof GarbleKindSchema>;

/** Why a garble needs a reviewer: its reading is a guess, or its fix needs the sentence rewritten. */
export const GarbleReviewSchema = z.enum(['unverified', 'rewrite']);
export type GarbleReview = z.infer<typeof GarbleReviewSchema>;

export const GarbleSchema = z
  .object({
    text: z.string().min(1),
    correction: z.string().min(1),
    /** True when replacing `text` by `correction` needs no human judgement (a safe fix). */
    safe: z.boolean(),
    /**
     * Why a person must look before anything is replaced: `unverified` (the reading of the
     * garble is a guess), `rewrite` (the correction is right but the sentence around it must be
     * rewritten). Such a garble is reported as a warning ("suspected garble: needs a reviewer")
     * and is never safe. Absent: the garble is certain and reported as an error.
     */
    review: GarbleReviewSchema.optional(),
    kind: GarbleKindSchema.default('garble'),
    context: GarbleContextSchema.optional(),
    note: z.string().optional(),
  })
  .strict();
export type Garble = z.infer<typeof GarbleSchema>;

/**
 * An office a person held: the English title as written before the name ("Foreign Minister",
 * "Chairman of the Mazhilis"), the entry of the country or body it belongs to, and when. Names
 * do not change with an office, so a person's entry has offices rather than `valid` dates; a
 * check can tell "Foreign Minister Qin Gang" in a 2024 text from one in 2023.
 */
export const OfficeSchema = z
  .object({
    title: z.string().min(1),
    /** Id of the entry of the country, organisation or body the office belongs to. */
    of: z.string().optional(),
    /** First and last day in office (YYYY-MM or YYYY-MM-DD, inclusive); absent: not known or open. */
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    /** Held in an acting capacity ("Acting Foreign Minister"). */
    acting: z.boolean().optional(),
  })
  .strict();
export type Office = z.infer<typeof OfficeSchema>;

/** `bad` → `good`: the checker flags `bad` and suggests what `good` says; `good` alone: it stays quiet. */
export const GlossaryExampleSchema = z
  .object({
    bad: z.string().min(1).optional(),
    good: z.string().min(1),
    /** The aligned Chinese, for examples only a cross-lingual check can catch. */
    zh: z.string().optional(),
    /** The document date (YYYY-MM-DD), for validity examples. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();
export type GlossaryExample = z.infer<typeof GlossaryExampleSchema>;

export const GlossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case: lower-case letters, digits and "-"'),
    type: EntityTypeSchema,
    /** Simplified Chinese forms, the usual one first. */
    zhHans: z.array(z.string().min(1)).default([]),
    /** Traditional Chinese forms. */
    zhHant: z.array(z.string().min(1)).default([]),
    /** Pinyin of the first Simplified form, with tones ("dù shàng bié"): near-miss transliteration. */
    pinyin: z.string().min(1).optional(),
    preferred: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    garbles: z.array(GarbleSchema).default([]),
    /** When the name was in use; absent: always. */
    valid: z.array(ValidityPeriodSchema).optional(),
    /** Id of the entry naming the same thing at other dates (Nur-Sultan ↔ Astana). */
    sameAs: z.string().optional(),
    /** Offices the person held (only on `person` entries). */
    offices: z.array(OfficeSchema).optional(),
    /** Where the renderings were seen; "unverified" where they were not. */
    source: z.string().min(1),
    note: z.string().optional(),
    examples: z.array(GlossaryExampleSchema).default([]),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type GlossaryEntryInput = z.input<typeof GlossaryEntrySchema>;

export const GlossaryFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    description: z.string().optional(),
    entries: z.array(GlossaryEntrySchema),
  })
  .strict();
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;
