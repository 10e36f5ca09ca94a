// Normalisation and segmentation throughput over the five seeds, in process (after one warm-up
// pass that loads the dictionaries): milliseconds per pass and characters per second.
// With --baseline REF, the same passes also run on the code of git revision REF (built into a
// temporary folder), interleaved with this build's, and the ratio is printed: machines here
// are shared and noisy, so only a ratio measured in one run means much.
// With --run-only [--dist DIR], it runs the warm-up and the passes of one build (this one, or
// the dist/ folder DIR) and prints nothing: for instruction counts, which load does not move:
//   valgrind --tool=callgrind node --single-threaded tests/bench/normalize-throughput.mjs 40 --run-only
// minus the same with 0 passes is the cost of 40 passes.
//   npm run build && node tests/bench/normalize-throughput.mjs [passes] [--baseline REF | --run-only [--dist DIR]]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const at = args.indexOf('--baseline');
const baselineRef = at >= 0 ? args[at + 1] : undefined;
const passes = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--baseline') ?? 20);
const runOnly = args.includes('--run-only');
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args[distAt + 1] : join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8'));
const docs = manifest.documents.map((d) => ({ ...d, text: readFileSync(join(root, 'corpus', d.file), 'utf8') }));
const chars = docs.reduce((n, d) => n + d.text.length, 0);

async function load(dist) {
  const { normalizeDocument } = await import(pathToFileURL(join(dist, 'normalize', 'index.js')).href);
  const { segmentParagraphs } = await import(pathToFileURL(join(dist, 'segment', 'index.js')).href);
  return () => {
    for (const d of docs) segmentParagraphs(normalizeDocument(d.text, { language: d.language }));
  };
}

/** REF's sources, built with this checkout's node_modules into a temporary folder. */
function buildBaseline(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'silkalign-baseline-'));
  const archive = execFileSync('git', ['archive', ref], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error(`building ${ref} failed`);
  return dir;
}

const current = await load(dist);
if (runOnly) {
  for (let i = 0; i <= passes; i++) current();
  process.exit(0);
}
let start = performance.now();
current();
const first = performance.now() - start;
console.log(`seeds: ${docs.length} documents, ${chars} characters`);
console.log(`first pass (loads OpenCC, pinyin, charsets)  ${first.toFixed(0)} ms`);

if (!baselineRef) {
  start = performance.now();
  for (let i = 0; i < passes; i++) current();
  const each = (performance.now() - start) / passes;
  console.log(`warm pass, mean of ${passes}                  ${each.toFixed(1)} ms   ${((chars / each) * 1000 / 1e6).toFixed(2)} M chars/s`);
} else {
  const dir = buildBaseline(baselineRef);
  try {
    const baseline = await load(join(dir, 'dist'));
    baseline();
    // Interleaved: one pass of each in turn, so that load from other jobs falls on both.
    const time = (run) => {
      const t = performance.now();
      run();
      return performance.now() - t;
    };
    const ours = [];
    const theirs = [];
    for (let i = 0; i < passes; i++) {
      theirs.push(time(baseline));
      ours.push(time(current));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const rate = (ms) => `${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`;
    console.log(`warm pass, median of ${passes}, interleaved:`);
    console.log(`  ${baselineRef.padEnd(12)} ${median(theirs).toFixed(1).padStart(7)} ms   ${rate(median(theirs))}`);
    console.log(`  ${'this build'.padEnd(12)} ${median(ours).toFixed(1).padStart(7)} ms   ${rate(median(ours))}`);
    console.log(`  time ratio (this build / ${baselineRef}): ${(median(ours) / median(theirs)).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
