// What the glossary's size costs `check`: CPU time of checkEnglish on the English seeds repeated
// (2 MB by default) with the curated glossary and with a smaller one (its first N entries, default
// 200, or --baseline FILE), in interleaved rounds in one process; prints the ratio of medians.
// CPU time (process.cpuUsage), not wall time: the machine is shared. Figures only, nothing asserted.
//
//   npm run build && node --expose-gc tests/bench/check-glossary-size.mjs [--baseline FILE | --entries N] [--mb 2] [--rounds 9]
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEnglish } from '../../dist/checks/index.js';
import { glossaryFromData, loadGlossary } from '../../dist/glossary/index.js';

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const root = join(import.meta.dirname, '..', '..');
const MB = Number(valueOf('--mb') ?? 2);
const ROUNDS = Number(valueOf('--rounds') ?? 9);

const seeds = ['2020-07-16_first-meeting-video_news-report.en.txt', '2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt', '2023-04-26_fourth-meeting-xian_talks.en.txt']
  .map((f) => readFileSync(join(root, 'corpus', 'documents', f), 'utf8'))
  // The page chrome after "- END -" would swallow every later copy as one boilerplate block.
  .map((t) => t.split('\n- END -')[0]);
const unit = seeds.join('\n\n');
const text = Array.from({ length: Math.ceil((MB * 1048576) / Buffer.byteLength(unit)) }, () => unit).join('\n\n');
const mb = Buffer.byteLength(text) / 1048576;

const curated = loadGlossary();
/** The first N curated entries, without what points outside them (offices, sameAs). */
function firstEntries(n) {
  const raw = JSON.parse(readFileSync(curated.path, 'utf8'));
  const entries = raw.entries.slice(0, n).map(({ offices: _offices, ...entry }) => entry);
  const ids = new Set(entries.map((e) => e.id));
  for (const e of entries) if (e.sameAs && !ids.has(e.sameAs)) { delete e.sameAs; delete e.valid; }
  return glossaryFromData({ ...raw, entries }, `first ${n} entries`);
}
const small = valueOf('--baseline') ? loadGlossary(valueOf('--baseline')) : firstEntries(Number(valueOf('--entries') ?? 200));
const runs = { small: { glossary: small, seconds: [] }, curated: { glossary: curated, seconds: [] } };
for (const run of Object.values(runs)) checkEnglish(seeds[1], { glossary: run.glossary, date: '2022-06-08' });
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 ? ['curated', 'small'] : ['small', 'curated']) {
    globalThis.gc?.();
    const start = process.cpuUsage();
    runs[name].findings = checkEnglish(text, { glossary: runs[name].glossary, date: '2022-06-08' }).length;
    const used = process.cpuUsage(start);
    runs[name].seconds.push((used.user + used.system) / 1e6);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [name, run] of Object.entries(runs)) {
  console.log(`${name}: ${run.glossary.entries.length} entries, median ${median(run.seconds).toFixed(2)} s CPU (${(mb / median(run.seconds)).toFixed(2)} MB/s) over ${ROUNDS} rounds, ${run.findings} findings`);
}
console.log(`ratio curated / small (median CPU time): ${(median(runs.curated.seconds) / median(runs.small.seconds)).toFixed(2)} on ${mb.toFixed(1)} MB`);
