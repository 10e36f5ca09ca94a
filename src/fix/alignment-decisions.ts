// Reviewers' alignment decisions: "these sentences form one link", "this sentence has no
// counterpart". Keyed by content (the pair's id and the exact sentences, with the sentence before
// only where the run occurs more than once), never by position, so a decision finds its place
// after re-runs and edits elsewhere. A decision whose text is gone or ambiguous, or that contradicts
// an earlier one, is stale: reported, never applied. Applying edits the aligner's beads directly
// around the fixed ones, so every segment stays in exactly one bead, in order.
import { z } from 'zod';
import type { Bead } from '../types.js';

export const AlignmentDecisionSchema = z
  .object({
    /** The pair's id, `<zh id>--<en id>`, as its output folder is named. */
    pair: z.string().min(1),
    /** The Chinese and English sentences of the bead, in order, as normalised. */
    zh: z.array(z.string().min(1)),
    en: z.array(z.string().min(1)),
    /** The sentence before the run ('' at the start), recorded only where the run occurs more than once. */
    zhBefore: z.string().optional(),
    enBefore: z.string().optional(),
    /** `link`: the sentences form one bead (a confirmed or corrected link); `unmatched`: one sentence with no counterpart. */
    decision: z.enum(['link', 'unmatched']),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => (d.decision === 'link' ? d.zh.length > 0 && d.en.length > 0 : d.zh.length + d.en.length === 1), {
    message: 'a "link" names sentences on both sides ("zh" and "en"); an "unmatched" decision names one sentence on one side',
  });
export type AlignmentDecision = z.infer<typeof AlignmentDecisionSchema>;

/** A decision that could not be applied, and why. */
export interface StaleDecision {
  decision: AlignmentDecision;
  reason: string;
}

export interface ReviewedBeads {
  /** Every segment in exactly one bead, in order; reviewed beads score 1 and carry `reviewed`. */
  beads: Bead[];
  /** The decision behind each reviewed bead (undefined for the aligner's own). */
  decisions: Array<AlignmentDecision | undefined>;
  stale: StaleDecision[];
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A document's sentences, collapsed, with where each text occurs: what decisions are located in. */
export class SentenceIndex {
  readonly texts: string[];
  private readonly at = new Map<string, number[]>();
  constructor(sentences: readonly string[]) {
    this.texts = sentences.map(collapse);
    this.texts.forEach((t, i) => {
      const list = this.at.get(t);
      if (list) list.push(i);
      else this.at.set(t, [i]);
    });
  }

  /** Every start of the run `texts`. */
  occurrences(texts: readonly string[]): number[] {
    if (texts.length === 0) return [];
    const wanted = texts.map(collapse);
    return (this.at.get(wanted[0]) ?? []).filter((k) => wanted.every((t, m) => this.texts[k + m] === t));
  }

  /** The start of the run, or why it cannot be found. `before` tells occurrences apart. */
  locate(texts: readonly string[], before: string | undefined): number | string {
    const starts = this.occurrences(texts);
    if (starts.length === 0) return texts.length === 1 ? 'its sentence is no longer in the document' : 'its sentences are no longer together in the document';
    if (starts.length === 1) return starts[0];
    if (before !== undefined) {
      const wanted = collapse(before);
      const found = starts.filter((k) => (k > 0 ? this.texts[k - 1] : '') === wanted);
      if (found.length === 1) return found[0];
    }
    return `its text occurs ${starts.length} times and the sentence before it does not tell which`;
  }

  /** The sentence before a run starting at `k`, when the run is not unique: the key's tie-breaker. */
  beforeOf(k: number, length: number): string | undefined {
    const run = this.texts.slice(k, k + length);
    return this.occurrences(run).length > 1 ? (k > 0 ? this.texts[k - 1] : '') : undefined;
  }
}

/** The decision that a bead (indices into the two sentence lists) is right: what the review tool records. */
export function alignmentDecisionFor(pair: string, zh: SentenceIndex, en: SentenceIndex, bead: { zh: readonly number[]; en: readonly number[] }): AlignmentDecision {
  const side = (index: SentenceIndex, run: readonly number[]) => ({ texts: run.map((i) => index.texts[i]), before: run.length ? index.beforeOf(run[0], run.length) : undefined });
  const z = side(zh, bead.zh);
  const e = side(en, bead.en);
  return AlignmentDecisionSchema.parse({
    pair,
    zh: z.texts,
    en: e.texts,
    ...(z.before === undefined ? {} : { zhBefore: z.before }),
    ...(e.before === undefined ? {} : { enBefore: e.before }),
    decision: bead.zh.length && bead.en.length ? 'link' : 'unmatched',
  });
}

/** The same decision (its key: pair, sentences, tie-breakers and kind). */
export function sameAlignmentDecision(a: AlignmentDecision, b: AlignmentDecision): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((t, i) => collapse(t) === collapse(y[i]));
  const opt = (x?: string, y?: string) => (x === undefined ? y === undefined : y !== undefined && collapse(x) === collapse(y));
  return a.pair === b.pair && a.decision === b.decision && same(a.zh, b.zh) && same(a.en, b.en) && opt(a.zhBefore, b.zhBefore) && opt(a.enBefore, b.enBefore);
}

interface Fixed {
  zs: number;
  ze: number;
  es: number;
  ee: number;
  decision: AlignmentDecision;
}

/** A decision located: the half-open runs it covers on each side, or why it is stale. */
export function locateAlignmentDecision(d: AlignmentDecision, zh: SentenceIndex, en: SentenceIndex): { zh: [number, number]; en: [number, number] } | string {
  const zs = d.zh.length ? zh.locate(d.zh, d.zhBefore) : 0;
  if (typeof zs === 'string') return `Chinese: ${zs}`;
  const es = d.en.length ? en.locate(d.en, d.enBefore) : 0;
  if (typeof es === 'string') return `English: ${es}`;
  return { zh: [zs, zs + d.zh.length], en: [es, es + d.en.length] };
}

/**
 * The pair's beads with its decisions applied (`decisions`: this pair's, in file order; an earlier
 * one wins a conflict). `zh`, `en`: the documents' sentences as the beads index them.
 */
export function applyAlignmentDecisions(zh: SentenceIndex, en: SentenceIndex, beads: readonly Bead[], decisions: readonly AlignmentDecision[]): ReviewedBeads {
  const links: Fixed[] = [];
  const singles = { zh: new Map<number, AlignmentDecision>(), en: new Map<number, AlignmentDecision>() };
  const stale: StaleDecision[] = [];
  const inLink = (side: 'zh' | 'en', i: number) => links.some((l) => (side === 'zh' ? l.zs <= i && i < l.ze : l.es <= i && i < l.ee));
  for (const decision of decisions) {
    const at = locateAlignmentDecision(decision, zh, en);
    if (typeof at === 'string') {
      stale.push({ decision, reason: at });
      continue;
    }
    if (decision.decision === 'unmatched') {
      const side = decision.zh.length ? 'zh' : 'en';
      const i = at[side][0];
      if (inLink(side, i) || singles[side].has(i)) stale.push({ decision, reason: 'contradicts an earlier decision' });
      else singles[side].set(i, decision);
      continue;
    }
    const f: Fixed = { zs: at.zh[0], ze: at.zh[1], es: at.en[0], ee: at.en[1], decision };
    const ordered = links.every((l) => (l.ze <= f.zs && l.ee <= f.es) || (f.ze <= l.zs && f.ee <= l.es));
    const crossesSingle = [...singles.zh.keys()].some((i) => f.zs <= i && i < f.ze) || [...singles.en.keys()].some((i) => f.es <= i && i < f.ee);
    if (!ordered || crossesSingle) stale.push({ decision, reason: 'contradicts an earlier decision' });
    else links.push(f);
  }
  if (links.length === 0 && singles.zh.size === 0 && singles.en.size === 0) return { beads: [...beads], decisions: beads.map(() => undefined), stale };
  links.sort((a, b) => a.zs - b.zs);
  return { ...impose(beads, links, singles, zh.texts.length, en.texts.length), stale };
}

interface Piece {
  zh: number[];
  en: number[];
  score: number;
  /** The whole of an aligner bead: it keeps its score. */
  intact: boolean;
  single?: AlignmentDecision;
}

/**
 * Region r is what lies between link r − 1 and link r. Each segment outside the links gets its
 * region; each aligner bead is cut into one piece per region it touches (in order, since beads and
 * links both are); singles are taken out of their pieces; links go between the regions.
 */
function impose(beads: readonly Bead[], links: Fixed[], singles: Record<'zh' | 'en', Map<number, AlignmentDecision>>, zhCount: number, enCount: number): Omit<ReviewedBeads, 'stale'> {
  const regions = (count: number, start: (l: Fixed) => number, end: (l: Fixed) => number): Int32Array => {
    const out = new Int32Array(count);
    let k = 0;
    for (let i = 0; i < count; i++) {
      while (k < links.length && end(links[k]) <= i) k++;
      out[i] = k < links.length && start(links[k]) <= i ? -1 : k;
    }
    return out;
  };
  const zhRegion = regions(zhCount, (l) => l.zs, (l) => l.ze);
  const enRegion = regions(enCount, (l) => l.es, (l) => l.ee);
  const pieces: Piece[][] = Array.from({ length: links.length + 1 }, () => []);
  for (const bead of beads) {
    const byRegion = new Map<number, Piece>();
    const add = (side: 'zh' | 'en', i: number, r: number) => {
      if (r < 0) return;
      let piece = byRegion.get(r);
      if (!piece) byRegion.set(r, (piece = { zh: [], en: [], score: bead.score, intact: false }));
      piece[side].push(i);
    };
    for (const i of bead.zh) add('zh', i, zhRegion[i]);
    for (const j of bead.en) add('en', j, enRegion[j]);
    for (const [r, piece] of [...byRegion].sort((a, b) => a[0] - b[0])) {
      piece.intact = piece.zh.length === bead.zh.length && piece.en.length === bead.en.length;
      pieces[r].push(piece);
    }
  }
  const out: Bead[] = [];
  const by: Array<AlignmentDecision | undefined> = [];
  const emit = (bead: Bead, decision?: AlignmentDecision) => {
    out.push(bead);
    by.push(decision);
  };
  pieces.forEach((region, r) => {
    for (const piece of region) {
      for (const part of splitSide(piece, 'zh', singles.zh).flatMap((p) => splitSide(p, 'en', singles.en))) {
        if (part.single) emit({ zh: part.zh, en: part.en, score: 1, reviewed: true }, part.single);
        else if (part.zh.length && part.en.length) emit({ zh: part.zh, en: part.en, score: part.intact ? part.score : 0 });
        else for (const [side, i] of [...part.zh.map((i) => ['zh', i] as const), ...part.en.map((j) => ['en', j] as const)]) emit({ zh: side === 'zh' ? [i] : [], en: side === 'en' ? [i] : [], score: part.intact ? part.score : 0 });
      }
    }
    const link = links[r];
    if (link) emit({ zh: range(link.zs, link.ze), en: range(link.es, link.ee), score: 1, reviewed: true }, link.decision);
  });
  return { beads: out, decisions: by };
}

/**
 * Takes the singles of one side out of a piece: each becomes a bead of its own, the runs between
 * them pieces; the other side stays with the first run (or, with none, follows on its own).
 */
function splitSide(piece: Piece, side: 'zh' | 'en', singles: Map<number, AlignmentDecision>): Piece[] {
  if (piece.single || !piece[side].some((i) => singles.has(i))) return [piece];
  const other = side === 'zh' ? 'en' : 'zh';
  const out: Piece[] = [];
  let run: number[] = [];
  let otherPlaced = false;
  const part = (mine: number[], theirs: number[]): Piece =>
    side === 'zh' ? { zh: mine, en: theirs, score: piece.score, intact: false } : { zh: theirs, en: mine, score: piece.score, intact: false };
  const flush = () => {
    if (run.length === 0) return;
    out.push(part(run, otherPlaced ? [] : piece[other]));
    otherPlaced = true;
    run = [];
  };
  for (const i of piece[side]) {
    const single = singles.get(i);
    if (!single) {
      run.push(i);
      continue;
    }
    flush();
    out.push({ ...part([i], []), single });
  }
  flush();
  if (!otherPlaced && piece[other].length) out.push(part([], piece[other]));
  return out;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
