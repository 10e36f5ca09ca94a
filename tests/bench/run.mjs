// `npm run bench`: runs every benchmark under tests/bench/ in turn (each prints its own figures).
// Benchmarks measure the built code in dist/: this script rebuilds it first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '..', '..');
// Cheap ones first; end-to-end last. Files not listed here run after, in name order.
const order = ['cold-start.mjs', 'normalize-throughput.mjs', 'check-throughput.mjs', 'align-scale.mjs', 'end-to-end.mjs'];
const skip = new Set(['run.mjs', 'eval-align.mjs', 'eval-check.mjs', 'eval-normalize.mjs']);
const only = process.argv.slice(2);

const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const files = readdirSync(here).filter((f) => f.endsWith('.mjs') && !skip.has(f));
const sorted = [...order.filter((f) => files.includes(f)), ...files.filter((f) => !order.includes(f)).sort()];
let failed = 0;
for (const file of sorted) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  if (!existsSync(join(here, file))) continue;
  console.log(`\n## ${file.replace(/\.mjs$/, '')}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, file)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`(${file} exited with ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
