// A lexicon learnt from the pair itself: word translation probabilities estimated by IBM
// Model 1 (EM) over the first pass's confident beads, seeded with the dictionary (Moore 2002;
// hunalign's re-alignment pass does the same). Names and repeated content words of a novel or
// a report, which no dictionary holds (韦小宝 ↔ Trinket), are what this learns. Deterministic
// and linear in the anchored text: pairs are numbered by Chinese word, then by first occurrence.
import type { SegmentAnalysis, TokenTable } from './lexical.js';
import { IntList } from './tables.js';

export interface LearningParameters {
  /** EM iterations. */
  iterations: number;
  /** Initial weight of a dictionary pair relative to any other co-occurring pair. */
  dictionaryBoost: number;
  /** Least translation probability t(e|z) for a learnt pair. */
  minProbability: number;
  /** Least number of anchored beads in which the pair co-occurs. */
  minCount: number;
}

/** A bead of the first pass kept as training data: Chinese [i0, i0+zhCount), English [j0, j0+enCount). */
export interface TrainingBead {
  i0: number;
  zhCount: number;
  j0: number;
  enCount: number;
}

/**
 * Learns, for each Chinese word (key of the analysis's Chinese table), English ids it translates
 * to beyond those it already has. Returns key → new ids (ascending). Words seen in fewer than
 * `minCount` training beads cannot yield a pair: such Chinese words are left to the null word and
 * such English words share one "rare" id, which keeps the model small and linear.
 */
/** At most this many training beads (evenly spaced): the model is learnt as well, memory stays bounded. */
const MAX_TRAINING_BEADS = 20_000;

export function learnTranslations(
  analysis: SegmentAnalysis,
  allBeads: readonly TrainingBead[],
  parameters: LearningParameters,
): Map<number, number[]> {
  const stride = Math.max(1, allBeads.length / MAX_TRAINING_BEADS);
  const beads = stride === 1 ? allBeads : Array.from({ length: Math.floor(allBeads.length / stride) }, (_, k) => allBeads[Math.floor(k * stride)]);
  const zh = analysis.zh;
  let zhKeys = 0;
  for (let item = 0; item < zh.keys.length; item += 1) zhKeys = Math.max(zhKeys, zh.keys[item] + 1);
  const RARE = analysis.idCount;
  const words = beadWords(analysis, beads, zhKeys);
  // Frequent words only: rarer Chinese words are dropped, rarer English ones share the id RARE.
  const { zhSeen, enSeen } = words;
  const zhStart = new Int32Array(beads.length + 1);
  const enStart = words.enStart;
  const zhWords = new Int32Array(words.zh.length);
  let kept = 0;
  for (let b = 0; b < beads.length; b += 1) {
    for (let k = words.zhStart[b]; k < words.zhStart[b + 1]; k += 1) if (zhSeen[words.zh[k]] >= parameters.minCount) zhWords[kept++] = words.zh[k];
    zhStart[b + 1] = kept;
  }
  const enWords = words.en.map((e) => (enSeen[e] >= parameters.minCount ? e : RARE));
  // Each bead's pair list, English word by English word; pairs numbered Chinese word by Chinese
  // word, each word's English partners as they first occur.
  const pairStart = new Int32Array(beads.length + 1);
  for (let b = 0; b < beads.length; b += 1) pairStart[b + 1] = pairStart[b] + (zhStart[b + 1] - zhStart[b]) * (enStart[b + 1] - enStart[b]);
  const { beadPairs, pairZh, pairEn, together } = numberPairs(zhWords, zhStart, enWords, enStart, pairStart, zhKeys, RARE + 1);
  const pairCount = pairZh.length;
  if (pairCount === 0) return new Map();
  // t(e|z), seeded: a dictionary pair starts `dictionaryBoost` times as likely.
  const t = new Float64Array(pairCount);
  const isKnown = new Uint8Array(pairCount);
  const firstItem = firstItemOfKey(zh, zhKeys);
  for (let k = 0; k < pairCount; k += 1) {
    isKnown[k] = pairEn[k] !== RARE && translatesTo(zh, firstItem[pairZh[k]], pairEn[k]) ? 1 : 0;
    t[k] = isKnown[k] ? parameters.dictionaryBoost : 1;
  }
  const sums = new Float64Array(zhKeys);
  normalise(t, pairZh, sums);
  const counts = new Float64Array(pairCount);
  for (let iteration = 0; iteration < parameters.iterations; iteration += 1) {
    expectedCounts(t, counts, beadPairs, pairStart, zhStart, enStart);
    t.set(counts);
    normalise(t, pairZh, sums);
  }
  const learnt = new Map<number, number[]>();
  for (let k = 0; k < pairCount; k += 1) {
    if (pairEn[k] === RARE || isKnown[k] || t[k] < parameters.minProbability || together[k] < parameters.minCount) continue;
    const list = learnt.get(pairZh[k]) ?? [];
    list.push(pairEn[k]);
    learnt.set(pairZh[k], list);
  }
  for (const list of learnt.values()) list.sort((a, b) => a - b);
  return learnt;
}

