// Normalisation and segmentation throughput over the five seeds, in process (after one warm-up
// pass that loads the dictionaries): milliseconds per pass and characters per second.
// Usage: npm run build && node tests/bench/normalize-throughput.mjs [passes]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { normalizeDocument } from '../../dist/normalize/index.js';
import { segmentParagraphs } from '../../dist/segment/index.js';

const root = join(import.meta.dirname, '..', '..');
const passes = Number(process.argv[2] ?? 20);
const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8'));
const docs = manifest.documents.map((d) => ({ ...d, text: readFileSync(join(root, 'corpus', d.file), 'utf8') }));
const chars = docs.reduce((n, d) => n + d.text.length, 0);

let start = performance.now();
for (const d of docs) segmentParagraphs(normalizeDocument(d.text, { language: d.language }));
const first = performance.now() - start;

start = performance.now();
for (let i = 0; i < passes; i++) for (const d of docs) segmentParagraphs(normalizeDocument(d.text, { language: d.language }));
const each = (performance.now() - start) / passes;

console.log(`seeds: ${docs.length} documents, ${chars} characters`);
console.log(`first pass (loads OpenCC, pinyin, charsets)  ${first.toFixed(0)} ms`);
console.log(`warm pass, mean of ${passes}                  ${each.toFixed(1)} ms   ${((chars / each) * 1000 / 1e6).toFixed(2)} M chars/s`);
