// Writers for one alignment level (beads over two segment lists): the `beads` text format of
// the shared contract, JSON with scores, and side-by-side TSV and Markdown for reading.
export { formatBeadLines, parseBeadLine } from './beads.js';
export { formatAlignmentJson, type AlignmentJson } from './json.js';
export { formatAlignmentTsv } from './tsv.js';
export { formatAlignmentMarkdown, markdownAlignmentTable } from './markdown.js';
export type { AlignmentView } from './view.js';
