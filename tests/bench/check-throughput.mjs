// Benchmark: `check` throughput on English files of ≥ 20 MB built at run time: clean English
// (the English side of the gold sets, when --gold has them: published translations, read at run
// time and never copied) and machine translation (the English seeds repeated); beside a bare
// regular-expression scan for the glossary's English forms over the same text (what finding the
// forms alone costs). With --baseline DIR (a built checkout of another commit, e.g. the branch's
// starting point) the same inputs are checked by both builds, interleaved, in this process: the
// ratio is what to read on a noisy machine. Times are CPU times. The baseline of the target is timed beside
// each input: a bare pass that lower-cases the text and counts its words in a Map (best of the
// same rounds). Prints figures only; nothing is asserted.
//   node --expose-gc tests/bench/check-throughput.mjs [--gold ../shared/gold] [--baseline DIR] [--rounds 2]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const goldDir = resolve(valueOf('--gold') ?? join(root, '..', 'shared', 'gold'));
const baselineDir = valueOf('--baseline') ? resolve(valueOf('--baseline')) : undefined;
const rounds = Number(valueOf('--rounds') ?? 2);
const TARGET_MB = Number(process.env.CHECK_BENCH_MB ?? 20);

const load = async (dir) => ({
  ...(await import(pathToFileURL(join(dir, 'dist', 'checks', 'index.js')).href)),
  ...(await import(pathToFileURL(join(dir, 'dist', 'glossary', 'index.js')).href)),
});
const builds = [{ name: 'this build', ...(await load(root)) }];
if (baselineDir) builds.push({ name: `baseline ${baselineDir}`, ...(await load(baselineDir)) });

const repeatTo = (unit) => {
  const copies = Math.ceil((TARGET_MB * 1024 * 1024) / Buffer.byteLength(unit));
  return { text: Array.from({ length: copies }, () => unit).join('\n\n'), copies };
};

const inputs = [];
const seeds = [
  '2020-07-16_first-meeting-video_news-report.en.txt',
  '2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt',
  '2023-04-26_fourth-meeting-xian_talks.en.txt',
].map((f) => readFileSync(join(root, 'corpus', 'documents', f), 'utf8'))
  // The page chrome after "- END -" would swallow every later copy as one boilerplate block.
  .map((t) => t.split('\n- END -')[0]);
const clean = goldEnglish(goldDir);
if (clean) inputs.push({ name: 'clean English (gold English sides, five lines a paragraph)', ...repeatTo(clean) });
else console.log(`gold folder ${goldDir} is absent: clean English skipped`);
inputs.push({ name: 'machine translation (the three English seeds)', ...repeatTo(seeds.join('\n\n')) });

for (const build of builds) build.glossary = build.loadGlossary();
// Warm caches and the JIT on a small text, once per build.
for (const build of builds) build.checkEnglish(seeds[1], { glossary: build.glossary, date: '2022-06-08' });

// Process CPU time (user + system), which other work on the machine skews less than wall time;
// the bench runs one thread (the GC's helper threads count too).
const time = (fn) => {
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = fn();
  const cpu = process.cpuUsage(cpu0);
  return { result, wall: Number(process.hrtime.bigint() - t0) / 1e9, seconds: (cpu.user + cpu.system) / 1e6 };
};

for (const input of inputs) {
  const mb = Buffer.byteLength(input.text) / (1024 * 1024);
  console.log(`\ninput: ${mb.toFixed(1)} MB ${input.name}, ${input.copies} copies`);
  const best = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 ? [...builds].reverse() : builds) {
      const run = time(() => build.checkEnglish(input.text, { glossary: build.glossary, date: '2022-06-08' }));
      console.log(`  round ${round + 1} ${build.name}: ${run.seconds.toFixed(2)} s CPU (${run.wall.toFixed(2)} s wall), ${(mb / run.seconds).toFixed(2)} MB/s, ${run.result.length} findings`);
      best.set(build.name, Math.min(best.get(build.name) ?? Infinity, run.seconds));
    }
  }
  let bare = Infinity;
  for (let round = 0; round < rounds; round++) bare = Math.min(bare, time(() => countWords(input.text)).seconds);
  const re = builds[0].englishFormsRegExp(builds[0].glossary);
  const scan = time(() => {
    let n = 0;
    for (const _ of input.text.matchAll(re)) n++;
    return n;
  });
  for (const [name, seconds] of best) console.log(`  best of ${rounds}, ${name}: ${(mb / seconds).toFixed(2)} MB/s`);
  console.log(`  bare pass (lower-case, count words in a Map): ${(mb / bare).toFixed(2)} MB/s; check / bare pass, time: ${(best.get(builds[0].name) / bare).toFixed(2)}×`);
  console.log(`  baseline regex scan for the glossary's English forms: ${(mb / scan.seconds).toFixed(2)} MB/s (${scan.result} matches)`);
  if (baselineDir) {
    const [mine, theirs] = [...best.values()];
    console.log(`  this build / baseline, time: ${(mine / theirs).toFixed(2)}× (below 1: faster)`);
  }
}

/** The English sides of the gold sets (the side with fewer Han characters), five lines a paragraph; undefined when absent. */
function goldEnglish(dir) {
  if (!existsSync(dir)) return undefined;
  const folders = (d) => readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const paragraphs = [];
  for (const group of folders(dir)) {
    for (const set of folders(join(dir, group))) {
      const src = join(dir, group, set, 'src');
      const tgt = join(dir, group, set, 'tgt');
      if (!existsSync(src) || !existsSync(tgt)) continue;
      for (const id of readdirSync(src).filter((f) => /^\d+$/.test(f)).sort()) {
        const han = (text) => (text.match(/\p{Script=Han}/gu) ?? []).length;
        const [english] = [join(src, id), join(tgt, id)].filter(existsSync).map((p) => readFileSync(p, 'utf8')).sort((a, b) => han(a) - han(b));
        const lines = english.split('\n').filter((l) => l.trim());
        for (let i = 0; i < lines.length; i += 5) paragraphs.push(lines.slice(i, i + 5).join(' '));
      }
    }
  }
  return paragraphs.length ? paragraphs.join('\n\n') : undefined;
}

/** The bare pass: the text lower-cased, its words counted in a Map. */
function countWords(text) {
  const counts = new Map();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts.size;
}
