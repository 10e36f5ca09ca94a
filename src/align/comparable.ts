// Links between comparable texts (a news report and the statement it reports on): only the
// segment pairs whose translation overlap stands out from what each segment shares with every
// other segment of the other text. Genre vocabulary (各方, cooperation, Central Asia) is shared
// by every pair, so raw overlap would link everything; the contrast with a segment's typical
// overlap is what marks a real correspondence. The best ordered chain of such links is kept;
// every other segment is an explicit unmatched bead.
import type { Bead } from '../types.js';
import { AlignmentContext } from './context.js';
import { chineseTokens, englishTokens } from './lexicon/index.js';

export interface ComparableLinks {
  /** Beads in order: 1-1 links and unmatched segments, covering both lists once. */
  beads: Bead[];
  /** Share of the text (characters, mean of both sides) inside links. */
  linkedShare: number;
}

/** Overlap an unrelated pair typically has; shrinks the contrast of short lists towards it. */
const PRIOR_OVERLAP = 0.15;
const PRIOR_WEIGHT = 3;
/** Contrast at which a link scores 0.5, and the logistic's scale. */
const LINK_CONTRAST = 0.12;
const CONTRAST_SCALE = 0.05;
/** At most about this many pairs are compared: beyond, a band around the diagonal. */
const MAX_CELLS = 250_000;

/** The compared pairs of one Chinese segment: English segments lo … lo + overlap.length − 1. */
interface Row {
  lo: number;
  overlap: Float64Array;
}

interface Candidate {
  i: number;
  j: number;
  gain: number;
}

/** `context`: the lexicon and text memo shared with the caller's other calls (default: a fresh one). */
export function linkComparable(zh: string[], en: string[], context: AlignmentContext = new AlignmentContext()): ComparableLinks {
  const n = zh.length;
  const m = en.length;
  const rows = overlapRows(zh, en, context);
  const { candidates, zhBest, enBest } = contrastCandidates(rows, n, m);
  const links = bestChain(candidates, m);
  const beads: Bead[] = [];
  const alone = (contrast: number) => round(1 - linkScore(contrast));
  let i = 0;
  let j = 0;
  for (const link of [...links, { i: n, j: m, gain: 0 }]) {
    while (i < link.i) beads.push({ zh: [i], en: [], score: alone(zhBest[i++]) });
    while (j < link.j) beads.push({ zh: [], en: [j], score: alone(enBest[j++]) });
    if (link.i < n) beads.push({ zh: [link.i], en: [link.j], score: round(linkScore(link.gain + LINK_CONTRAST)) });
    i = link.i + 1;
    j = link.j + 1;
  }
  const zhTotal = zh.reduce((s, t) => s + t.length, 0);
  const enTotal = en.reduce((s, t) => s + t.length, 0);
  const zhLinked = links.reduce((s, l) => s + zh[l.i].length, 0);
  const enLinked = links.reduce((s, l) => s + en[l.j].length, 0);
  const linkedShare = zhTotal && enTotal ? (zhLinked / zhTotal + enLinked / enTotal) / 2 : 0;
  return { beads, linkedShare };
}

function linkScore(contrast: number): number {
  return 1 / (1 + Math.exp(-(contrast - LINK_CONTRAST) / CONTRAST_SCALE));
}

/**
 * Translation overlap (as lexicalSimilarity) of every compared pair, row by row. Counted through
 * an index of where each English token occurs (postings), not by testing every token of every
 * compared pair: (Chinese tokens with a translation in segment j + English tokens of j that
 * some Chinese token translates to) / (both token counts).
 */
