// Near-miss names: an English span close to a glossary name by spelling (edit distance and
// Jaro-Winkler), sound (DoubleMetaphone) or as a transliteration of the Chinese form's pinyin
// ("Dushang Bie" ~ 杜尚别 dù shàng bié). Scores in [0, 1]; the caller picks the threshold.
import { createRequire } from 'node:module';
import { NAME_TYPES, TRANSLITERATED_TYPES, type EntityType, type GlossaryEntry } from './schema.js';
import type { Glossary } from './load.js';
import { formKey, lettersKey } from './normalize-form.js';

const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;
/** pinyin-pro costs ~0.2 s to load: only for entries without a `pinyin` field. */
let pinyinOf: ((zh: string) => string) | undefined;
function computePinyin(zh: string): string {
  if (!pinyinOf) {
    const { pinyin } = require('pinyin-pro') as { pinyin: (text: string, options: { toneType: 'none'; type: 'array' }) => string[] };
    pinyinOf = (text) => pinyin(text, { toneType: 'none', type: 'array' }).join(' ');
  }
  return pinyinOf(zh);
}
const DoubleMetaphone = require('natural/lib/natural/phonetics/double_metaphone.js') as new () => {
  process(word: string): [string, string];
};

export type NearMissMethod = 'spelling' | 'sound' | 'pinyin';

export interface NearMiss {
  entry: GlossaryEntry;
  /** The correct form it is close to (a preferred or accepted English form). */
  form: string;
  score: number;
  method: NearMissMethod;
}

/** Near misses are looked for among names, and among demonyms (misspelt like the names they come from). */
const NAMELIKE: ReadonlySet<EntityType> = new Set([...NAME_TYPES, 'demonym']);

interface Target {
  entry: GlossaryEntry;
  form: string;
  letters: string;
  counts: Uint8Array;
  sound: string[];
  /** True for pinyin targets (matched against `letters` only). */
  pinyin: boolean;
  /** Position in glossary order: ties between an entry's forms go to the earlier one. */
  order: number;
}

interface NearMissIndex {
  /** Sorted by letter count, so a span visits only the targets of a length it can be near. */
  targets: Target[];
  correct: Set<string>;
  cache: Map<string, NearMiss[]>;
}

const indexes = new WeakMap<Glossary, NearMissIndex>();
const metaphone = new DoubleMetaphone();

function soundOf(text: string): string[] {
  return text
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => metaphone.process(w)[0]);
}

function buildIndex(glossary: Glossary): NearMissIndex {
  let index = indexes.get(glossary);
  if (index) return index;
  const targets: Target[] = [];
  const correct = new Set<string>();
  for (const entry of glossary.entries) {
    for (const form of [entry.preferred, ...entry.variants]) correct.add(formKey(form));
    for (const garble of entry.garbles) correct.add(formKey(garble.text));
    if (!NAMELIKE.has(entry.type)) continue;
    for (const form of [entry.preferred, ...entry.variants]) {
      const letters = lettersKey(form);
      if (letters.length >= 4) targets.push({ entry, form, letters, counts: histogram(letters), sound: soundOf(form), pinyin: false, order: targets.length });
    }
    if (TRANSLITERATED_TYPES.has(entry.type)) {
      const main = entry.zhHans[0];
      if (main !== undefined) {
        const letters = lettersKey(entry.pinyin ?? computePinyin(main));
        if (letters.length >= 4) targets.push({ entry, form: entry.preferred, letters, counts: histogram(letters), sound: [], pinyin: true, order: targets.length });
      }
    }
  }
  targets.sort((a, b) => a.letters.length - b.letters.length || a.order - b.order);
  index = { targets, correct, cache: new Map() };
  indexes.set(glossary, index);
  return index;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (banded, reused rows). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  const big = limit + 1;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    cur[from - 1] = from === 1 ? (i <= limit ? i : big) : big;
    let rowMin = cur[from - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitute = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = prev[j] + 1;
      const insert = cur[j - 1] + 1;
      const v = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
      cur[j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    if (to < b.length) cur[to + 1] = big;
    if (rowMin > limit) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], big);
}

