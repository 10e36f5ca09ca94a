// Writers over plain data: parallel text (TMX, TSV, JSONL, Moses) and review reports (HTML,
// Markdown). C2's finding formatters live in ./findings, C1's glossary exports in ./glossary.
export { selectSegments, type ParallelSegment } from './parallel.js';
export { escapeMarkdown, markdownCode, escapeXml, escapeTsvField, unescapeTsvField } from '../escape.js';
export { formatTmx, type TmxOptions } from './tmx.js';
export { formatParallel, runFileOf, RUN_FILE_STEMS, type ParallelFormat, type ParallelFormatOptions, type ParallelStream } from './parallel-format.js';
export { parallelFormat, parallelFormats } from './parallel-formats.js';
export { formatTsv, parseTsv } from './tsv.js';
export { formatJsonl, parseJsonl } from './jsonl.js';
export { formatMoses, parseMoses, type MosesFiles } from './moses.js';
export { placeFindings, joinSegments, countBySeverity, countByRule, type ReviewReport, type ReviewRow, type FindingMark, type SourceSegment, type RowKind } from './report-model.js';
export { buildPairReport, buildDocumentReport, findingFacts, type PairReportInput, type DocumentReportInput } from './review.js';
export { formatReportHtml } from './report-html.js';
export { formatReportMarkdown } from './report-markdown.js';
export { formatIndexHtml, type CorpusIndex, type IndexConsistencyRow, type IndexPair, type IndexDocument, type IndexLink } from './report-index.js';
export {
  formatFindings,
  findingsFormats,
  findingsFormatter,
  findingsFormatters,
  findingsMarkdown,
  findingsSummaryMarkdown,
  findingsSummaryRow,
  type FindingsFormat,
  type FindingsFormatOptions,
  type FindingsFormatter,
  type FindingsStream,
  type FindingsSummaryRow,
} from './findings/index.js';
export { sourceSegments, fixSegment, parallelSegments, pairParallel, type ParallelInput, type PairParallelInput } from './parallel-build.js';
export { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from './output-marker.js';
export { formatGlossaryTbx, formatGlossaryOmegaT, type GlossaryExportOptions } from './glossary.js';
