// Scaling of the bead search: aligns synthetic document pairs of about 2,000, 20,000 and
// 100,000 Chinese sentences, built at run time by concatenating the gold dev documents (or,
// when the gold folder is absent, the seed corpus), and prints time and peak memory for each.
// Each size runs in its own process so that peak memory is its own. Nothing is stored.
//
//   npm run build && node tests/bench/align-scale.mjs [--gold ../shared/gold] [--sizes 2000,20000]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const goldRoot = resolve(valueOf('--gold') ?? join(repo, '..', 'shared', 'gold'));

const readLines = (path) => readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
const isChinese = (lines) => {
  const sample = lines.slice(0, 50).join('');
  return (sample.match(/\p{Script=Han}/gu) ?? []).length > (sample.match(/[A-Za-z]/g) ?? []).length;
};

/** Document pairs [zh lines, en lines] to concatenate, and where they came from. */
function sourcePairs() {
  const pairs = [];
  for (const set of ['mac/dev', 'nonlit/aca', 'nonlit/mag']) {
    const dir = join(goldRoot, set);
    if (!existsSync(join(dir, 'src'))) continue;
    for (const id of readdirSync(join(dir, 'src')).filter((f) => /^\d+$/.test(f)).sort()) {
      const src = readLines(join(dir, 'src', id));
      const tgt = readLines(join(dir, 'tgt', id));
      pairs.push(isChinese(src) ? [src, tgt] : [tgt, src]);
    }
  }
  if (pairs.length > 0) return { pairs, origin: `gold dev documents in ${goldRoot}` };
  // No gold: the seed corpus is not parallel, but its sentences time the search just as well.
  const dir = join(repo, 'corpus', 'documents');
  const files = readdirSync(dir).sort();
  const lines = (suffix) => files.filter((f) => f.endsWith(suffix)).flatMap((f) => readLines(join(dir, f)));
  const zh = lines('.zh.txt').flatMap((line) => line.split(/(?<=[。！？；])/u)).filter((s) => s.trim());
  const en = lines('.en.txt').flatMap((line) => line.split(/(?<=[.!?;])\s+/)).filter((s) => s.trim());
  return { pairs: [[zh, en]], origin: `seed corpus in ${dir} (gold absent)` };
}

function synthetic(size) {
  const { pairs } = sourcePairs();
  const zh = [];
  const en = [];
  for (let k = 0; zh.length < size; k += 1) {
    const [z, e] = pairs[k % pairs.length];
    zh.push(...z);
    en.push(...e);
  }
  return { zh, en };
}

if (valueOf('--size')) {
  const { zh, en } = synthetic(Number(valueOf('--size')));
  const { alignSegments } = await import(join(repo, 'dist/align/beads/index.js'));
  const { loadLexicon } = await import(join(repo, 'dist/align/lexicon/index.js'));
  loadLexicon();
  const start = process.hrtime.bigint();
  const beads = alignSegments(zh, en);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ zh: zh.length, en: en.length, beads: beads.length, seconds, peak }));
} else {
  const sizes = (valueOf('--sizes') ?? '2000,20000,100000').split(',').map(Number);
  console.log(`align-scale: synthetic pairs from the ${sourcePairs().origin}`);
  const results = [];
  for (const size of sizes) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--size', String(size), '--gold', goldRoot], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) {
      console.log(`${size}: failed (${run.stderr.trim().split('\n').pop()})`);
      continue;
    }
    const r = JSON.parse(run.stdout.trim().split('\n').pop());
    results.push(r);
    console.log(
      `${String(r.zh).padStart(7)} zh × ${String(r.en).padStart(7)} en sentences: ${r.seconds.toFixed(2)} s, peak memory ${r.peak.toFixed(0)} MB (${r.beads} beads)`,
    );
  }
  for (let k = 1; k < results.length; k += 1) {
    const a = results[k - 1];
    const b = results[k];
    const growth = b.zh / a.zh;
    const cost = b.seconds / a.seconds;
    console.log(`${growth.toFixed(1)}× the sentences → ${cost.toFixed(1)}× the time (limit ${(growth * 1.5).toFixed(1)}×)`);
  }
}
