// The library API: what `import … from 'silkalign'` gives.
export * from './types.js';
export { InputError } from './errors.js';
export {
  readSourceFile,
  decodeBytes,
  loadCorpus,
  detectLanguage,
  detectParagraphLanguage,
  detectScript,
  traditionalToSimplified,
  type CorpusEntry,
  type LanguageProfile,
} from './corpus/index.js';
export { normalizeDocument, toSourceOffset, stripPinyinGlosses, type NormalizeOptions } from './normalize/index.js';
export { segmentParagraphs, splitSentences, paragraphNumbering } from './segment/index.js';
export {
  alignSegments,
  alignDocuments,
  pairDocuments,
  linkComparable,
  lexicalSimilarity,
  formatBeadLines,
  parseBeadLine,
  type BeadSearchOptions,
  type AlignmentMode,
  type DocumentAlignOptions,
  type DocumentAlignment,
  type ParagraphBead,
  type PairingDocument,
  type Pairing,
  type DocumentPair,
  type PairCandidate,
  type PairRelation,
} from './align/index.js';
export { checkEnglish, listRules, type CheckOptions, type ChineseInput, type RuleInfo } from './checks/index.js';
export {
  applyFixes,
  fixText,
  unifiedDiff,
  applyDecisions,
  matchDecision,
  recordDecision,
  parseDecisions,
  serializeDecisions,
  findingContext,
  DecisionFileSchema,
  type FixResult,
  type FixTextResult,
  type TextChecker,
  type Decision,
  type DecisionFile,
} from './fix/index.js';
export {
  formatTmx,
  formatTsv,
  formatJsonl,
  formatMoses,
  parseTsv,
  parseJsonl,
  parseMoses,
  selectSegments,
  pairParallel,
  buildPairReport,
  buildDocumentReport,
  formatReportHtml,
  formatReportMarkdown,
  formatIndexHtml,
  formatFindings,
  type FindingsFormat,
  type ParallelSegment,
  type ReviewReport,
} from './export/index.js';
