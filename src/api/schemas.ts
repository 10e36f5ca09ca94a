// The shapes the library's functions take, as zod schemas for the boundary checks (checked.ts).
// Data a user builds by hand is checked field by field; objects only silkalign makes (a loaded
// glossary, an aligner context, a review report) are recognised by their kind. Option objects are
// strict, so that a misspelt option is named instead of ignored.
import { z } from 'zod';
import { REPORT_SELECTIONS } from '../app/index.js';
import { AlignmentContext, checkWeightsShape, type AlignWeights } from '../align/index.js';
import { DecisionFileSchema, DecisionSchema } from '../fix/index.js';
import { GlossaryEntrySchema, type Glossary } from '../glossary/index.js';
import { FindingSchema, FixSchema, IsoDateSchema, LanguageSchema, ManifestEntrySchema, ScriptSchema } from '../types.js';

export const text = z.string();
export const strings = z.array(z.string());
export const offset = z.number().int().nonnegative();
export const score = z.number().min(0).max(1);
export const date = IsoDateSchema;
export const language = LanguageSchema;
export const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { error: 'a function' });

export const sentence = z.looseObject({ text, start: offset, end: offset });
export const paragraph = z.looseObject({
  text,
  start: offset,
  end: offset,
  language,
  numbering: z.string().optional(),
  mixed: z.boolean().optional(),
  sentences: z.array(sentence),
});
export const paragraphs = z.array(paragraph);
/** A document for the aligner: its text, or its paragraphs from segmentParagraphs. */
export const document = z.union([text, paragraphs], { error: 'a text (string) or its paragraphs (segmentParagraphs)' });

export const offsetRun = z.looseObject({ norm: offset, src: offset, length: offset });
export const normalized = z.looseObject({
  language,
  script: ScriptSchema,
  text,
  removed: z.array(z.looseObject({ rule: z.string(), startLine: z.number().int(), endLine: z.number().int(), text })),
  offsets: z.array(offsetRun),
});
export const bead = z.looseObject({ zh: z.array(offset), en: z.array(offset), score });
export const beads = z.array(bead);
export const finding = FindingSchema;
export const findings = z.array(finding);
export const fix = FixSchema;
export const decision = DecisionSchema;
export const decisions = z.array(DecisionSchema);
export const decisionFile = DecisionFileSchema;
export const sourceText = z.looseObject({ path: z.string(), text, encoding: z.string() });
export const manifestEntry = ManifestEntrySchema;
export const corpusEntry = z.looseObject({ entry: ManifestEntrySchema, source: sourceText });
export const glossaryEntry = GlossaryEntrySchema;
export const sourceSegment = z.looseObject({ text, sourceStart: offset, sourceEnd: offset });

export const glossary = z.custom<Glossary>(
  (v) => v !== null && typeof v === 'object' && Array.isArray((v as Glossary).entries) && (v as Glossary).byId instanceof Map && typeof (v as Glossary).path === 'string',
  { error: 'a glossary (loadGlossary, parseGlossary or glossaryFromData)' },
);
export const alignmentContext = z.instanceof(AlignmentContext, { error: 'an AlignmentContext (new AlignmentContext())' });
export const extraLexicon = z.array(z.looseObject({ zh: strings, en: strings }));
export const mode = z.enum(['auto', 'translation', 'comparable']);
export const maxBead = z.number().int().min(1).max(6);
/** Aligner weights: the shape of DEFAULT_WEIGHTS (checked without zod, as the aligner checks its own file). */
const alignWeights = z.custom<AlignWeights>(
  (v) => {
    try {
      checkWeightsShape(v, 'weights');
      return true;
    } catch {
      return false;
    }
  },
  { error: 'aligner weights shaped as DEFAULT_WEIGHTS' },
);

export const prepared = z.looseObject({ entry: ManifestEntrySchema, source: sourceText, normalized, paragraphs });
export const english = z.looseObject({ normalized, paragraphs });
/** The Chinese for the cross-lingual checks: its text, or paragraphs with their alignment to the English. */
export const chinese = z.union([z.looseObject({ text }), z.looseObject({ paragraphs, alignment: z.looseObject({ mode: z.string(), paragraphs: z.array(z.looseObject({})), sentences: beads }) })], {
  error: 'the Chinese as { text } or { paragraphs, alignment }',
});
export const parallelSegment = z.looseObject({ zh: text, en: text, score, relation: z.enum(['translation', 'comparable']), source: z.string(), bead: offset.optional() });
export const parallelSegments = z.array(parallelSegment);
export const parallelFormat = z.looseObject({ name: z.string(), files: strings, open: fn });
export const reviewReport = z.looseObject({ kind: z.enum(['pair', 'document']), title: z.string(), facts: z.array(z.tuple([z.string(), z.string()])), rows: z.array(z.looseObject({})), findings });
export const fileFindings = z.array(z.looseObject({ path: z.string(), findings }));
export const pairingDocument = z.looseObject({ id: z.string(), language, paragraphs, date: date.optional(), event: z.string().optional(), counterpart: z.string().optional() });

