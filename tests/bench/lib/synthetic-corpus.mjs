// Builds a large synthetic corpus at run time, in a folder given on the command line (never
// committed): N Chinese–English document pairs made by repetition and shuffling of the dev gold
// (aligned chapters, read from --gold at run time; beads kept parallel) and the seed documents
// (unmatched noise paragraphs), with a manifest that declares each pair's counterpart.
//   node tests/bench/lib/synthetic-corpus.mjs OUT_DIR [--pairs 2000] [--mb 100] [--gold ../shared/gold] [--seed 1]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';

const repo = resolve(import.meta.dirname, '..', '..', '..');

/** Small deterministic PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parallel units (zh text, en text) from the gold's beads; [] when the gold is absent. */
function goldUnits(goldDir) {
  const dev = join(goldDir, 'mac', 'dev');
  if (!existsSync(join(dev, 'gold'))) return [];
  const units = [];
  for (const name of readdirSync(join(dev, 'gold')).filter((f) => f.endsWith('.align')).sort()) {
    const id = name.replace(/\.align$/, '');
    const zh = readFileSync(join(dev, 'src', id), 'utf8').split('\n');
    const en = readFileSync(join(dev, 'tgt', id), 'utf8').split('\n');
    for (const line of readFileSync(join(dev, 'gold', name), 'utf8').split('\n')) {
      const m = /^\[([\d,]*)\]:\[([\d,]*)\]/.exec(line.trim());
      if (!m) continue;
      const side = (list, lines) => (list ? list.split(',').map((i) => lines[Number(i)] ?? '').join(' ') : '');
      units.push({ zh: side(m[1], zh).replace(/ /g, ''), en: side(m[2], en) });
    }
  }
  return units.filter((u) => u.zh || u.en);
}

/** Paragraphs of the seed documents, by language (noise without counterpart). */
function seedParagraphs() {
  const dir = join(repo, 'corpus', 'documents');
  const out = { zh: [], en: [] };
  for (const name of readdirSync(dir).sort()) {
    const lang = /\.zh\.txt$/.test(name) ? 'zh' : /\.en\.txt$/.test(name) ? 'en' : undefined;
    if (!lang) continue;
    const paragraphs = readFileSync(join(dir, name), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 20);
    out[lang].push(...paragraphs);
  }
  return out;
}

/**
 * Writes the corpus; returns { pairs, bytes, goldUnits }. Each document pair: paragraphs of
 * 2–8 consecutive gold beads from a random place (both sides from the same beads), about
 * one in eight paragraphs a seed paragraph on one side only.
 */
export function buildSyntheticCorpus(out, { pairs = 2000, mb = 100, gold = join(repo, '..', 'shared', 'gold'), seed = 1 } = {}) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const units = goldUnits(gold);
  const seeds = seedParagraphs();
  const fallback = !units.length;
  if (fallback) for (let i = 0; i < Math.min(seeds.zh.length, seeds.en.length); i++) units.push({ zh: seeds.zh[i], en: seeds.en[i] });
  const perPair = (mb * 1024 * 1024) / pairs;
  mkdirSync(join(out, 'documents'), { recursive: true });
  const documents = [];
  let bytes = 0;
  for (let p = 1; p <= pairs; p++) {
    const id = `p${String(p).padStart(5, '0')}`;
    const zh = [];
    const en = [];
    let size = 0;
    while (size < perPair) {
      if (next() < 0.125) {
        const lang = next() < 0.5 ? 'zh' : 'en';
        const text = seeds[lang][pick(seeds[lang].length)];
        (lang === 'zh' ? zh : en).push(text);
        size += Buffer.byteLength(text);
        continue;
      }
      const start = pick(units.length);
      const run = units.slice(start, start + 2 + pick(7));
      const zhText = run.map((u) => u.zh).join('');
      const enText = run.map((u) => u.en).filter(Boolean).join(' ');
      if (zhText) zh.push(zhText);
      if (enText) en.push(enText);
      size += Buffer.byteLength(zhText) + Buffer.byteLength(enText);
    }
    const year = 2020 + (p % 5);
    const date = `${year}-${String(1 + (p % 12)).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`;
    for (const [lang, paragraphs] of [['zh', zh], ['en', en]]) {
      const text = paragraphs.join('\n\n') + '\n';
      writeFileSync(join(out, 'documents', `${id}.${lang}.txt`), text);
      bytes += Buffer.byteLength(text);
      documents.push({
        id: `${id}-${lang}`,
        file: `documents/${id}.${lang}.txt`,
        language: lang,
        date,
        event: `synthetic event ${p}`,
        kind: 'other',
        origin: lang === 'zh' ? 'original' : 'official-translation',
        counterpart: `${id}-${lang === 'zh' ? 'en' : 'zh'}`,
      });
    }
  }
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: 1, documents }, null, 2) + '\n');
  return { pairs, bytes, goldUnits: fallback ? 0 : units.length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? fallback : args[i + 1];
  };
  const out = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (!out) {
    process.stderr.write('usage: node tests/bench/lib/synthetic-corpus.mjs OUT_DIR [--pairs N] [--mb M] [--gold DIR] [--seed S]\n');
    process.exit(2);
  }
  const t = performance.now();
  const r = buildSyntheticCorpus(out, { pairs: Number(flag('pairs', 2000)), mb: Number(flag('mb', 100)), gold: flag('gold', undefined), seed: Number(flag('seed', 1)) });
  process.stderr.write(
    `synthetic corpus: ${r.pairs} pairs, ${(r.bytes / 1048576).toFixed(1)} MB in ${out} ` +
      `(${r.goldUnits ? `${r.goldUnits} gold beads` : 'no gold found: seed paragraphs only'}), ${Math.round(performance.now() - t)} ms\n`,
  );
}
