// End to end: `silkalign run` over a synthetic corpus (default 2,000 document pairs, ~100 MB,
// built at run time in a temporary folder from the dev gold and the seeds, see
// lib/synthetic-corpus.mjs) with 1 and with 2 worker threads: wall time, peak memory (max RSS
// of the process, worker threads included), throughput, speed-up, and whether both outputs are
// byte-identical. The machine's load average is printed too: other work skews the figures.
// Each run is profiled (`run --profile`: time per stage) and its output size printed; the
// baseline, timed in the same script, is a bare pass that reads every document, lower-cases it
// and counts its words in a Map.
// Usage: npm run build && node tests/bench/end-to-end.mjs [--pairs 2000] [--mb 100] [--jobs 1,2] [--reports all|flagged|none] [--gold DIR]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSyntheticCorpus } from './lib/synthetic-corpus.mjs';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const pairs = Number(flag('pairs', 2000));
const mb = Number(flag('mb', 100));
const jobsList = flag('jobs', '1,2').split(',').map(Number);
const reports = flag('reports', undefined);

const work = mkdtempSync(join(tmpdir(), 'silkalign-e2e-'));
try {
  const corpus = join(work, 'corpus');
  const built = buildSyntheticCorpus(corpus, { pairs, mb, gold: flag('gold', undefined) });
  const corpusMB = built.bytes / 1048576;
  console.log(`corpus: ${built.pairs} pairs, ${corpusMB.toFixed(1)} MB (${built.goldUnits ? `${built.goldUnits} gold beads` : 'no gold found: seed paragraphs only'}) in ${corpus}`);
  const bare = barePass(corpus);
  console.log(`baseline: read, lower-case and count the words of every document: ${bare.toFixed(1)} s`);
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const results = [];
  for (const jobs of jobsList) {
    const out = join(work, `out-${jobs}`);
    const load = loadavg()[0].toFixed(2);
    const command = [process.execPath, join(root, 'bin', 'silkalign.js'), 'run', '--corpus', corpus, '--out', out, '--jobs', String(jobs), '--quiet', '--profile', ...(reports ? ['--reports', reports] : [])];
    const start = performance.now();
    const r = timeBin ? spawnSync(timeBin, ['-f', 'maxrss_kb=%M user_s=%U sys_s=%S', ...command], { cwd: root }) : spawnSync(command[0], command.slice(1), { cwd: root });
    const seconds = (performance.now() - start) / 1000;
    const stderr = r.stderr.toString();
    if (r.status !== 0) {
      console.log(`--jobs ${jobs}: exit ${r.status}\n${stderr}`);
      continue;
    }
    const rss = /maxrss_kb=(\d+)/.exec(stderr)?.[1];
    const peakMB = rss ? Number(rss) / 1024 : NaN;
    // CPU time of every thread (user + system): against wall × cores, how busy the machine was.
    const user = Number(/user_s=([\d.]+)/.exec(stderr)?.[1]);
    const sys = Number(/sys_s=([\d.]+)/.exec(stderr)?.[1]);
    const cpu = Number.isNaN(user) ? '' : `, CPU ${user.toFixed(0)} s user + ${sys.toFixed(0)} s system`;
    results.push({ jobs, seconds, out });
    console.log(
      `--jobs ${jobs}: ${seconds.toFixed(1)} s wall, peak memory ${Number.isNaN(peakMB) ? 'n/a' : `${peakMB.toFixed(0)} MB`}, ` +
        `${(corpusMB / seconds).toFixed(2)} MB/s, ${(built.pairs / seconds).toFixed(1)} pairs/s${cpu} (load average before: ${load}, after: ${loadavg()[0].toFixed(2)})`,
    );
    const written = treeBytes(out) / 1048576;
    console.log(`  ${(seconds / bare).toFixed(1)}× the baseline; wrote ${written.toFixed(0)} MB (${(written / corpusMB).toFixed(1)}× the corpus)`);
    for (const line of stderr.split('\n').filter((l) => l.startsWith('silkalign: '))) console.log(`  ${line.slice('silkalign: '.length)}`);
  }
  if (results.length >= 2) {
    const [a, b] = results;
    console.log(`speed-up --jobs ${b.jobs} over --jobs ${a.jobs}: ${(a.seconds / b.seconds).toFixed(2)}×`);
    console.log(`outputs byte-identical: ${treeHash(a.out) === treeHash(b.out) ? 'yes' : 'NO'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** One hash over every file's relative path and bytes, in sorted order. */
function treeHash(dir) {
  const hash = createHash('sha256');
  const walk = (d, rel) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, `${rel}${name}/`);
      else hash.update(`${rel}${name}\0`).update(readFileSync(path));
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}

function treeBytes(dir) {
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return bytes;
}

/** Seconds to read every document of the corpus, lower-case it and count its words in a Map. */
function barePass(corpus) {
  const start = performance.now();
  const counts = new Map();
  const folder = join(corpus, 'documents');
  for (const name of readdirSync(folder)) {
    for (const word of readFileSync(join(folder, name), 'utf8').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return (performance.now() - start) / 1000;
}
