// A pair's alignment as reviewers left it: their alignment decisions applied to the aligner's
// sentence beads after aligning and before checking and exporting, so that `run`, `export` and
// `check` all see the corrected links. Paragraph beads are regrouped around the new sentence beads
// (a sentence link never crosses a paragraph link).
import { documentSentences, type DocumentAlignment, type ParagraphBead } from '../align/index.js';
import { applyAlignmentDecisions, SentenceIndex, type AlignmentDecision, type StaleDecision } from '../fix/index.js';
import { CONFIDENT_SCORE } from '../scores.js';
import type { Bead, Paragraph } from '../types.js';

/** What reviewers did to a pair's alignment. */
export interface AlignmentReview {
  /** Beads a reviewer confirmed or corrected. */
  reviewed: number;
  /** Links scored under the confident score that no reviewer confirmed. */
  lowConfidence: number;
  /** The pair's decisions that could not be applied, and why. */
  stale: StaleDecision[];
  /** The pair's alignment decisions, as the decisions file holds them (applied or stale). */
  decisions: AlignmentDecision[];
  /** The aligner's own sentence beads, when decisions changed them: what a later review starts from. */
  aligner?: Bead[];
  /** Per sentence bead of the reviewed alignment: the index in `decisions` of the decision behind it. */
  decisionOfBead?: Array<number | undefined>;
}

/** The decisions of one pair (by its id) applied to its alignment. */
export function reviewAlignment(
  pair: string,
  alignment: DocumentAlignment,
  zh: readonly Paragraph[],
  en: readonly Paragraph[],
  decisions: readonly AlignmentDecision[] = [],
): { alignment: DocumentAlignment; review: AlignmentReview } {
  const mine = decisions.filter((d) => d.pair === pair);
  if (mine.length === 0) return { alignment, review: { ...countLinks(alignment.sentences), stale: [], decisions: [] } };
  const applied = applyAlignmentDecisions(new SentenceIndex(documentSentences([...zh])), new SentenceIndex(documentSentences([...en])), alignment.sentences, mine);
  const changed = applied.stale.length < mine.length;
  const reviewed = changed ? regroup(alignment, applied.beads, zh, en) : alignment;
  // Regrouping keeps the order of the sentence beads: the decision of each is where it was.
  const decisionOfBead = applied.decisions.map((d) => (d === undefined ? undefined : mine.indexOf(d)));
  return {
    alignment: reviewed,
    review: { ...countLinks(reviewed.sentences), stale: applied.stale, decisions: mine, ...(changed ? { aligner: alignment.sentences, decisionOfBead } : {}) },
  };
}

function countLinks(beads: readonly Bead[]): Pick<AlignmentReview, 'reviewed' | 'lowConfidence'> {
  let reviewed = 0;
  let lowConfidence = 0;
  for (const b of beads) {
    if (b.reviewed) reviewed++;
    else if (b.zh.length && b.en.length && b.score < CONFIDENT_SCORE) lowConfidence++;
  }
  return { reviewed, lowConfidence };
}

/**
 * Paragraph beads holding the new sentence beads, in their order: paragraph beads a sentence bead
 * spans are merged, and so are those a sentence bead's place in the order would interleave.
 */
function regroup(alignment: DocumentAlignment, sentences: Bead[], zh: readonly Paragraph[], en: readonly Paragraph[]): DocumentAlignment {
  const groups = alignment.paragraphs;
  const groupOf = { zh: sentenceGroups(groups, zh, 'zh'), en: sentenceGroups(groups, en, 'en') };
  // mergeNext[g]: paragraph bead g and g + 1 end up in one.
  const mergeNext = new Uint8Array(groups.length);
  const span = sentences.map((b) => {
    const all = [...b.zh.map((i) => groupOf.zh[i]), ...b.en.map((j) => groupOf.en[j])];
    return [Math.min(...all), Math.max(...all)] as const;
  });
  let reach = -1;
  for (const [lo, hi] of span) {
    // A bead behind the furthest group reached so far joins that group's block.
    const to = lo < reach ? Math.max(hi, reach) : hi;
    for (let g = lo; g < to; g++) mergeNext[g] = 1;
    reach = Math.max(reach, hi);
  }
  const blockOf = new Int32Array(groups.length);
  const blocks: number[][] = [];
  groups.forEach((_, g) => {
    if (g === 0 || !mergeNext[g - 1]) blocks.push([]);
    blocks.at(-1)!.push(g);
    blockOf[g] = blocks.length - 1;
  });
  const beadsOf: Bead[][] = blocks.map(() => []);
  sentences.forEach((b, k) => beadsOf[blockOf[span[k][0]]].push(b));
  const paragraphs = blocks.map((members, k): ParagraphBead => {
    const own = members.map((g) => groups[g]);
    const score = own.length === 1 ? own[0].score : Math.min(...own.map((p) => p.score));
    return { zh: own.flatMap((p) => p.zh), en: own.flatMap((p) => p.en), score, sentences: beadsOf[k] };
  });
  return { ...alignment, paragraphs, sentences: paragraphs.flatMap((p) => p.sentences) };
}

/** The paragraph bead each sentence of one side belongs to. */
function sentenceGroups(groups: readonly ParagraphBead[], paragraphs: readonly Paragraph[], side: 'zh' | 'en'): Int32Array {
  const first = [0];
  for (const p of paragraphs) first.push(first[first.length - 1] + p.sentences.length);
  const out = new Int32Array(first[first.length - 1]);
  groups.forEach((group, g) => {
    for (const p of group[side]) for (let s = first[p]; s < first[p + 1]; s++) out[s] = g;
  });
  return out;
}
