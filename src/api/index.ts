// The library's functions as a user imports them: each one the stage's or use case's own, its
// arguments checked first (checked.ts, schemas in schemas.ts), so that wrong input is an
// InputError naming the function and the argument instead of a TypeError deep inside. The
// public entry of src/api; src/index.ts exports these in place of the unchecked ones.
import * as align from '../align/index.js';
import type { AlignmentContextOptions, DocumentAlignment, DocumentAlignOptions } from '../align/index.js';
import * as app from '../app/index.js';
import * as checks from '../checks/index.js';
import * as corpus from '../corpus/index.js';
import * as exporting from '../export/index.js';
import * as fixing from '../fix/index.js';
import * as glossaries from '../glossary/index.js';
import * as normalize from '../normalize/index.js';
import * as pipeline from '../pipeline/index.js';
import { roundScore as roundScoreUnchecked } from '../scores.js';
import * as segment from '../segment/index.js';
import { z } from 'zod';
import type { GlossarySource } from '../app/index.js';
import type { Paragraph } from '../types.js';
import { checkArguments, checked, checkedAsync } from './checked.js';
import * as S from './schemas.js';

const optional = <T extends z.ZodType>(schema: T) => schema.optional();

// Application layer: the commands' use cases.
export const prepareDocument = checked('prepareDocument', [['entry', S.manifestEntry], ['source', S.sourceText], ['options', optional(S.prepareOptions)]], app.prepareDocument);
export const prepareText = checked('prepareText', [['text', S.text], ['language', S.language], ['options', optional(S.prepareOptions)]], app.prepareText);
export const pairPrepared = checked('pairPrepared', [['documents', z.array(S.prepared)], ['alignment', optional(S.alignmentContext)]], app.pairPrepared);
export const alignTexts = checked('alignTexts', [['zh', S.sourceText], ['en', S.sourceText], ['options', S.pairAlignOptions]], app.alignTexts);
export const alignLines = checked('alignLines', [['zh', S.sourceText], ['en', S.sourceText], ['options', S.pairAlignOptions.partial({ level: true })]], app.alignLines);
export const checkEnglish = checked('checkEnglish', [['text', S.text], ['options', optional(S.checkOptions)]], app.checkEnglish);
export const fixEnglish = checked('fixEnglish', [['text', S.text], ['options', S.fixEnglishOptions]], app.fixEnglish);
export const exportPair = checked('exportPair', [['zhSource', S.sourceText], ['enSource', S.sourceText], ['options', S.pairExportOptions]], app.exportPair);
export const analyseUnit = checked('analyseUnit', [['entries', z.array(S.corpusEntry)], ['ctx', S.appContext], ['options', S.unitOptions]], app.analyseUnit);
export const runPipeline = checked('runPipeline', [['entries', z.array(S.corpusEntry)], ['options', optional(S.runOptions)]], pipeline.runPipeline);

/** Loads glossaries once each; `load` and `loadPortable` check what they are given. */
export class GlossaryLoader extends app.GlossaryLoader {
  override load(source?: GlossarySource): glossaries.Glossary {
    checkArguments('GlossaryLoader.load', [['source', optional(z.strictObject({ file: optional(z.string()), text: optional(S.text) }))]], [source]);
    return super.load(source);
  }
  override loadPortable(file?: string): ReturnType<app.GlossaryLoader['loadPortable']> {
    checkArguments('GlossaryLoader.loadPortable', [['file', optional(z.string())]], [file]);
    return super.loadPortable(file);
  }
}

/** A file's manifest entry and date; `entryOf` and `dateOf` check what they are given. */
export class ManifestLookup extends app.ManifestLookup {
  override async entryOf(file: string): ReturnType<app.ManifestLookup['entryOf']> {
    checkArguments('ManifestLookup.entryOf', [['file', z.string()]], [file]);
    return super.entryOf(file);
  }
  override async dateOf(file: string, given?: string): ReturnType<app.ManifestLookup['dateOf']> {
    checkArguments('ManifestLookup.dateOf', [['file', z.string()], ['given', optional(S.date)]], [file, given]);
    return super.dateOf(file, given);
  }
}