/** Letter counts (a–z, 0–9): half their difference is a lower bound of the edit distance. */
function histogram(letters: string): Uint8Array {
  const counts = new Uint8Array(36);
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    counts[c >= 97 ? c - 97 : c - 48 + 26]++;
  }
  return counts;
}

/** Whether half the letter-count difference (a lower bound of the edit distance) exceeds `limit`. */
function histogramExceeds(a: Uint8Array, b: Uint8Array, limit: number): boolean {
  const most = 2 * limit;
  let diff = 0;
  for (let k = 0; k < 36; k++) {
    diff += a[k] > b[k] ? a[k] - b[k] : b[k] - a[k];
    if (diff > most) return true;
  }
  return false;
}

/** Index of the first target with at least `length` letters (targets are sorted by length). */
function firstOfLength(targets: Target[], length: number): number {
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (targets[mid].letters.length < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spelling similarity: the mean of edit-distance similarity and Jaro-Winkler (0 when far apart). */
export function spellingSimilarity(a: string, b: string, maxDistanceShare = 0.4): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const limit = Math.floor(longest * maxDistanceShare);
  const distance = editDistance(a, b, limit);
  if (distance > limit) return 0;
  return (1 - distance / longest + jaroWinkler(a, b)) / 2;
}

export interface NearMissOptions {
  /** Lowest score returned (default 0.85). */
  threshold?: number;
  /** At most this many candidates, best first (default 3). */
  limit?: number;
}

/**
 * Glossary names `span` (e.g. a capitalised token sequence) may be a near miss of, best first.
 * A span that is itself a known form (correct or garble) has none.
 */
export function nearMissCandidates(glossary: Glossary, span: string, options: NearMissOptions = {}): NearMiss[] {
  const threshold = options.threshold ?? 0.85;
  const limit = options.limit ?? 3;
  const index = buildIndex(glossary);
  const cacheKey = `${threshold}\u0000${span}`;
  const cached = index.cache.get(cacheKey);
  if (cached) return cached.slice(0, limit);
  const result = scoreSpan(index, span, threshold);
  if (index.cache.size > 50_000) index.cache.clear();
  index.cache.set(cacheKey, result);
  return result.slice(0, limit);
}

function scoreSpan(index: NearMissIndex, span: string, threshold: number): NearMiss[] {
  if (index.correct.has(formKey(span))) return [];
  const letters = lettersKey(span);
  if (letters.length < 4) return [];
  const sound = soundOf(span);
  const counts = histogram(letters);
  const window = Math.max(2, letters.length * 0.35);
  const hits: { target: Target; score: number; method: NearMissMethod }[] = [];
  for (let t = firstOfLength(index.targets, letters.length - window); t < index.targets.length; t++) {
    const target = index.targets[t];
    if (target.letters.length - letters.length > window) break;
    const sameSound = !target.pinyin && sound.length === target.sound.length && sound.every((s, k) => s === target.sound[k]);
    // Spelling alone reaches the threshold only within this share of edits (Jaro-Winkler ≤ 1).
    const share = sameSound ? 0.4 : Math.max(0, 2 - 2 * threshold);
    if (histogramExceeds(counts, target.counts, Math.floor(Math.max(letters.length, target.letters.length) * share))) continue;
    let score = spellingSimilarity(letters, target.letters, share);
    let method: NearMissMethod = target.pinyin ? 'pinyin' : 'spelling';
    if (sameSound && score >= 0.6) {
      // Same sound lifts the score; spelling still orders candidates that sound alike.
      const bySound = Math.min(0.99, 0.85 + 0.1 * score);
      if (bySound > score) {
        score = bySound;
        method = 'sound';
      }
    }
    if (score < threshold) continue;
    hits.push({ target, score, method });
  }
  // In glossary order, as the first of an entry's forms to reach a score wins.
  hits.sort((a, b) => a.target.order - b.target.order);
  const best = new Map<string, NearMiss>();
  for (const { target, score, method } of hits) {
    const previous = best.get(target.entry.id);
    if (!previous || score > previous.score) {
      best.set(target.entry.id, { entry: target.entry, form: target.form, score: Math.round(score * 1000) / 1000, method });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
