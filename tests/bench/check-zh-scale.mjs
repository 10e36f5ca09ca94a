// Benchmark: `check --zh` on pairs of about 1 MB per side, built at run time (never written):
// (1) the development part of the source-check test set repeated (China–Central Asia statements
// and their machine translations: names recur, as in a long document); (2) the gold sets'
// parallel text (paragraphs of five gold beads, read from --gold at run time) repeated, far more
// varied text. Prints the time of the whole check with the Chinese and, in the same process,
// the alignment alone and the English-only check (baselines); for (1) also the command itself,
// `silkalign check EN --zh ZH` from start to exit (the pair written to a temporary folder,
// removed after). Nothing is asserted.
//   npm run build && node tests/bench/check-zh-scale.mjs [--mb 1] [--gold ../shared/gold]
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { readSourceSet } from './lib/source-set.mjs';
import { GOLD_SETS, goldParallelDocuments } from './lib/gold-parallel.mjs';

const root = join(import.meta.dirname, '..', '..');
const dist = (p) => import(join(root, 'dist', p));
const { checkEnglish } = await dist('checks/index.js');
const { loadGlossary } = await dist('glossary/index.js');
const { alignDocuments } = await dist('align/index.js');
const { normalizeDocument } = await dist('normalize/index.js');
const { segmentParagraphs } = await dist('segment/index.js');

const arg = (flag) => (process.argv.indexOf(flag) > 0 ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const targetMb = Number(arg('--mb') ?? 1);
const goldDir = arg('--gold') ?? join(root, '..', 'shared', 'gold');
const mb = (s) => (Buffer.byteLength(s) / (1024 * 1024)).toFixed(2);
const glossary = loadGlossary();

// Wall time, and CPU time of this process (less disturbed when others share the machine).
const time = (fn) => {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const result = fn();
  const cpu = process.cpuUsage(c0);
  return { result, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
};

/** The command from start to exit on the pair, as a user runs it (exit 1: findings). */
function command(zh, en) {
  const dir = mkdtempSync(join(tmpdir(), 'silkalign-check-zh-'));
  try {
    writeFileSync(join(dir, 'pair.zh.txt'), zh);
    writeFileSync(join(dir, 'pair.en.txt'), en);
    const t0 = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [join(root, 'bin', 'silkalign.js'), 'check', join(dir, 'pair.en.txt'), '--zh', join(dir, 'pair.zh.txt'), '--format', 'json'], { maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (child.status !== 0 && child.status !== 1) throw new Error(`silkalign check exited ${child.status}: ${child.stderr}`);
    return seconds;
  } finally {
    rmSync(dir, { recursive: true });
  }
}

function run(label, docs, { viaCommand = false } = {}) {
  const zhUnit = docs.map((d) => d.zh.trim()).join('\n\n');
  const enUnit = docs.map((d) => d.en.trim()).join('\n\n');
  const copies = Math.ceil((targetMb * 1024 * 1024) / Math.min(Buffer.byteLength(zhUnit), Buffer.byteLength(enUnit)));
  const zh = Array.from({ length: copies }, () => zhUnit).join('\n\n') + '\n';
  const en = Array.from({ length: copies }, () => enUnit).join('\n\n') + '\n';
  // Warm the lexicon, the proper-noun index and pinyin on one document, as a first check would.
  checkEnglish(docs[0].en, { glossary, chinese: { text: docs[0].zh } });
  const align = time(() => alignDocuments(segmentParagraphs(normalizeDocument(zh, { language: 'zh' })), segmentParagraphs(normalizeDocument(en, { language: 'en' }))));
  const english = time(() => checkEnglish(en, { glossary }));
  const full = time(() => checkEnglish(en, { glossary, chinese: { text: zh } }));
  console.log(`${label}: ${mb(zh)} MB Chinese, ${mb(en)} MB English (${copies} cop${copies === 1 ? 'y' : 'ies'} of ${docs.length} documents)`);
  console.log(`  check --zh: ${full.seconds.toFixed(2)} s wall, ${full.cpu.toFixed(2)} s CPU, ${full.result.length} findings (target < 10 s)`);
  if (viaCommand) console.log(`  silkalign check EN --zh ZH, start to exit: ${command(zh, en).toFixed(2)} s wall (target < 10 s)`);
  console.log(`  baselines: alignment alone ${align.seconds.toFixed(2)} s (${align.cpu.toFixed(2)} s CPU), English-only check ${english.seconds.toFixed(2)} s (${english.cpu.toFixed(2)} s CPU); the rest, the cross-lingual checks: ${(full.seconds - align.seconds - english.seconds).toFixed(2)} s (${(full.cpu - align.cpu - english.cpu).toFixed(2)} s CPU)`);
}

run('statements (development set)', readSourceSet(join(root, 'tests', 'checks', 'source-set', 'dev')), { viaCommand: true });
if (existsSync(goldDir)) run('gold parallel text', GOLD_SETS.flatMap((set) => goldParallelDocuments(goldDir, set)));
else console.log(`gold data absent at ${goldDir}: second input skipped`);
