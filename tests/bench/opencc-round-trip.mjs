// Traditional → Simplified measured by round trips: a large Simplified text is converted to
// Traditional (OpenCC's s2t, s2hk and s2twp) and back, by `silkalign normalize` (which must find
// the variant itself) and, in the same run where it is installed, by Debian's native OpenCC with
// the matching configuration (t2s, hk2s, tw2s and tw2sp). Printed for each: the Han characters
// that differ from the original, the most frequent confusions, the 著 left where the original
// has 着 and the 着 written where it has 著.
//
// The text: the Chinese sides of the gold texts, read from the data folder at run time (never
// copied; default ../shared/gold), or, when it is absent, the repository's own Simplified text
// (the Chinese seeds normalised, and the glossary's Chinese names). The Traditional input is made
// by native OpenCC when present (it is the reference), else by opencc-js.
//
//   npm run build && node tests/bench/opencc-round-trip.mjs [--gold DIR] [--chars N] [--opencc PATH]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffChars } from 'diff';

const repo = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const valueOf = (flag) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const goldDir = resolve(valueOf('--gold') ?? join(repo, '..', 'shared', 'gold'));
const maxChars = Number(valueOf('--chars') ?? Infinity);
const openccPath = valueOf('--opencc') ?? '/usr/bin/opencc';

const { normalizeDocument } = await import(join(repo, 'dist', 'normalize', 'index.js'));
const require = createRequire(import.meta.url);

function goldText() {
  const files = [];
  for (const set of ['mac/dev/src', 'nonlit/aca/tgt', 'nonlit/mag/tgt']) {
    const dir = join(goldDir, set);
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (/^\d+$/.test(f)) files.push(join(dir, f));
  }
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

function repositoryText() {
  const manifest = JSON.parse(readFileSync(join(repo, 'corpus', 'manifest.json'), 'utf8'));
  const seeds = manifest.documents
    .filter((d) => d.language === 'zh')
    .map((d) => normalizeDocument(readFileSync(join(repo, 'corpus', d.file), 'utf8'), { language: 'zh' }).text);
  const glossary = JSON.parse(readFileSync(join(repo, 'corpus', 'glossary.json'), 'utf8'));
  const names = glossary.entries.flatMap((e) => e.zhHans ?? []);
  return [...seeds, names.join('、') + '。'].join('\n');
}

let text = goldText();
let source = `gold Chinese sides (${goldDir})`;
if (!text) {
  text = repositoryText();
  source = 'the repository (Chinese seeds normalised, glossary names); gold folder absent';
}
if (text.length > maxChars) text = text.slice(0, maxChars);

const nativeAvailable = existsSync(openccPath) && spawnSync(openccPath, ['--version']).status === 0;
function native(config, input) {
  const r = spawnSync(openccPath, ['-c', `${config}.json`], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`opencc -c ${config}.json failed: ${r.stderr}`);
  return r.stdout;
}
const cn2t = require('opencc-js/cn2t');
const toTraditional = (config, input) =>
  nativeAvailable ? native(config, input) : cn2t.Converter({ from: 'cn', to: { s2t: 't', s2hk: 'hk', s2twp: 'twp' }[config] })(input);

const han = (s) => s.replace(/[^\p{Script=Han}]/gu, '');

/** Han characters of `a` not reproduced in `b`, the commonest confusions, and 着 written 著. */
function compare(original, back) {
  const a = han(original);
  const b = han(back);
  const confusions = new Map();
  let differ = 0;
  let zhe = 0;
  let zhu = 0;
  const note = (from, to) => {
    differ += from.length;
    const key = `${from || '∅'}→${to || '∅'}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
    if (from.length === to.length)
      for (let i = 0; i < from.length; i++) {
        if (from[i] === '着' && to[i] === '著') zhe++;
        if (from[i] === '著' && to[i] === '着') zhu++;
      }
  };
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) note(a[i], b[i]);
  } else {
    const parts = diffChars(a, b);
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (p.removed) {
        const next = parts[k + 1]?.added ? parts[++k].value : '';
        note(p.value, next);
      } else if (p.added) note('', p.value);
    }
  }
  const top = [...confusions].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, n]) => `${k}×${n}`).join(' ');
  return { differ, zhe, zhu, top };
}

console.log(`text: ${source}; ${han(text).length} Han characters`);
console.log(`Traditional made by ${nativeAvailable ? `native OpenCC (${openccPath})` : 'opencc-js (native OpenCC not installed)'}`);
console.log(`${'round trip'.padEnd(52)} ${'differ'.padStart(6)} ${'着→著'.padStart(5)} ${'著→着'.padStart(5)} ${'ms'.padStart(6)}  commonest`);
const row = (label, r, ms) =>
  console.log(
    `${label.padEnd(52)} ${String(r.differ).padStart(6)} ${String(r.zhe).padStart(6)} ${String(r.zhu).padStart(6)} ${String(Math.round(ms)).padStart(6)}  ${r.top}`,
  );

normalizeDocument('中國', { language: 'zh' }); // loads OpenCC and the character tables outside the timings
const trips = [
  ['s2t', [['t2s', {}]]],
  ['s2hk', [['hk2s', {}]]],
  ['s2twp', [['tw2s', {}], ['tw2sp', { taiwanVocabulary: true }]]],
];
for (const [there, backs] of trips) {
  const traditional = toTraditional(there, text);
  for (const [config, options] of backs) {
    let start = performance.now();
    const ours = normalizeDocument(traditional, { language: 'zh', keepBoilerplate: true, ...options }).text;
    const oursMs = performance.now() - start;
    const flag = options.taiwanVocabulary ? ' --taiwan-vocabulary' : '';
    row(`${there} → silkalign normalize${flag}`, compare(text, ours), oursMs);
    if (nativeAvailable) {
      start = performance.now();
      const theirs = native(config, traditional);
      row(`${there} → native opencc -c ${config}`, compare(text, theirs), performance.now() - start);
    }
  }
}
