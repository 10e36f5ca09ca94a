// Benchmark: `check` throughput on an English file of ≥ 20 MB built at run time by repeating
// the English seeds, beside a bare regular-expression scan for the glossary's English forms
// over the same text (the baseline: what finding the forms alone costs). Uses the built dist/.
// Prints figures only; nothing is asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const root = join(import.meta.dirname, '..', '..');
const { checkEnglish } = await import(join(root, 'dist', 'checks', 'index.js'));
const { loadGlossary, englishFormsRegExp } = await import(join(root, 'dist', 'glossary', 'index.js'));

const TARGET_MB = Number(process.env.CHECK_BENCH_MB ?? 20);
const seeds = [
  '2020-07-16_first-meeting-video_news-report.en.txt',
  '2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt',
  '2023-04-26_fourth-meeting-xian_talks.en.txt',
].map((f) => readFileSync(join(root, 'corpus', 'documents', f), 'utf8'))
  // The page chrome after "- END -" would swallow every later copy as one boilerplate block.
  .map((t) => t.split('\n- END -')[0]);
const unit = seeds.join('\n\n');
const copies = Math.ceil((TARGET_MB * 1024 * 1024) / Buffer.byteLength(unit));
const text = Array.from({ length: copies }, () => unit).join('\n\n');
const mb = Buffer.byteLength(text) / (1024 * 1024);

const glossary = loadGlossary();
checkEnglish(seeds[1], { glossary, date: '2022-06-08' }); // warm caches and the JIT on a small text

const time = (fn) => {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { result, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
};

const check = time(() => checkEnglish(text, { glossary, date: '2022-06-08' }));
const re = englishFormsRegExp(glossary);
const scan = time(() => {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
});

const rate = (s) => (mb / s).toFixed(2);
console.log(`input: ${mb.toFixed(1)} MB English (${copies} copies of the three English seeds), ${glossary.entries.length} glossary entries`);
console.log(`check (all rules, no Chinese): ${check.seconds.toFixed(2)} s, ${rate(check.seconds)} MB/s, ${check.result.length} findings`);
console.log(`baseline regex scan for the glossary's English forms: ${scan.seconds.toFixed(2)} s, ${rate(scan.seconds)} MB/s, ${scan.result} matches`);
console.log(`ratio check / baseline time: ${(check.seconds / scan.seconds).toFixed(1)}×`);
