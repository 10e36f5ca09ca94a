// `silkalign check --jobs` and `silkalign export --corpus --jobs`: wall time with one and with
// two worker threads on a synthetic corpus built in a temporary folder (tests/bench/lib), runs
// interleaved, best of several; prints the times, the ratio and whether the outputs are
// byte-identical. Timings depend on the machine's other load (printed).
// Usage: npm run build && node tests/bench/check-jobs.mjs [--pairs 24] [--mb 6] [--runs 2] [--gold ../shared/gold]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSyntheticCorpus } from './lib/synthetic-corpus.mjs';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'silkalign.js');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const pairs = Number(flag('pairs', 24));
const mb = Number(flag('mb', 6));
const runs = Number(flag('runs', 2));

const dir = mkdtempSync(join(tmpdir(), 'silkalign-bench-jobs-'));
try {
  const built = buildSyntheticCorpus(join(dir, 'corpus'), { pairs, mb, ...(flag('gold') ? { gold: flag('gold') } : {}) });
  const english = readdirSync(join(dir, 'corpus', 'documents')).filter((f) => f.endsWith('.en.txt')).sort().map((f) => join(dir, 'corpus', 'documents', f));
  console.log(`${built.pairs} pairs, ${(built.bytes / 1048576).toFixed(1)} MB (${built.goldUnits ? 'gold beads' : 'seed paragraphs only'}); load average ${loadavg()[0].toFixed(1)} before`);

  const time = (cliArgs) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...cliArgs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  const compare = (label, make, outputs) => {
    const best = { 1: Infinity, 2: Infinity };
    for (let i = 0; i < runs; i++) for (const jobs of [1, 2]) best[jobs] = Math.min(best[jobs], time(make(jobs)));
    const same = outputs.every(([a, b]) => readFileSync(join(dir, a)).equals(readFileSync(join(dir, b))));
    console.log(`${label.padEnd(44)} --jobs 1 ${(best[1] / 1000).toFixed(2)} s   --jobs 2 ${(best[2] / 1000).toFixed(2)} s   speed-up ${(best[1] / best[2]).toFixed(2)}×   outputs ${same ? 'byte-identical' : 'DIFFER'}`);
  };
  compare(`check ${english.length} English files (json)`, (jobs) => ['check', ...english, '--format', 'json', '--quiet', '-o', `check-${jobs}.json`, '--jobs', String(jobs)], [['check-1.json', 'check-2.json']]);
  compare(`export --corpus, ${built.pairs} declared pairs (tsv)`, (jobs) => ['export', '--corpus', 'corpus', '--format', 'tsv', '--quiet', '-o', `export-${jobs}.tsv`, '--jobs', String(jobs)], [['export-1.tsv', 'export-2.tsv']]);
  console.log(`load average ${loadavg()[0].toFixed(1)} after; best of ${runs} interleaved runs each, start-up included`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