// Option objects.
export const documentAlignOptions = z.strictObject({ maxBead: maxBead.optional(), mode: mode.optional(), context: alignmentContext.optional() });
export const beadSearchOptions = z.strictObject({
  maxBead: maxBead.optional(),
  bandWidth: z.number().int().positive().optional(),
  extraLexicon: extraLexicon.optional(),
  context: alignmentContext.optional(),
  scorer: fn.optional(),
  lengthOnly: z.boolean().optional(),
  weights: alignWeights.optional(),
});
export const normalizeOptions = z.strictObject({ language: language.optional(), keepBoilerplate: z.boolean().optional() });
export const prepareOptions = z.strictObject({ keepBoilerplate: z.boolean().optional() });
export const pairAlignOptions = z.strictObject({ level: z.enum(['paragraph', 'sentence']), mode, maxBead: maxBead.optional(), keepBoilerplate: z.boolean().optional() });
export const checkOptions = z.strictObject({
  glossary: glossary.optional(),
  date: date.optional(),
  chinese: chinese.optional(),
  english: english.optional(),
  rules: strings.optional(),
  disable: strings.optional(),
  note: fn.optional(),
  alignment: alignmentContext.optional(),
});
export const fixEnglishOptions = z.strictObject({ glossary, chineseText: text.optional(), date: date.optional(), decisions, keep: fn.optional() });
export const fixTextOptions = z.strictObject({ decisions: decisions.optional(), maxPasses: z.number().int().positive().optional() });
export const pairExportOptions = z.strictObject({
  glossary,
  decisions,
  mode: mode.optional(),
  minScore: score,
  comparable: z.boolean().optional(),
  zhEntry: manifestEntry.optional(),
  enEntry: manifestEntry.optional(),
  date: date.optional(),
  source: z.string(),
});
export const appContext = z.looseObject({ glossary, decisions, alignment: alignmentContext });
export const unitOptions = z.strictObject({ minScore: score, reports: z.union([z.enum(REPORT_SELECTIONS), z.literal(false)]), keepBoilerplate: z.boolean().optional() });
export const runOptions = z.strictObject({
  keepBoilerplate: z.boolean().optional(),
  log: fn.optional(),
  decisions: decisions.optional(),
  glossary: glossary.optional(),
  toolVersion: z.string().optional(),
});
export const nearMissOptions = z.strictObject({ threshold: score.optional(), limit: z.number().int().positive().optional() });
export const findingsFormatOptions = z.strictObject({ color: z.boolean().optional(), rules: z.array(z.looseObject({})).optional(), toolVersion: z.string().optional() });
export const toolVersionOptions = z.strictObject({ toolVersion: z.string() });
export const detectOptions = z.strictObject({ otherLatinAs: language.optional() });
export const contextOptions = z.strictObject({ extraLexicon: extraLexicon.optional() });
export const pairingOptions = z.strictObject({ maxBead: maxBead.optional(), context: alignmentContext.optional() });
export const garbleContext = z.strictObject({ zh: text.optional(), text, start: offset, end: offset });
export const pairParallelInput = z.strictObject({
  zhSentences: z.array(sentence),
  enSentences: z.array(sentence),
  enToSource: fn,
  beads,
  findings,
  source: z.string(),
  relation: z.enum(['translation', 'comparable']),
});
export const documentReportInput = z.strictObject({
  title: z.string(),
  facts: z.array(z.tuple([z.string(), z.string()])),
  language,
  paragraphs: z.array(sourceSegment),
  findings,
  rejected: offset.optional(),
});
export const pairReportInput = z.strictObject({
  title: z.string(),
  facts: z.array(z.tuple([z.string(), z.string()])),
  zhSentences: strings,
  enSentences: z.array(sourceSegment),
  beads,
  findings,
  rejected: offset.optional(),
});
const indexLink = z.looseObject({ href: z.string(), label: z.string() });
export const corpusIndex = z.looseObject({
  title: z.string(),
  pairs: z.array(z.looseObject({ id: z.string(), zh: z.string(), en: z.string(), relation: z.string(), score, errors: offset, warnings: offset, reports: z.array(indexLink) })),
  documents: z.array(z.looseObject({ id: z.string(), language: z.string(), errors: offset, warnings: offset, info: offset, links: z.array(indexLink) })),
  exports: z.array(indexLink),
});
export const mosesFiles = z.looseObject({ zh: text, en: text });
export const decisionChoice = z.looseObject({ decision: z.enum(['accept', 'reject', 'edit']), replacement: z.string().optional(), note: z.string().optional() });
export const findingSpan = z.looseObject({ offset, length: offset });
export const bytes = z.instanceof(Uint8Array, { error: 'bytes (a Uint8Array or Buffer)' });
