// Writers over plain data: parallel text (TMX, TSV, JSONL, Moses) and review reports (HTML,
// Markdown). C2's finding formatters live in ./findings, C1's glossary exports in ./glossary.
export { selectSegments, roundScore, type ParallelSegment } from './parallel.js';
export { escapeXml } from './xml.js';
export { formatTmx, type TmxOptions } from './tmx.js';
export { formatTsv, parseTsv, escapeTsvField, unescapeTsvField } from './tsv.js';
export { formatJsonl, parseJsonl } from './jsonl.js';
export { formatMoses, parseMoses, type MosesFiles } from './moses.js';
