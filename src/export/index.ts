// Writers over plain data: parallel text (TMX, TSV, JSONL, Moses) and review reports (HTML,
// Markdown). C2's finding formatters live in ./findings, C1's glossary exports in ./glossary.
export { selectSegments, roundScore, type ParallelSegment } from './parallel.js';
export { escapeXml } from './xml.js';
export { formatTmx, renumberTmxUnits, splitTmx, type TmxOptions, type TmxParts } from './tmx.js';
export { formatTsv, parseTsv, escapeTsvField, unescapeTsvField } from './tsv.js';
export { formatJsonl, parseJsonl } from './jsonl.js';
export { formatMoses, parseMoses, type MosesFiles } from './moses.js';
export { placeFindings, joinSegments, countBySeverity, countByRule, type ReviewReport, type ReviewRow, type FindingMark, type SourceSegment, type RowKind } from './report-model.js';
export { buildPairReport, buildDocumentReport, findingFacts, type PairReportInput, type DocumentReportInput } from './review.js';
export { formatReportHtml } from './report-html.js';
export { formatReportMarkdown, escapeMarkdown } from './report-markdown.js';
export { formatIndexHtml, type CorpusIndex, type IndexConsistencyRow, type IndexPair, type IndexDocument, type IndexLink } from './report-index.js';
export { formatFindings, findingsFormats, findingsMarkdown, findingsSummaryMarkdown, type FindingsFormat } from './findings/index.js';
export { sourceSegments, fixSegment, parallelSegments, pairParallel, type ParallelInput, type PairParallelInput } from './parallel-build.js';
export { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from './output-marker.js';
export { formatGlossaryTbx, formatGlossaryOmegaT, type GlossaryExportOptions } from './glossary.js';
