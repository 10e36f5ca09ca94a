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

/** The Chinese words (table keys) of the beads, each once per bead, and the English ids likewise. */
function beadWords(table: TokenTable, first: number, count: number, ofItem: (item: number) => number): number[] {
  const out: number[] = [];
  for (let item = table.segmentStart[first]; item < table.segmentStart[first + count]; item += 1) {
    const word = ofItem(item);
    if (word >= 0 && !out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * Learns, for each Chinese word (key of the analysis's Chinese table), English ids it translates
 * to beyond those it already has. Returns key → new ids (ascending).
 */
export function learnTranslations(
  analysis: SegmentAnalysis,
  beads: readonly TrainingBead[],
  parameters: LearningParameters,
): Map<number, number[]> {
  const zh = analysis.zh;
  const en = analysis.en;
  // The English id of an item is its first form: its own key (a stem, a name or an anchor).
  const englishId = (item: number): number => (en.itemStart[item + 1] > en.itemStart[item] ? en.ids[en.itemStart[item]] : -1);
  const known = new Map<number, Set<number>>();
  for (let item = 0; item < zh.keys.length; item += 1) {
    let set = known.get(zh.keys[item]);
    if (!set) known.set(zh.keys[item], (set = new Set()));
    for (let k = zh.itemStart[item]; k < zh.itemStart[item + 1]; k += 1) set.add(zh.ids[k]);
  }
  // Pairs numbered as they first co-occur; each bead keeps its pairs as a flat list.
  const pairIndex = new Map<number, number>();
  const pairZh: number[] = [];
  const pairEn: number[] = [];
  const beadPairs: Int32Array[] = [];
  const beadEnglish: number[][] = [];
  const beadChinese: number[][] = [];
  const span = analysis.idCount + 1;
  const together = new Map<number, number>();
  for (const bead of beads) {
    const zhWords = beadWords(zh, bead.i0, bead.zhCount, (item) => zh.keys[item]);
    const enWords = beadWords(en, bead.j0, bead.enCount, englishId);
    if (zhWords.length === 0 || enWords.length === 0) continue;
    const pairs = new Int32Array(zhWords.length * enWords.length);
    let p = 0;
    for (const e of enWords) {
      for (const z of zhWords) {
        const code = z * span + e;
        let index = pairIndex.get(code);
        if (index === undefined) {
          pairIndex.set(code, (index = pairZh.length));
          pairZh.push(z);
          pairEn.push(e);
        }
        together.set(index, (together.get(index) ?? 0) + 1);
        pairs[p++] = index;
      }
    }
    beadPairs.push(pairs);
    beadEnglish.push(enWords);
    beadChinese.push(zhWords);
  }
  const pairCount = pairZh.length;
  if (pairCount === 0) return new Map();
  // t(e|z), seeded: a dictionary pair starts `dictionaryBoost` times as likely.
  const t = new Float64Array(pairCount);
  for (let k = 0; k < pairCount; k += 1) t[k] = known.get(pairZh[k])?.has(pairEn[k]) ? parameters.dictionaryBoost : 1;
  const zhKeys = zh.keys.length > 0 ? Math.max(...zh.keys) + 1 : 0;
  normalise(t, pairZh, zhKeys);
  const counts = new Float64Array(pairCount);
  for (let iteration = 0; iteration < parameters.iterations; iteration += 1) {
    counts.fill(0);
    for (let b = 0; b < beadPairs.length; b += 1) {
      const pairs = beadPairs[b];
      const zhCount = beadChinese[b].length;
      const nullShare = 1 / (zhCount + 1);
      for (let e = 0; e < beadEnglish[b].length; e += 1) {
        let total = nullShare;
        for (let z = 0; z < zhCount; z += 1) total += t[pairs[e * zhCount + z]];
        for (let z = 0; z < zhCount; z += 1) counts[pairs[e * zhCount + z]] += t[pairs[e * zhCount + z]] / total;
      }
    }
    t.set(counts);
    normalise(t, pairZh, zhKeys);
  }
  const learnt = new Map<number, number[]>();
  for (let k = 0; k < pairCount; k += 1) {
    if (t[k] < parameters.minProbability || (together.get(k) ?? 0) < parameters.minCount) continue;
    if (known.get(pairZh[k])?.has(pairEn[k])) continue;
    const list = learnt.get(pairZh[k]) ?? [];
    list.push(pairEn[k]);
    learnt.set(pairZh[k], list);
  }
  for (const list of learnt.values()) list.sort((a, b) => a - b);
  return learnt;
}

function normalise(t: Float64Array, pairZh: number[], zhKeys: number): void {
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