function overlapRows(zh: string[], en: string[], context: AlignmentContext): Row[] {
  const { lexicon, memo } = context;
  const n = zh.length;
  const m = en.length;
  const enTokens = en.map((t) => englishTokens(t, memo));
  // token → segments holding it (ascending, once each) and how often it occurs there.
  const postings = new Map<string, { at: number[]; times: number[] }>();
  enTokens.forEach((tokens, j) => {
    for (const token of tokens) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = { at: [], times: [] }));
      if (list.at[list.at.length - 1] === j) list.times[list.times.length - 1] += 1;
      else {
        list.at.push(j);
        list.times.push(1);
      }
    }
  });
  const halfWidth = n * m <= MAX_CELLS ? m : Math.max(2, Math.floor(MAX_CELLS / (2 * Math.max(n, 1))));
  const matched = new Int32Array(m);
  const seenBy = new Int32Array(m);
  let stamp = 0;
  return zh.map((text, i) => {
    const tokens = chineseTokens(text, lexicon, memo);
    // A repeated word has the same translations at every occurrence: its postings are walked
    // once and counted as often as it occurs.
    const occurrences = new Map<string, { translations: readonly string[]; times: number }>();
    for (const t of tokens) {
      const seen = occurrences.get(t.key);
      if (seen) seen.times += 1;
      else occurrences.set(t.key, { translations: t.translations, times: 1 });
    }
    const translations = new Set<string>();
    const centre = n > 1 ? Math.round((i * (m - 1)) / (n - 1)) : 0;
    const lo = Math.max(0, centre - halfWidth);
    const hi = Math.min(m, centre + halfWidth + 1);
    const overlap = new Float64Array(Math.max(0, hi - lo));
    matched.fill(0, lo, hi);
    // Each distinct translation also adds how often it occurs in segment j (counted once).
    for (const { translations: forms, times } of occurrences.values()) {
      stamp += 1;
      for (const x of forms) {
        const fresh = !translations.has(x);
        if (fresh) translations.add(x);
        const list = postings.get(x);
        if (!list) continue;
        for (let k = 0; k < list.at.length; k++) {
          const j = list.at[k];
          if (j < lo || j >= hi) continue;
          if (fresh) matched[j] += list.times[k];
          if (seenBy[j] !== stamp) {
            seenBy[j] = stamp;
            matched[j] += times;
          }
        }
      }
    }
    for (let j = lo; j < hi; j++) {
      const total = tokens.length + enTokens[j].length;
      if (total === 0) continue;
      overlap[j - lo] = matched[j] / total;
    }
    return { lo, overlap };
  });
}

/**
 * Contrast = overlap minus the mean overlap of the row and column's other compared pairs
 * (with a prior). Returns the pairs above LINK_CONTRAST and each segment's best contrast.
 */
function contrastCandidates(rows: Row[], n: number, m: number) {
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(m);
  const colCount = new Float64Array(m);
  rows.forEach(({ lo, overlap }, i) => {
    overlap.forEach((s, k) => {
      rowSum[i] += s;
      colSum[lo + k] += s;
      colCount[lo + k] += 1;
    });
  });
  const zhBest = new Float64Array(n).fill(-1);
  const enBest = new Float64Array(m).fill(-1);
  const candidates: Candidate[] = [];
  rows.forEach(({ lo, overlap }, i) => {
    overlap.forEach((s, k) => {
      const j = lo + k;
      const others = rowSum[i] + colSum[j] - 2 * s + PRIOR_OVERLAP * PRIOR_WEIGHT;
      const count = overlap.length + colCount[j] - 2 + PRIOR_WEIGHT;
      const contrast = s - others / count;
      zhBest[i] = Math.max(zhBest[i], contrast);
      enBest[j] = Math.max(enBest[j], contrast);
      if (contrast > LINK_CONTRAST) candidates.push({ i, j, gain: contrast - LINK_CONTRAST });
    });
  });
  return { candidates, zhBest, enBest };
}

/**
 * The chain of candidates increasing in both i and j with the largest total gain: rows in
 * order, a Fenwick tree over j giving the best chain ending before each column. O(K log m).
 */
function bestChain(candidates: Candidate[], m: number): Candidate[] {
  const treeValue = new Float64Array(m + 1);
  const treeIndex = new Int32Array(m + 1).fill(-1);
  const total = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  const better = (v: number, k: number, bv: number, bk: number) => v > bv || (v === bv && k >= 0 && (bk < 0 || k < bk));
  const query = (col: number) => {
    // Best chain among columns < col.
    let value = 0;
    let index = -1;
    for (let x = col; x > 0; x -= x & -x)
      if (better(treeValue[x], treeIndex[x], value, index)) {
        value = treeValue[x];
        index = treeIndex[x];
      }
    return { value, index };
  };
  const update = (col: number, value: number, index: number) => {
    for (let x = col + 1; x <= m; x += x & -x)
      if (better(value, index, treeValue[x], treeIndex[x])) {
        treeValue[x] = value;
        treeIndex[x] = index;
      }
  };
  let start = 0;
  while (start < candidates.length) {
    let end = start;
    while (end < candidates.length && candidates[end].i === candidates[start].i) end++;
    // All of a row's queries before its updates: two links never share a Chinese segment.
    for (let k = start; k < end; k++) {
      const best = query(candidates[k].j);
      total[k] = best.value + candidates[k].gain;
      previous[k] = best.index;
    }
    for (let k = start; k < end; k++) update(candidates[k].j, total[k], k);
    start = end;
  }
  let last = -1;
  for (let k = 0; k < candidates.length; k++) if (better(total[k], k, last < 0 ? 0 : total[last], last)) last = k;
  const chain: Candidate[] = [];
  for (let k = last; k >= 0; k = previous[k]) chain.push(candidates[k]);
  return chain.reverse();
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