// Reading and normalising.
export const readSourceFile = checkedAsync('readSourceFile', [['path', z.string().min(1)]], corpus.readSourceFile);
export const decodeBytes = checked('decodeBytes', [['bytes', S.bytes], ['path', z.string()]], corpus.decodeBytes);
export const loadCorpus = checkedAsync('loadCorpus', [['dir', z.string().min(1)]], corpus.loadCorpus);
export const detectLanguage = checked('detectLanguage', [['text', S.text]], corpus.detectLanguage);
export const detectParagraphLanguage = checked('detectParagraphLanguage', [['text', S.text], ['options', optional(S.detectOptions)]], corpus.detectParagraphLanguage);
export const detectScript = checked('detectScript', [['text', S.text]], corpus.detectScript);
export const traditionalToSimplified = checked('traditionalToSimplified', [['text', S.text]], corpus.traditionalToSimplified);
export const normalizeDocument = checked('normalizeDocument', [['text', S.text], ['options', optional(S.normalizeOptions)]], normalize.normalizeDocument);
export const toSourceOffset = checked('toSourceOffset', [['offsets', z.array(S.offsetRun)], ['n', S.offset]], normalize.toSourceOffset);
export const stripPinyinGlosses = checked('stripPinyinGlosses', [['text', S.text]], normalize.stripPinyinGlosses);
export const segmentParagraphs = checked('segmentParagraphs', [['doc', z.looseObject({ text: S.text, language: S.language })]], segment.segmentParagraphs);
export const splitSentences = checked('splitSentences', [['text', S.text], ['language', S.language]], segment.splitSentences);
export const paragraphNumbering = checked('paragraphNumbering', [['text', S.text]], segment.paragraphNumbering);

// Aligning.
export const alignSegments = checked('alignSegments', [['zh', S.strings], ['en', S.strings], ['options', optional(S.beadSearchOptions)]], align.alignSegments);
/**
 * Aligns two documents paragraph by paragraph, then sentence by sentence inside each paragraph
 * link. Each side is a text (normalised and segmented here, as Chinese and as English) or its
 * paragraphs from segmentParagraphs.
 */
export const alignDocuments = checked(
  'alignDocuments',
  [['zh', S.document], ['en', S.document], ['options', optional(S.documentAlignOptions)]],
  (zh: string | readonly Paragraph[], en: string | readonly Paragraph[], options?: DocumentAlignOptions): DocumentAlignment =>
    align.alignDocuments(asParagraphs(zh, 'zh'), asParagraphs(en, 'en'), options),
);
const asParagraphs = (doc: string | readonly Paragraph[], language: 'zh' | 'en'): Paragraph[] => (typeof doc === 'string' ? app.prepareText(doc, language).paragraphs : [...doc]);
export const pairDocuments = checked('pairDocuments', [['docs', z.array(S.pairingDocument)], ['options', optional(S.pairingOptions)]], align.pairDocuments);
export const linkComparable = checked('linkComparable', [['zh', S.strings], ['en', S.strings], ['context', optional(S.alignmentContext)]], align.linkComparable);
export const lexicalSimilarity = checked('lexicalSimilarity', [['zh', S.text], ['en', S.text], ['lexicon', optional(z.looseObject({ lookup: S.fn, has: S.fn, pinyin: S.fn }))]], align.lexicalSimilarity);
export const formatBeadLines = checked('formatBeadLines', [['beads', S.beads]], align.formatBeadLines);
export const parseBeadLine = checked('parseBeadLine', [['line', S.text]], align.parseBeadLine);
export const lexicalScorer = checked('lexicalScorer', [['context', S.alignmentContext]], align.lexicalScorer);
export const createAlignmentContext = checked('createAlignmentContext', [['options', optional(S.contextOptions)]], align.createAlignmentContext);

/** The aligner's lexicon and memo of analysed texts, to share between calls; its options are checked. */
export class AlignmentContext extends align.AlignmentContext {
  constructor(options?: AlignmentContextOptions) {
    checkArguments('AlignmentContext', [['options', optional(S.contextOptions)]], [options]);
    super(options);
  }
}

// Checking and the glossary.
export const listRules = checked('listRules', [], checks.listRules);
export const loadGlossary = checked('loadGlossary', [['path', optional(z.string().min(1))]], glossaries.loadGlossary);
export const parseGlossary = checked('parseGlossary', [['raw', S.text], ['file', z.string()]], glossaries.parseGlossary);
export const glossaryFromData = checked('glossaryFromData', [['data', z.unknown()], ['file', optional(z.string())], ['raw', optional(S.text)]], glossaries.glossaryFromData);
export const validateGlossaryData = checked('validateGlossaryData', [['data', z.unknown()]], glossaries.validateGlossaryData);
export const findEnglishTerms = checked('findEnglishTerms', [['glossary', S.glossary], ['text', S.text]], glossaries.findEnglishTerms);
export const findChineseTerms = checked('findChineseTerms', [['glossary', S.glossary], ['text', S.text]], glossaries.findChineseTerms);
export const nearMissCandidates = checked('nearMissCandidates', [['glossary', S.glossary], ['span', S.text], ['options', optional(S.nearMissOptions)]], glossaries.nearMissCandidates);
export const nameValidity = checked('nameValidity', [['glossary', S.glossary], ['entry', S.glossaryEntry], ['date', S.date]], glossaries.nameValidity);
export const garbleApplies = checked('garbleApplies', [['garble', z.looseObject({ text: S.text })], ['input', S.garbleContext]], glossaries.garbleApplies);
export const englishFormsRegExp = checked('englishFormsRegExp', [['glossary', S.glossary]], glossaries.englishFormsRegExp);
export const formatGlossaryTbx = checked('formatGlossaryTbx', [['entries', z.array(S.glossaryEntry)], ['options', S.toolVersionOptions]], exporting.formatGlossaryTbx);
export const formatGlossaryOmegaT = checked('formatGlossaryOmegaT', [['entries', z.array(S.glossaryEntry)]], exporting.formatGlossaryOmegaT);

