// The fixer and the writers over the 2022 seed: applyFixes on many small fixes, the whole
// check-and-fix loop, and the review report / TMX writers. Milliseconds per call.
// Usage: npm run build && node tests/bench/fix-export.mjs [passes]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyFixes, fixText } from '../../dist/fix/index.js';
import { checkEnglish } from '../../dist/checks/index.js';
import { buildDocumentReport, formatReportHtml, formatTmx } from '../../dist/export/index.js';

const root = join(import.meta.dirname, '..', '..');
const passes = Number(process.argv[2] ?? 10);
const text = readFileSync(join(root, 'corpus', 'documents', '2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt'), 'utf8');
const time = (fn) => {
  fn();
  const start = performance.now();
  for (let i = 0; i < passes; i++) fn();
  return (performance.now() - start) / passes;
};

// One fix per word: the worst case for splicing.
const fixes = [...text.matchAll(/\w+/g)].map((m) => ({ offset: m.index, length: m[0].length, replacement: m[0].toUpperCase() }));
console.log(`2022 seed: ${text.length} characters, ${fixes.length} word fixes`);
console.log(`applyFixes, one fix per word          ${time(() => applyFixes(text, fixes)).toFixed(1)} ms`);
const check = (t) => checkEnglish(t, { date: '2022-06-08' });
const result = fixText(text, check);
console.log(`fixText (check + fix to a fixpoint)   ${time(() => fixText(text, check)).toFixed(0)} ms   (${result.applied.length} fixes, ${result.passes} passes)`);
const findings = check(text);
let at = 0;
const paragraphs = text.split('\n').map((line) => {
  const p = { text: line, sourceStart: at, sourceEnd: at + line.length };
  at += line.length + 1;
  return p;
});
const report = buildDocumentReport({ title: 'bench', facts: [], language: 'en', paragraphs, findings });
console.log(`review report HTML (${findings.length} findings)     ${time(() => formatReportHtml(report)).toFixed(1)} ms`);
const segments = paragraphs.map((p, i) => ({ zh: `第${i}段`, en: p.text, score: 0.9, source: 'bench' }));
console.log(`TMX, ${segments.length} segments                    ${time(() => formatTmx(segments, { toolVersion: '0' })).toFixed(2)} ms`);