/**
 * Each training bead's words, once each, flat: Chinese keys zh[zhStart[b]…], English ids (an
 * item's first form: its own key, a stem, a name or an anchor) en[enStart[b]…]; and in how many
 * beads each word occurs.
 */
function beadWords(analysis: SegmentAnalysis, beads: readonly TrainingBead[], zhKeys: number) {
  const { zh, en } = analysis;
  const zhSeen = new Int32Array(zhKeys);
  const enSeen = new Int32Array(analysis.idCount + 1);
  const zhStamp = new Int32Array(zhKeys).fill(-1);
  const enStamp = new Int32Array(analysis.idCount + 1).fill(-1);
  const zhStart = new Int32Array(beads.length + 1);
  const enStart = new Int32Array(beads.length + 1);
  let zhCount = 0;
  let enCount = 0;
  for (const bead of beads) {
    zhCount += zh.segmentStart[bead.i0 + bead.zhCount] - zh.segmentStart[bead.i0];
    enCount += en.segmentStart[bead.j0 + bead.enCount] - en.segmentStart[bead.j0];
  }
  const zhOut = new Int32Array(zhCount);
  const enOut = new Int32Array(enCount);
  let z0 = 0;
  let e0 = 0;
  for (let b = 0; b < beads.length; b += 1) {
    const bead = beads[b];
    for (let item = zh.segmentStart[bead.i0]; item < zh.segmentStart[bead.i0 + bead.zhCount]; item += 1) {
      const z = zh.keys[item];
      if (z >= 0 && zhStamp[z] !== b) {
        zhStamp[z] = b;
        zhOut[z0++] = z;
        zhSeen[z] += 1;
      }
    }
    for (let item = en.segmentStart[bead.j0]; item < en.segmentStart[bead.j0 + bead.enCount]; item += 1) {
      const e = en.itemStart[item + 1] > en.itemStart[item] ? en.ids[en.itemStart[item]] : -1;
      if (e >= 0 && enStamp[e] !== b) {
        enStamp[e] = b;
        enOut[e0++] = e;
        enSeen[e] += 1;
      }
    }
    zhStart[b + 1] = z0;
    enStart[b + 1] = e0;
  }
  return { zh: zhOut.subarray(0, z0), zhStart, en: enOut.subarray(0, e0), enStart, zhSeen, enSeen };
}

/** Per Chinese key, one item of that word (every item of a word has the same ids). */
function firstItemOfKey(zh: TokenTable, keys: number): Int32Array {
  const first = new Int32Array(keys).fill(-1);
  for (let item = 0; item < zh.keys.length; item += 1) if (first[zh.keys[item]] < 0) first[zh.keys[item]] = item;
  return first;
}

function translatesTo(zh: TokenTable, item: number, id: number): boolean {
  if (item < 0) return false;
  for (let k = zh.itemStart[item]; k < zh.itemStart[item + 1]; k += 1) if (zh.ids[k] === id) return true;
  return false;
}

/** The E-step: expected counts of each pair given t(e|z), the null word taking 1/(words + 1). */
function expectedCounts(t: Float64Array, counts: Float64Array, pairs: Int32Array, pairStart: Int32Array, zhStart: Int32Array, enStart: Int32Array): void {
  counts.fill(0);
  for (let b = 0; b + 1 < pairStart.length; b += 1) {
    const zhCount = zhStart[b + 1] - zhStart[b];
    const enCount = enStart[b + 1] - enStart[b];
    const nullShare = 1 / (zhCount + 1);
    for (let e = 0; e < enCount; e += 1) {
      const row = pairStart[b] + e * zhCount;
      let total = nullShare;
      for (let z = 0; z < zhCount; z += 1) total += t[pairs[row + z]];
      for (let z = 0; z < zhCount; z += 1) counts[pairs[row + z]] += t[pairs[row + z]] / total;
    }
  }
}

