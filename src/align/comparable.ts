// Links between comparable texts (a news report and the statement it reports on): only the
// segment pairs whose translation overlap stands out from what each segment shares with every
// other segment of the other text. Genre vocabulary (各方, cooperation, Central Asia) is shared
// by every pair, so raw overlap would link everything; the contrast with a segment's typical
// overlap is what marks a real correspondence. A monotone 1-1 search then keeps the best
// ordered set of such links; every other segment is an explicit unmatched bead.
import type { Bead } from '../types.js';
import { chineseTokens, englishTokens, loadLexicon } from './lexicon/index.js';

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
/** Above this many pairs, only a band around the diagonal is compared (memory and time). */
const MAX_CELLS = 250_000;

export function linkComparable(zh: string[], en: string[]): ComparableLinks {
  const n = zh.length;
  const m = en.length;
  const similarity = overlapMatrix(zh, en);
  const contrast = contrastMatrix(similarity, n, m);
  const links = bestMonotoneLinks(contrast, n, m);
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  const bestOf = (row: number, col: number) => Math.max(rowMax(contrast, row, m), colMax(contrast, col, n));
  const alone = (c: number) => round(1 - linkScore(c));
  for (const [li, lj] of [...links, [n, m] as [number, number]]) {
    while (i < li) beads.push({ zh: [i], en: [], score: alone(bestOf(i++, -1)) });
    while (j < lj) beads.push({ zh: [], en: [j], score: alone(bestOf(-1, j++)) });
    if (li < n && lj < m) beads.push({ zh: [li], en: [lj], score: round(linkScore(contrast[li][lj])) });
    i = li + 1;
    j = lj + 1;
  }
  const zhTotal = zh.reduce((s, t) => s + t.length, 0);
  const enTotal = en.reduce((s, t) => s + t.length, 0);
  const zhLinked = links.reduce((s, [li]) => s + zh[li].length, 0);
  const enLinked = links.reduce((s, [, lj]) => s + en[lj].length, 0);
  const linkedShare = zhTotal && enTotal ? (zhLinked / zhTotal + enLinked / enTotal) / 2 : 0;
  return { beads, linkedShare };
}

function linkScore(contrast: number): number {
  return 1 / (1 + Math.exp(-(contrast - LINK_CONTRAST) / CONTRAST_SCALE));
}

/** Translation overlap of every pair (NaN outside the compared band), as lexicalSimilarity. */
function overlapMatrix(zh: string[], en: string[]): Float64Array[] {
  const lexicon = loadLexicon();
  const zhTokens = zh.map((t) => chineseTokens(t, lexicon));
  const zhTranslations = zhTokens.map((tokens) => new Set(tokens.flatMap((t) => t.translations)));
  const enTokens = en.map((t) => englishTokens(t));
  const enSets = enTokens.map((tokens) => new Set(tokens));
  const n = zh.length;
  const m = en.length;
  const halfWidth = n * m <= MAX_CELLS ? Infinity : Math.max(2, Math.floor(MAX_CELLS / (2 * Math.max(n, 1))));
  return zhTokens.map((tokens, i) => {
    const row = new Float64Array(m).fill(NaN);
    const centre = n > 1 ? (i * (m - 1)) / (n - 1) : 0;
    for (let j = 0; j < m; j++) {
      if (Math.abs(j - centre) > halfWidth) continue;
      const total = tokens.length + enTokens[j].length;
      if (total === 0) {
        row[j] = 0;
        continue;
      }
      const zhMatched = tokens.filter((t) => t.translations.some((x) => enSets[j].has(x))).length;
      const enMatched = enTokens[j].filter((t) => zhTranslations[i].has(t)).length;
      row[j] = (zhMatched + enMatched) / total;
    }
    return row;
  });
}

/** Overlap minus the typical overlap of the row and the column (other cells, with a prior). */
function contrastMatrix(similarity: Float64Array[], n: number, m: number): Float64Array[] {
  const rowSum = new Float64Array(n);
  const rowCount = new Float64Array(n);
  const colSum = new Float64Array(m);
  const colCount = new Float64Array(m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const s = similarity[i][j];
      if (Number.isNaN(s)) continue;
      rowSum[i] += s;
      rowCount[i] += 1;
      colSum[j] += s;
      colCount[j] += 1;
    }
  return similarity.map((row, i) =>
    row.map((s, j) => {
      if (Number.isNaN(s)) return -1;
      const others = rowSum[i] + colSum[j] - 2 * s + PRIOR_OVERLAP * PRIOR_WEIGHT;
      const count = rowCount[i] + colCount[j] - 2 + PRIOR_WEIGHT;
      return s - others / count;
    }),
  );
}

/** The ordered set of 1-1 links maximising the summed contrast above LINK_CONTRAST. */
function bestMonotoneLinks(contrast: Float64Array[], n: number, m: number): Array<[number, number]> {
  // best[i][j]: best total over zh[i..] and en[j..]; filled backwards, row by row.
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const gain = contrast[i][j] - LINK_CONTRAST;
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], gain > 0 ? gain + best[i + 1][j + 1] : -Infinity);
    }
  const links: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const gain = contrast[i][j] - LINK_CONTRAST;
    if (gain > 0 && best[i][j] === gain + best[i + 1][j + 1]) {
      links.push([i, j]);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return links;
}

function rowMax(contrast: Float64Array[], row: number, m: number): number {
  if (row < 0) return -1;
  let best = -1;
  for (let j = 0; j < m; j++) best = Math.max(best, contrast[row][j]);
  return best;
}

function colMax(contrast: Float64Array[], col: number, n: number): number {
  if (col < 0) return -1;
  let best = -1;
  for (let i = 0; i < n; i++) best = Math.max(best, contrast[i][col]);
  return best;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
