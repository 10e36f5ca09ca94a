// The data that flows between pipeline stages, defined once as zod schemas so that files
// (manifest, decisions, JSON reports) are validated with the same shapes the code uses.
// Shared by every stage: add to it, do not reshape what others rely on.
import { z } from 'zod';

export const LanguageSchema = z.enum(['zh', 'en', 'other']);
export type Language = z.infer<typeof LanguageSchema>;

/** Han script variant by character statistics; `latin` for English, `none` when there is no text. */
export const ScriptSchema = z.enum(['simplified', 'traditional', 'mixed', 'latin', 'none']);
export type Script = z.infer<typeof ScriptSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A calendar date written YYYY-MM-DD that exists (2022-02-30 does not): manifests, options, the library. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date as YYYY-MM-DD', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'a date as YYYY-MM-DD that exists on the calendar');

// ---------------------------------------------------------------------------------------------
// Corpus manifest (corpus/manifest.json)

export const DocumentKindSchema = z.enum(['joint-statement', 'news-report', 'talks', 'other']);
export const DocumentOriginSchema = z.enum([
  'original',
  'official-translation',
  'machine-translation',
  'unknown',
]);

export const ManifestEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"'),
    file: z.string().min(1),
    language: LanguageSchema,
    date: IsoDateSchema.optional(),
    event: z.string().optional(),
    kind: DocumentKindSchema.default('other'),
    origin: DocumentOriginSchema.default('unknown'),
    source: z.string().optional(),
    /** Id of this document's translation or original: pairing takes the pair as declared. */
    counterpart: z.string().optional(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z
  .object({
    version: z.literal(1),
    documents: z.array(ManifestEntrySchema),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

// ---------------------------------------------------------------------------------------------
// Documents as read and normalised

/** A file decoded to a JavaScript string, exactly as given (line ends untouched). */
export interface SourceText {
  path: string;
  text: string;
  encoding: string;
}

/** A contiguous run copied from the source into the normalised text. */
export interface OffsetRun {
  norm: number;
  src: number;
  length: number;
}

export interface RemovedBlock {
  rule: string;
  description: string;
  /** 1-based lines of the source text. */
  startLine: number;
  endLine: number;
  text: string;
}

export interface NormalizedDocument {
  language: Language;
  script: Script;
  text: string;
  removed: RemovedBlock[];
  /** Maps offsets in `text` back to the source text (see normalize/offsets). */
  offsets: OffsetRun[];
}

export interface Sentence {
  text: string;
  /** Offsets into the normalised document text. */
  start: number;
  end: number;
}

export interface Paragraph {
  text: string;
  start: number;
  end: number;
  language: Language;
  /** Structural numbering at the head of the paragraph (一、, 1., First,), if any. */
  numbering?: string;
  /** Set when Chinese and English both carry a real share of the paragraph. */
  mixed?: boolean;
  sentences: Sentence[];
}

// ---------------------------------------------------------------------------------------------
// Alignment

/** One link: indices into the Chinese and English segment lists; an empty side is unmatched. */
export interface Bead {
  zh: number[];
  en: number[];
  /** Confidence in [0, 1]. */
  score: number;
}

// ---------------------------------------------------------------------------------------------
// Findings (see shared CONTRACTS: `check --format json`)

export const FixSchema = z.object({
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  replacement: z.string(),
});
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z.object({
  rule: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/),
  severity: SeveritySchema,
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  text: z.string(),
  suggestions: z.array(z.string()),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export interface FileFindings {
  path: string;
  findings: Finding[];
}

// ---------------------------------------------------------------------------------------------
// Glossary (schemas in src/glossary/schema.ts)

export type { GlossaryEntry, Garble, GarbleKind, GarbleContext, GlossaryExample, EntityType, ValidityPeriod, GlossaryFile } from './glossary/index.js';
