// Reading the gold sentence alignments (evaluation only: the texts are read from the folder
// given at run time, never copied) and scoring predicted beads against them, exactly and laxly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const readLines = (path) => {
  const text = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  return text === '' ? [] : text.split(/\r?\n/);
};

const isChinese = (lines) => {
  const sample = lines.slice(0, 50).join('');
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return han > latin;
};

const indices = (side) => (side === '[]' ? [] : side.slice(1, -1).split(',').map(Number));

/** Beads of an `.align` file as { zh, en } index lists (the third `:cost` field ignored). */
export function readBeads(path, srcIsChinese) {
  return readLines(path)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [src, tgt] = line.replace(/\s+/g, '').split(':');
      return srcIsChinese ? { zh: indices(src), en: indices(tgt) } : { zh: indices(tgt), en: indices(src) };
    });
}

/** The documents of a gold set, Chinese side first: [{ set, id, zh, en, gold }], or [] when absent. */
export function goldDocuments(root, set) {
  const dir = join(root, set);
  if (!existsSync(join(dir, 'gold'))) return [];
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.align'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.align$/, '');
      const src = readLines(join(dir, 'src', id));
      const tgt = readLines(join(dir, 'tgt', id));
      const srcIsChinese = isChinese(src);
      return {
        set,
        id,
        zh: srcIsChinese ? src : tgt,
        en: srcIsChinese ? tgt : src,
        srcIsChinese,
        gold: readBeads(join(dir, 'gold', file), srcIsChinese),
      };
    });
}

export const beadKey = (bead) => `${bead.zh.join(',')}:${bead.en.join(',')}`;

/**
 * Counts for exact and lax precision/recall. Exact: the bead is a gold bead. Lax: a link (both
 * sides non-empty) shares a Chinese and an English sentence with one bead of the other list; an
 * unmatched bead must be exact. Lax right but exact wrong is a merge/split (granularity) error.
 */
export function scoreBeads(predicted, gold) {
  const goldKeys = new Set(gold.map(beadKey));
  const predictedKeys = new Set(predicted.map(beadKey));
  const exact = predicted.filter((b) => goldKeys.has(beadKey(b))).length;
  const goldExact = gold.filter((b) => predictedKeys.has(beadKey(b))).length;
  return {
    predicted: predicted.length,
    gold: gold.length,
    exact,
    goldExact,
    lax: laxHits(predicted, gold, goldKeys),
    goldLax: laxHits(gold, predicted, predictedKeys),
  };
}

function laxHits(beads, others, otherKeys) {
  const zhOwner = new Map();
  const enOwner = new Map();
  others.forEach((b, k) => {
    for (const i of b.zh) zhOwner.set(i, k);
    for (const j of b.en) enOwner.set(j, k);
  });
  let hits = 0;
  for (const b of beads) {
    if (b.zh.length === 0 || b.en.length === 0) {
      if (otherKeys.has(beadKey(b))) hits += 1;
      continue;
    }
    const owners = new Set(b.zh.map((i) => zhOwner.get(i)));
    if (b.en.some((j) => owners.has(enOwner.get(j)) && others[enOwner.get(j)].zh.length > 0)) hits += 1;
  }
  return hits;
}

export const ZERO = { predicted: 0, gold: 0, exact: 0, goldExact: 0, lax: 0, goldLax: 0 };
export const addScores = (a, b) => Object.fromEntries(Object.keys(ZERO).map((k) => [k, a[k] + b[k]]));

export function f1(s, kind = 'exact') {
  const p = s.predicted ? (kind === 'exact' ? s.exact : s.lax) / s.predicted : 0;
  const r = s.gold ? (kind === 'exact' ? s.goldExact : s.goldLax) / s.gold : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export function formatScore(name, s, extra = '') {
  const e = f1(s, 'exact');
  const l = f1(s, 'lax');
  return (
    `${name.padEnd(24)} exact P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} F1 ${e.f.toFixed(3)}   ` +
    `lax F1 ${l.f.toFixed(3)}   (${s.exact}/${s.predicted} predicted, ${s.gold} gold)${extra}`
  );
}
