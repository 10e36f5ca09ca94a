// A lexicon learnt from the pair itself: word translation probabilities estimated by IBM
// Model 1 (EM) over the first pass's confident beads, seeded with the dictionary (Moore 2002;
// hunalign's re-alignment pass does the same). Names and repeated content words of a novel or
// a report, which no dictionary holds (韦小宝 ↔ Trinket), are what this learns. Deterministic
// and linear in the anchored text: pairs are numbered in order of first occurrence.
import type { SegmentAnalysis, TokenTable } from './lexical.js';

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
  const en = analysis.en;
  let zhKeys = 0;
  for (let item = 0; item < zh.keys.length; item += 1) zhKeys = Math.max(zhKeys, zh.keys[item] + 1);
  const RARE = analysis.idCount;
  // The English id of an item is its first form: its own key (a stem, a name or an anchor).
  const englishId = (item: number): number => (en.itemStart[item + 1] > en.itemStart[item] ? en.ids[en.itemStart[item]] : -1);
  const zhSeen = new Int32Array(zhKeys);
  const enSeen = new Int32Array(analysis.idCount + 1);
  const zhStamp = new Int32Array(zhKeys).fill(-1);
  const enStamp = new Int32Array(analysis.idCount + 1).fill(-1);
  /** Each bead's words, once each: [zh keys…], [en ids…]. */
  const beadZh: Int32Array[] = [];
  const beadEn: Int32Array[] = [];
  beads.forEach((bead, b) => {
    const zhWords: number[] = [];
    for (let item = zh.segmentStart[bead.i0]; item < zh.segmentStart[bead.i0 + bead.zhCount]; item += 1) {
      const z = zh.keys[item];
      if (z >= 0 && zhStamp[z] !== b) {
        zhStamp[z] = b;
        zhWords.push(z);
        zhSeen[z] += 1;
      }
    }
    const enWords: number[] = [];
    for (let item = en.segmentStart[bead.j0]; item < en.segmentStart[bead.j0 + bead.enCount]; item += 1) {
      const e = englishId(item);
      if (e >= 0 && enStamp[e] !== b) {
        enStamp[e] = b;
        enWords.push(e);
        enSeen[e] += 1;
      }
    }
    beadZh.push(Int32Array.from(zhWords));
    beadEn.push(Int32Array.from(enWords));
  });
  // Pairs of frequent words, numbered as they first co-occur; each bead keeps its pair list.
  for (let b = 0; b < beadZh.length; b += 1) {
    beadZh[b] = beadZh[b].filter((z) => zhSeen[z] >= parameters.minCount);
    beadEn[b] = beadEn[b].map((e) => (enSeen[e] >= parameters.minCount ? e : RARE));
  }
  const pairs = new PairTable();
  const beadPairs: Int32Array[] = [];
  for (let b = 0; b < beadZh.length; b += 1) {
    const zhWords = beadZh[b];
    const enWords = beadEn[b];
    const list = new Int32Array(zhWords.length * enWords.length);
    let p = 0;
    for (let e = 0; e < enWords.length; e += 1) {
      for (let z = 0; z < zhWords.length; z += 1) list[p++] = pairs.add(zhWords[z], enWords[e]);
    }
    beadPairs.push(list);
  }
  const pairZh = pairs.zh;
  const pairEn = pairs.en;
  const together = pairs.together;
  const pairCount = pairs.size;
  if (pairCount === 0) return new Map();
  // t(e|z), seeded: a dictionary pair starts `dictionaryBoost` times as likely.
  const t = new Float64Array(pairCount);
  const isKnown = new Uint8Array(pairCount);
  const firstItem = firstItemOfKey(zh, zhKeys);
  for (let k = 0; k < pairCount; k += 1) {
    isKnown[k] = pairEn[k] !== RARE && translatesTo(zh, firstItem[pairZh[k]], pairEn[k]) ? 1 : 0;
    t[k] = isKnown[k] ? parameters.dictionaryBoost : 1;
  }
  normalise(t, pairZh, zhKeys);
  for (let iteration = 0; iteration < parameters.iterations; iteration += 1) {
    t.set(expectedCounts(t, beadPairs, beadZh, beadEn));
    normalise(t, pairZh, zhKeys);
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
function expectedCounts(t: Float64Array, beadPairs: Int32Array[], beadZh: Int32Array[], beadEn: Int32Array[]): Float64Array {
  const counts = new Float64Array(t.length);
  for (let b = 0; b < beadPairs.length; b += 1) {
    const pairs = beadPairs[b];
    const zhCount = beadZh[b].length;
    const enCount = beadEn[b].length;
    const nullShare = 1 / (zhCount + 1);
    for (let e = 0; e < enCount; e += 1) {
      const row = e * zhCount;
      let total = nullShare;
      for (let z = 0; z < zhCount; z += 1) total += t[pairs[row + z]];
      for (let z = 0; z < zhCount; z += 1) counts[pairs[row + z]] += t[pairs[row + z]] / total;
    }
  }
  return counts;
}

function normalise(t: Float64Array, pairZh: Int32Array, zhKeys: number): void {
  const sums = new Float64Array(zhKeys);
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
  return { ...analysis, zh: { ...zh, itemStart, ids: Int32Array.from(ids) } };
}

/** (Chinese word, English id) pairs numbered in order of first occurrence, with their co-occurrence counts: an open-addressing table on typed arrays. */
class PairTable {
  size = 0;
  zh = new Int32Array(1024);
  en = new Int32Array(1024);
  together = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  private mask = 2047;

  /** The pair's number (new pairs numbered next), its count raised by one. */
  add(z: number, e: number): number {
    let slot = this.slotOf(z, e);
    for (;;) {
      const index = this.slots[slot];
      if (index < 0) break;
      if (this.zh[index] === z && this.en[index] === e) {
        this.together[index] += 1;
        return index;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.size === this.zh.length) this.grow();
    const fresh = this.size++;
    this.zh[fresh] = z;
    this.en[fresh] = e;
    this.together[fresh] = 1;
    this.place(fresh);
    return fresh;
  }

  private slotOf(z: number, e: number): number {
    return (Math.imul(z, 0x9e3779b1) ^ Math.imul(e + 1, 0x85ebca77)) & this.mask;
  }

  private place(index: number): void {
    let slot = this.slotOf(this.zh[index], this.en[index]);
    while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = index;
  }

  /** Doubles the arrays and the slots (load stays at most one half). */
  private grow(): void {
    const capacity = this.zh.length * 2;
    const copy = (from: Int32Array) => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.zh = copy(this.zh);
    this.en = copy(this.en);
    this.together = copy(this.together);
    this.slots = new Int32Array(capacity * 2).fill(-1);
    this.mask = capacity * 2 - 1;
    for (let index = 0; index < this.size; index += 1) this.place(index);
  }
}
