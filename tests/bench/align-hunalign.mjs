// silkalign against hunalign (the C++ baseline) on the same input in the same run: the six
// MAC-Dev chapters in one file (1,444 × 1,947 sentences) and a pair five times that size made by
// repeating them. Times the whole command as a user runs it (`silkalign align --presegmented
// --format beads`, lexicon load and Node start-up included; hunalign without a dictionary, each
// Chinese character a token repeated three times, as its NOTE.md says), interleaved, several
// repetitions, and prints each median wall time, peak memory and the ratio. The inputs are built
// in a temporary folder from the gold texts at run time and removed after (never stored).
//
//   npm run build && node tests/bench/align-hunalign.mjs [--gold ../shared/gold] [--hunalign DIR] [--runs 5]
//
// hunalign is built with ../shared/third-party/hunalign/build.sh into DIR (default: a folder in
// the system's temporary directory) unless DIR/hunalign exists; without g++ or the source the
// comparison is skipped with a message and silkalign's own figures are still printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldDocuments } from './lib/gold.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const goldRoot = resolve(valueOf('--gold') ?? [join(repo, '..', 'shared', 'gold'), join(repo, '..', '..', 'shared', 'gold')].find(existsSync) ?? join(repo, '..', 'shared', 'gold'));
const runs = Number(valueOf('--runs') ?? 5);
const hunalignSource = [join(repo, '..', 'shared', 'third-party', 'hunalign'), join(repo, '..', '..', 'shared', 'third-party', 'hunalign')].find(existsSync);

const chapters = goldDocuments(goldRoot, 'mac/dev');
if (chapters.length === 0) {
  console.log(`align-hunalign: no MAC-Dev gold in ${goldRoot}: nothing to compare (pass --gold DIR).`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'silkalign-hunalign-'));
try {
  const hunalign = findHunalign();
  const zh = chapters.flatMap((d) => d.zh);
  const en = chapters.flatMap((d) => d.en);
  const inputs = [
    { name: '1× (six chapters)', zh, en },
    { name: '5× (repeated)', zh: Array.from({ length: 5 }, () => zh).flat(), en: Array.from({ length: 5 }, () => en).flat() },
  ];
  if (!hunalign.path) console.log(`hunalign comparison skipped: ${hunalign.why}`);
  for (const input of inputs) {
    const zhFile = join(work, 'zh.txt');
    const enFile = join(work, 'en.txt');
    const tokFile = join(work, 'zh.tok');
    writeFileSync(zhFile, input.zh.join('\n') + '\n');
    writeFileSync(enFile, input.en.join('\n') + '\n');
    writeFileSync(tokFile, input.zh.map(hunalignTokens).join('\n') + '\n');
    const silk = [];
    const hun = [];
    for (let r = 0; r < runs; r += 1) {
      silk.push(timed(process.execPath, [join(repo, 'bin', 'silkalign.js'), 'align', '--presegmented', '--format', 'beads', '--quiet', zhFile, enFile]));
      if (hunalign.path) hun.push(timed(hunalign.path, [join(hunalign.dir, 'null.dic'), tokFile, enFile]));
    }
    const s = medians(silk);
    const line = `${input.name.padEnd(18)} ${input.zh.length} × ${input.en.length}: silkalign ${s.seconds.toFixed(2)} s, ${s.mb.toFixed(0)} MB`;
    if (hunalign.path) {
      const h = medians(hun);
      console.log(`${line}; hunalign ${h.seconds.toFixed(2)} s, ${h.mb.toFixed(0)} MB; silkalign/hunalign time ${(s.seconds / h.seconds).toFixed(2)}× (median of ${runs}, interleaved)`);
    } else console.log(`${line} (median of ${runs})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** hunalign's input: each Han character a token, written three times; other text as it is. */
function hunalignTokens(line) {
  return [...line]
    .filter((c) => !/\s/.test(c))
    .map((c) => (/\p{Script=Han}/u.test(c) ? c.repeat(3) : c))
    .join(' ');
}

function findHunalign() {
  const dir = resolve(valueOf('--hunalign') ?? join(tmpdir(), 'silkalign-hunalign-build'));
  const path = join(dir, 'hunalign');
  if (existsSync(path) && existsSync(join(dir, 'null.dic'))) return { path, dir };
  if (!hunalignSource) return { why: 'the hunalign source (../shared/third-party/hunalign) is absent' };
  const build = spawnSync('bash', [join(hunalignSource, 'build.sh'), dir], { encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(path)) return { why: `build.sh failed: ${(build.stderr || build.error?.message || '').trim().split('\n').pop()}` };
  return { path, dir };
}

/** Wall time and peak memory of one command (GNU time when present, else wall time only). */
function timed(command, commandArgs) {
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const run = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr.trim().split('\n').pop()}`);
  const kb = gnuTime ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, mb: kb / 1024 };
}

function medians(list) {
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { seconds: median(list.map((r) => r.seconds)), mb: median(list.map((r) => r.mb)) };
}
