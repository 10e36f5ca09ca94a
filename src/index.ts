// The library API: what `import … from 'silkalign'` gives.
export * from './types.js';
export { InputError } from './errors.js';
export { readSourceFile, decodeBytes, loadCorpus, detectLanguage, detectScript } from './corpus/index.js';
export { normalizeDocument, toSourceOffset } from './normalize/index.js';
export { segmentParagraphs, splitSentences } from './segment/index.js';
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
  type ParallelSegment,
  type ReviewReport,
} from './export/index.js';
