// Glossary matching throughput on a ≥ 20 MB English file (the 2022 MT seed repeated): the trie
// matcher (findEnglishTerms) beside one plain combined regular expression over the same text,
// plus near-miss lookups per second. Imports the built code in dist/.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { englishFormsRegExp, findEnglishTerms, loadGlossary, nearMissCandidates } from '../../dist/glossary/index.js';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'corpus', 'documents', '2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt'), 'utf8');
const text = seed.repeat(Math.ceil((20 * 1024 * 1024) / seed.length));
const mb = Buffer.byteLength(text) / (1024 * 1024);

let t = performance.now();
const glossary = loadGlossary();
console.log(`load and validate glossary (${glossary.entries.length} entries): ${(performance.now() - t).toFixed(0)} ms`);

function time(label, run) {
  const start = performance.now();
  const count = run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${count} matches in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s on ${mb.toFixed(1)} MB`);
}

findEnglishTerms(glossary, seed); // build the trie outside the timing
time('findEnglishTerms (trie)', () => findEnglishTerms(glossary, text).length);
const re = englishFormsRegExp(glossary);
time('combined RegExp baseline', () => [...text.matchAll(re)].length);

const spans = ['Tadjikistan', 'Dushanbay', 'Kyrgyzstn', 'Samarkant', 'Foreign Ministers', 'Essence', 'Central Asian', 'Afghanians', 'Grassz', 'Kaburf'];
t = performance.now();
let found = 0;
for (let i = 0; i < 200; i++) for (const s of spans) found += nearMissCandidates(glossary, `${s}${i}`, { threshold: 0.88 }).length;
const seconds = (performance.now() - t) / 1000;
console.log(`nearMissCandidates (uncached): ${((200 * spans.length) / seconds).toFixed(0)} spans/s (${found} candidates)`);
