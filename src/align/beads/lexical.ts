// Lexical evidence for the bead search: each segment's lexicon tokens, weighted by rarity
// within its document, and for every (Chinese, English) segment pair inside the search band
// how much of each side finds a translation on the other. A bead's similarity combines the
// pairs it covers.
import {
  chineseNameForms,
  chineseTokens,
  englishTokenForms,
  type ChineseToken,
  type EnglishToken,
  type Lexicon,
} from '../lexicon/index.js';
import type { Band } from './band.js';
import type { LexicalEvidence } from './scorer.js';

/** Bead shapes reach at most this many segments back from a band cell. */
const REACH = 4;

interface ChineseWord {
  weight: number;
  translations: Int32Array;
}

/** Each segment's lexical tokens, computed once and merged for the coarse pass over chunks. */
export interface SegmentAnalysis {
  zh: ChineseToken[][];
  /** Romanised forms of short character runs of each Chinese segment (matched, never counted). */
  zhNames: string[][];
  en: EnglishToken[][];
}

export function analyseSegments(zh: string[], en: string[], lexicon: Lexicon): SegmentAnalysis {
  return {
    zh: zh.map((text) => dedupe(chineseTokens(text, lexicon))),
    zhNames: zh.map((text) => chineseNameForms(text, lexicon)),
    en: en.map((text) => dedupe(englishTokenForms(text))),
  };
}

/** The analysis of chunks [bounds[k], bounds[k+1]) of segments. */
export function mergeAnalysis(analysis: SegmentAnalysis, zhBounds: number[], enBounds: number[]): SegmentAnalysis {
  const merge = <T>(lists: T[][], bounds: number[]): T[][] => bounds.slice(1).map((end, k) => lists.slice(bounds[k], end).flat());
  return {
    zh: merge(analysis.zh, zhBounds).map(dedupe),
    zhNames: merge(analysis.zhNames, zhBounds).map((names) => [...new Set(names)]),
    en: merge(analysis.en, enBounds).map(dedupe),
  };
}

export class SegmentLexicon implements LexicalEvidence {
  private readonly zhWords: ChineseWord[][];
  private readonly zhUnion: Int32Array[];
  /** Per English segment, per token, the ids of the token's forms; and all of them flat. */
  private readonly enTokenIds: Int32Array[][];
  private readonly enIds: Int32Array[];
  private readonly enWeights: Float64Array[];
  private readonly zhTotal: Float64Array;
  private readonly enTotal: Float64Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /** Pair tables per Chinese segment: matched Chinese weight and matched English weight. */
  private pairLo = new Int32Array(0);
  private zhMatched: Float32Array[] = [];
  private enMatched: Float32Array[] = [];

  constructor(analysis: SegmentAnalysis) {
    const ids = new Map<string, number>();
    const enTokenLists = analysis.en;
    for (const tokens of enTokenLists) {
      for (const token of tokens) for (const form of token.forms) if (!ids.has(form)) ids.set(form, ids.size);
    }
    const enRarity = rarity(enTokenLists.map((tokens) => tokens.map((token) => token.key)));
    this.enTokenIds = enTokenLists.map((tokens) => tokens.map((token) => Int32Array.from(token.forms, (f) => ids.get(f) ?? -1)));
    this.enIds = this.enTokenIds.map((tokens) => Int32Array.from(tokens.flatMap((forms) => [...forms])));
    this.enWeights = enTokenLists.map((tokens) => Float64Array.from(tokens, (token) => enRarity.get(token.key) ?? 0));
    this.enTotal = Float64Array.from(this.enWeights, (weights) => sum(weights));

    const zhTokenLists = analysis.zh;
    const zhRarity = rarity(zhTokenLists.map((tokens) => tokens.map((token) => token.key)));
    this.zhWords = zhTokenLists.map((tokens) =>
      tokens.map((token) => ({
        weight: zhRarity.get(token.key) ?? 0,
        translations: Int32Array.from(
          token.translations.map((t) => ids.get(t) ?? -1).filter((id) => id >= 0),
        ),
      })),
    );
    this.zhUnion = analysis.zhNames.map((names, s) => {
      const union = new Set(this.zhWords[s].flatMap((w) => [...w.translations]));
      for (const form of names) {
        const id = ids.get(form);
        if (id !== undefined) union.add(id);
      }
      return Int32Array.from(union);
    });
    this.zhTotal = Float64Array.from(this.zhWords, (words) => words.reduce((s, w) => s + w.weight, 0));
    this.mark = new Int32Array(ids.size);
  }

