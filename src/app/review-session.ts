// What the review server computes, as plain data: a reviewer's change to the decisions file
// (validated), the decisions file after it, and a report's view under a decisions file (the
// pair's beads with its alignment decisions applied, and the decision behind each finding). The
// server reads and writes the files; everything here is pure.
import { z } from 'zod';
import type { ReviewData } from '../export/index.js';
import {
  AlignmentDecisionSchema,
  applyAlignmentDecisions,
  DecisionSchema,
  decisionKey,
  matchDecisionIn,
  sameAlignmentDecision,
  SentenceIndex,
  sortDecisions,
  type AlignmentDecision,
  type Decision,
  type DecisionFile,
} from '../fix/index.js';

/** Most decisions one change may add or remove (one action adds a few). */
const MAX_ENTRIES = 1000;

const decisionLists = z
  .object({ decisions: z.array(DecisionSchema).max(MAX_ENTRIES), alignment: z.array(AlignmentDecisionSchema).max(MAX_ENTRIES) })
  .strict();

/** A reviewer's change, as the review page sends it: decisions to add and decisions to remove. */
export const ReviewChangeSchema = z.object({ add: decisionLists, remove: decisionLists }).strict();
export type ReviewChange = z.infer<typeof ReviewChangeSchema>;

/** The decisions file after a change: removed entries gone, added ones in place of any with their key. */
export function applyReviewChange(file: DecisionFile, change: ReviewChange): DecisionFile {
  const dropped = new Set([...change.remove.decisions, ...change.add.decisions].map(decisionKey));
  const decisions = sortDecisions([...file.decisions.filter((d) => !dropped.has(decisionKey(d))), ...change.add.decisions]);
  const gone = [...change.remove.alignment, ...change.add.alignment];
  // Alignment decisions keep their order (an earlier one wins a conflict): new ones go last.
  const alignment = [...(file.alignment ?? []).filter((d) => !gone.some((x) => sameAlignmentDecision(x, d))), ...change.add.alignment];
  return { version: 1, decisions, ...(alignment.length || file.alignment ? { alignment } : {}) };
}

/** A pair's alignment.json as the server reads it: the sentences and beads the view is built from. */
export const AlignmentFileSchema = z.object({
  pair: z.object({ id: z.string() }),
  zh: z.object({ sentences: z.array(z.string()) }),
  en: z.object({ sentences: z.array(z.string()) }),
  paragraphs: z.array(z.object({ sentences: z.array(z.object({ zh: z.array(z.number().int()), en: z.array(z.number().int()), score: z.number() })) })),
  /** The aligner's own sentence beads, present when decisions changed them. */
  aligner: z.array(z.object({ zh: z.array(z.number().int()), en: z.array(z.number().int()), score: z.number() })).optional(),
});
export type AlignmentFile = z.infer<typeof AlignmentFileSchema>;

/** A bead as the review page shows it. */
export interface ViewBead {
  zh: number[];
  en: number[];
  score: number | null;
  reviewed: boolean;
  decision: AlignmentDecision | null;
}

export interface ReviewView {
  beads: ViewBead[];
  /** Per finding of the report's data: the decision that applies to it, if any. */
  findings: Array<Decision | null>;
}

/** A report's view under a decisions file: its alignment (for a pair) and its findings' decisions. */
export function reviewView(data: ReviewData, alignment: AlignmentFile | undefined, file: DecisionFile): ReviewView {
  const findings = data.findings.map((f) => matchDecisionIn(file.decisions, f, () => f.context) ?? null);
  if (!alignment || data.pair === undefined) return { beads: [], findings };
  const aligner = alignment.aligner ?? alignment.paragraphs.flatMap((p) => p.sentences);
  const mine = (file.alignment ?? []).filter((d) => d.pair === data.pair);
  const applied = applyAlignmentDecisions(new SentenceIndex(alignment.zh.sentences), new SentenceIndex(alignment.en.sentences), aligner, mine);
  const beads = applied.beads.map((b, i): ViewBead => ({ zh: b.zh, en: b.en, score: b.score, reviewed: b.reviewed === true, decision: applied.decisions[i] ?? null }));
  return { beads, findings };
}

/** Why a change cannot be made to this report, if it cannot: alignment decisions must name its pair. */
export function changeRefusal(data: ReviewData, change: ReviewChange): string | undefined {
  const foreign = [...change.add.alignment, ...change.remove.alignment].find((d) => d.pair !== data.pair);
  if (foreign) return data.pair === undefined ? 'this report has no alignment to decide' : `an alignment decision names pair "${foreign.pair}", not this report's "${data.pair}"`;
  return undefined;
}
