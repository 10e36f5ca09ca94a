// How much two threads of silkalign's work slow each other on this machine, against a pure
// arithmetic loop as the baseline: the same units of a synthetic corpus (built in a temporary
// folder, see lib/synthetic-corpus.mjs) run through the pipeline (runUnit, in process) by one
// process alone, then by two processes side by side; likewise a loop that touches no memory.
// A ratio near 1 means the two cores work independently; well above 1 means they contend
// (here: for memory), which bounds what `--jobs 2` can gain whatever the code does.
// Usage: npm run build && node tests/bench/unit-contention.mjs [--units 30] [--gold DIR]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSyntheticCorpus } from './lib/synthetic-corpus.mjs';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);

if (args[0] === '--child-units') await childUnits(args[1], Number(args[2]));
else if (args[0] === '--child-spin') childSpin();
else await main();

async function main() {
  const units = Number(flag('units', 30));
  const work = mkdtempSync(join(tmpdir(), 'silkalign-contention-'));
  try {
    const corpus = join(work, 'corpus');
    buildSyntheticCorpus(corpus, { pairs: units + 1, mb: ((units + 1) * 51) / 1024, gold: flag('gold', undefined) });
    console.log(`load average before: ${loadavg()[0].toFixed(2)}`);
    for (const [label, child] of [
      ['arithmetic loop (baseline)', ['--child-spin']],
      [`pipeline, ${units} units`, ['--child-units', corpus, String(units)]],
    ]) {
      const alone = await side(child, 1);
      const together = await side(child, 2);
      const slower = together.reduce((a, b) => a + b, 0) / together.length / alone[0];
      console.log(
        `${label.padEnd(28)} alone ${alone[0].toFixed(1)} ms, side by side ${together.map((t) => t.toFixed(1)).join(' and ')} ms: ` +
          `${slower.toFixed(2)}× slower, so two processes give ${(2 / slower).toFixed(2)}× the throughput of one`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs `count` copies of the child at once; each prints its own figure (ms). */
function side(childArgs, count) {
  const run = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(import.meta.dirname, 'unit-contention.mjs'), ...childArgs], { cwd: root });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`child exited ${code}`))));
    });
  return Promise.all(Array.from({ length: count }, run));
}

/** Mean ms per unit over units 1…n (unit 0 warms up: modules, dictionary). */
async function childUnits(corpus, n) {
  const { runUnit } = await import(join(root, 'dist', 'pipeline', 'parallel', 'unit-job.js'));
  const docs = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')).documents;
  const unit = (u) => ({ unit: u, corpus, entries: [docs[2 * u], docs[2 * u + 1]], options: { toolVersion: 'bench' } });
  await runUnit(unit(0));
  const start = performance.now();
  for (let u = 1; u <= n; u++) {
    const result = await runUnit(unit(u));
    if (result.error) throw new Error(result.error);
  }
  console.log(((performance.now() - start) / n).toFixed(2));
}

/** ms for a fixed loop of integer arithmetic that stays in registers. */
function childSpin() {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 1e9; i++) x = (x + i * 7) | 0;
  if (x === 42) console.error('');
  console.log((performance.now() - start).toFixed(2));
}