  /** Computes the pair tables for every pair a bead inside `band` can cover. */
  prepare(band: Band): void {
    const n = this.zhWords.length;
    const m = this.enIds.length;
    this.pairLo = new Int32Array(n);
    this.zhMatched = new Array<Float32Array>(n);
    this.enMatched = new Array<Float32Array>(n);
    for (let s = 0; s < n; s += 1) {
      const lo = band.lo[Math.max(0, s + 1 - REACH)];
      const hi = Math.min(m - 1, band.hi[Math.min(n, s + REACH)]);
      const width = Math.max(0, hi - lo + 1);
      this.pairLo[s] = lo;
      const zhRow = new Float32Array(width);
      const enRow = new Float32Array(width);
      this.markChinese(s);
      const zhStamp = this.stamp;
      for (let t = lo; t <= hi; t += 1) enRow[t - lo] = this.matchedEnglish(t, zhStamp);
      for (let t = lo; t <= hi; t += 1) zhRow[t - lo] = this.matchedChinese(s, t);
      this.zhMatched[s] = zhRow;
      this.enMatched[s] = enRow;
    }
  }

  similarity(i0: number, zhCount: number, j0: number, enCount: number): number {
    let total = 0;
    let matched = 0;
    for (let s = i0; s < i0 + zhCount; s += 1) {
      let found = 0;
      const row = this.zhMatched[s];
      const lo = this.pairLo[s];
      for (let t = j0; t < j0 + enCount; t += 1) found += row[t - lo] ?? 0;
      total += this.zhTotal[s];
      matched += Math.min(found, this.zhTotal[s]);
    }
    for (let t = j0; t < j0 + enCount; t += 1) {
      let found = 0;
      for (let s = i0; s < i0 + zhCount; s += 1) found += this.enMatched[s][t - this.pairLo[s]] ?? 0;
      total += this.enTotal[t];
      matched += Math.min(found, this.enTotal[t]);
    }
    return total > 0 ? matched / total : -1;
  }

  private markChinese(s: number): void {
    this.stamp += 1;
    for (const id of this.zhUnion[s]) this.mark[id] = this.stamp;
  }

  private matchedEnglish(t: number, zhStamp: number): number {
    let found = 0;
    const tokens = this.enTokenIds[t];
    const weights = this.enWeights[t];
    for (let k = 0; k < tokens.length; k += 1) {
      for (const id of tokens[k]) {
        if (this.mark[id] === zhStamp) {
          found += weights[k];
          break;
        }
      }
    }
    return found;
  }

  private matchedChinese(s: number, t: number): number {
    this.stamp += 1;
    const stamp = this.stamp;
    for (const id of this.enIds[t]) this.mark[id] = stamp;
    let found = 0;
    for (const word of this.zhWords[s]) {
      for (const id of word.translations) {
        if (this.mark[id] === stamp) {
          found += word.weight;
          break;
        }
      }
    }
    return found;
  }
}

/** Inverse segment frequency within a document: words in every segment weigh little. */
function rarity(lists: string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const list of lists) for (const token of new Set(list)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [token, count] of frequency) weights.set(token, Math.log(1 + lists.length / count));
  return weights;
}

function dedupe<T extends { key: string }>(tokens: T[]): T[] {
  const seen = new Set<string>();
  return tokens.filter((token) => !seen.has(token.key) && seen.add(token.key) !== undefined);
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