// Fixing and decisions.
export const applyFixes = checked('applyFixes', [['text', S.text], ['fixes', z.array(S.fix)]], fixing.applyFixes);
export const fixText = checked('fixText', [['text', S.text], ['check', S.fn], ['options', optional(S.fixTextOptions)]], fixing.fixText);
export const unifiedDiff = checked('unifiedDiff', [['path', z.string()], ['before', S.text], ['after', S.text], ['context', optional(z.number().int().nonnegative())]], fixing.unifiedDiff);
export const applyDecisions = checked('applyDecisions', [['sourceText', S.text], ['findings', S.findings], ['decisions', S.decisions]], fixing.applyDecisions);
export const matchDecision = checked('matchDecision', [['decisions', S.decisions], ['sourceText', S.text], ['finding', S.finding]], fixing.matchDecision);
export const recordDecision = checked('recordDecision', [['file', S.decisionFile], ['sourceText', S.text], ['finding', S.finding], ['decision', S.decisionChoice]], fixing.recordDecision);
export const parseDecisions = checked('parseDecisions', [['json', S.text], ['path', z.string()]], fixing.parseDecisions);
export const serializeDecisions = checked('serializeDecisions', [['file', S.decisionFile]], fixing.serializeDecisions);
export const findingContext = checked('findingContext', [['sourceText', S.text], ['finding', S.findingSpan], ['words', optional(z.number().int().nonnegative())]], fixing.findingContext);

// Exporting.
export const formatTmx = checked('formatTmx', [['segments', S.parallelSegments], ['options', S.toolVersionOptions]], exporting.formatTmx);
export const formatTsv = checked('formatTsv', [['segments', S.parallelSegments]], exporting.formatTsv);
export const formatJsonl = checked('formatJsonl', [['segments', S.parallelSegments]], exporting.formatJsonl);
export const formatMoses = checked('formatMoses', [['segments', S.parallelSegments]], exporting.formatMoses);
export const formatParallel = checked('formatParallel', [['format', S.parallelFormat], ['segments', S.parallelSegments], ['options', S.toolVersionOptions]], exporting.formatParallel);
export const parseTsv = checked('parseTsv', [['tsv', S.text]], exporting.parseTsv);
export const parseJsonl = checked('parseJsonl', [['jsonl', S.text]], exporting.parseJsonl);
export const parseMoses = checked('parseMoses', [['files', S.mosesFiles]], exporting.parseMoses);
export const selectSegments = checked('selectSegments', [['segments', S.parallelSegments], ['minScore', optional(S.score)]], exporting.selectSegments);
export const pairParallel = checked('pairParallel', [['input', S.pairParallelInput]], exporting.pairParallel);
export const buildPairReport = checked('buildPairReport', [['input', S.pairReportInput]], exporting.buildPairReport);
export const buildDocumentReport = checked('buildDocumentReport', [['input', S.documentReportInput]], exporting.buildDocumentReport);
export const formatReportHtml = checked('formatReportHtml', [['report', S.reviewReport]], exporting.formatReportHtml);
export const formatReportMarkdown = checked('formatReportMarkdown', [['report', S.reviewReport]], exporting.formatReportMarkdown);
export const formatIndexHtml = checked('formatIndexHtml', [['index', S.corpusIndex]], exporting.formatIndexHtml);
export const formatFindings = checked(
  'formatFindings',
  [['files', S.fileFindings], ['format', z.enum(exporting.findingsFormats as [string, ...string[]])], ['options', optional(S.findingsFormatOptions)]],
  exporting.formatFindings,
);
export const roundScore = checked('roundScore', [['score', z.number()], ['decimals', z.number().int().min(0).max(15)]], roundScoreUnchecked);
