// Cold start of the command: `node bin/silkalign.js --version` against a bare `node -e ""`
// measured in the same run, interleaved, several runs each; prints the medians and the ratio.
// Also times one cold `silkalign normalize` of the 2024 statement (loads franc, OpenCC, pinyin).
// Usage: npm run build && node tests/bench/cold-start.mjs [runs]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.argv[2] ?? 15);
const bin = join(root, 'bin', 'silkalign.js');
const statement = join(root, 'corpus', 'documents', '2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt');

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// One warm-up of each so that the file-system cache is equally warm for both.
time(['-e', '']);
time([bin, '--version']);
const bare = [];
const version = [];
const normalize = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '']));
  version.push(time([bin, '--version']));
  if (i < 5) normalize.push(time([bin, 'normalize', statement, '--quiet']));
}
const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`runs: ${runs} each, interleaved, median`);
console.log(`node -e ""                 ${fmt(median(bare))}`);
console.log(`silkalign --version        ${fmt(median(version))}   ratio ${(median(version) / median(bare)).toFixed(2)}×`);
console.log(`silkalign normalize (zh)   ${fmt(median(normalize))}   ratio ${(median(normalize) / median(bare)).toFixed(2)}×  (5 runs)`);
