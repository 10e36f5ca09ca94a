// `npm run eval:check`: how well the checker does, measured, per section. Each module in
// tests/bench/eval-check/ (name order) is one section: it exports
//   default async function (ctx) → void
// and prints its own figures. ctx = { repo, goldDir, args, valueOf(flag), dist(path) }: the
// repository root, the gold folder (default ../shared/gold, absent → sections that need it say
// so and return), the command-line arguments after `--`, and an import helper for built code.
//
//   npm run build && npm run eval:check -- [--gold ../shared/gold] [--section NAME]
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const valueOf = (flag) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const goldDir = resolve(valueOf('--gold') ?? join(repo, '..', 'shared', 'gold'));
const only = valueOf('--section');
const dist = (path) => import(pathToFileURL(join(repo, 'dist', path)).href);

if (!existsSync(join(repo, 'dist', 'index.js'))) {
  console.error('silkalign: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const here = join(repo, 'tests', 'bench', 'eval-check');
const sections = existsSync(here) ? readdirSync(here).filter((f) => f.endsWith('.mjs')).sort() : [];
if (sections.length === 0) console.log('no evaluation sections under tests/bench/eval-check/');
for (const file of sections) {
  const name = file.replace(/\.mjs$/, '');
  if (only && !name.includes(only)) continue;
  console.log(`\n## ${name}`);
  const section = await import(pathToFileURL(join(here, file)).href);
  await section.default({ repo, goldDir, goldPresent: existsSync(goldDir), args, valueOf, dist });
}