function normalise(t: Float64Array, pairZh: Int32Array, sums: Float64Array): void {
  sums.fill(0);
  for (let k = 0; k < t.length; k += 1) sums[pairZh[k]] += t[k];
  for (let k = 0; k < t.length; k += 1) if (sums[pairZh[k]] > 0) t[k] /= sums[pairZh[k]];
}

/** The analysis with each Chinese word's learnt ids added to its items' ids. */
export function withLearntTranslations(analysis: SegmentAnalysis, learnt: Map<number, number[]>): SegmentAnalysis {
  if (learnt.size === 0) return analysis;
  const zh = analysis.zh;
  const itemStart = new Int32Array(zh.itemStart.length);
  const ids: number[] = [];
  for (let item = 0; item < zh.keys.length; item += 1) {
    for (let k = zh.itemStart[item]; k < zh.itemStart[item + 1]; k += 1) ids.push(zh.ids[k]);
    for (const id of learnt.get(zh.keys[item]) ?? []) ids.push(id);
    itemStart[item + 1] = ids.length;
  }
  return { ...analysis, zh: zh.withIds(itemStart, Int32Array.from(ids)) };
}

/**
 * The (Chinese word, English id) pairs of the beads, numbered, and each bead's list of pair
 * numbers (English word by English word, each over the bead's Chinese words). Pairs are found by
 * grouping the beads' pairs by Chinese word (a counting sort) and numbering each word's English
 * partners as they first occur: every step reads and writes in order or within one word's
 * partners, where a hash table over all pairs would miss the cache at every pair.
 */
function numberPairs(
  zhWords: Int32Array,
  zhStart: Int32Array,
  enWords: Int32Array,
  enStart: Int32Array,
  pairStart: Int32Array,
  zhKeys: number,
  enIds: number,
): { beadPairs: Int32Array; pairZh: Int32Array; pairEn: Int32Array; together: Int32Array } {
  const beads = zhStart.length - 1;
  const refs = pairStart[beads];
  // Where each Chinese word's pairs go, in bead order.
  const bucket = new Int32Array(zhKeys + 1);
  for (let b = 0; b < beads; b += 1) {
    const enCount = enStart[b + 1] - enStart[b];
    for (let z = zhStart[b]; z < zhStart[b + 1]; z += 1) bucket[zhWords[z] + 1] += enCount;
  }
  for (let z = 0; z < zhKeys; z += 1) bucket[z + 1] += bucket[z];
  const cursor = bucket.slice(0, zhKeys);
  const refOf = new Int32Array(refs);
  const enOf = new Int32Array(refs);
  for (let b = 0, p = 0; b < beads; b += 1) {
    for (let e = enStart[b]; e < enStart[b + 1]; e += 1) {
      for (let z = zhStart[b]; z < zhStart[b + 1]; z += 1) {
        const at = cursor[zhWords[z]]++;
        refOf[at] = p++;
        enOf[at] = enWords[e];
      }
    }
  }
  const beadPairs = new Int32Array(refs);
  const pairZh = new IntList();
  const pairEn = new IntList();
  const together = new IntList();
  const lastWord = new Int32Array(enIds).fill(-1);
  const pairOf = new Int32Array(enIds);
  for (let z = 0; z < zhKeys; z += 1) {
    for (let at = bucket[z]; at < bucket[z + 1]; at += 1) {
      const e = enOf[at];
      if (lastWord[e] !== z) {
        lastWord[e] = z;
        pairOf[e] = pairZh.length;
        pairZh.push(z);
        pairEn.push(e);
        together.push(0);
      }
      together.values[pairOf[e]] += 1;
      beadPairs[refOf[at]] = pairOf[e];
    }
  }
  return { beadPairs, pairZh: pairZh.toArray(), pairEn: pairEn.toArray(), together: together.toArray() };
}
