// A unit of a corpus run: its documents prepared, paired and aligned, every English document
// checked (against its Chinese when it is a translation), reviewers' decisions applied, fixed,
// and each pair's parallel segments. The result is data only: whatever computes a unit (this
// thread, a worker thread, another machine), the reports are rendered from it once.
import type { DocumentPair, PairCandidate } from '../align/index.js';
import type { CorpusEntry } from '../corpus/index.js';
import { selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions, type Decision } from '../fix/index.js';
import type { TermRendering } from '../checks/index.js';
import { timed, type StageTimes } from '../profile.js';
import type { Finding } from '../types.js';
import { checkInPairing } from './check.js';
import type { AppContext } from './context.js';
import { prepareDocument, type PreparedDocument, type PrepareOptions } from './documents.js';
import { fixPrepared } from './fix.js';
import { pairPrepared, translationPairOf } from './pairing.js';
import { pairSegments } from './parallel.js';
import { selectReported, type ReportSelection } from './reports.js';
import { reviewAlignment, type AlignmentReview } from './review.js';

export interface UnitOptions extends PrepareOptions {
  /** Parallel segments scored under this are left out. */
  minScore: number;
  /**
   * The reports a run writes besides parallel text (`run --reports`): every English document is
   * checked, and those whose reports are written are fixed. `false` (`export --corpus`): only the
   * English of pairs is checked, for the fixes in its segments.
   */
  reports: ReportSelection | false;
}

/** An English document's review: its findings (reviewers' decisions applied) and its fixed text. */
export interface EnglishReview {
  /** Findings after decisions: rejected ones left out, edits carrying the reviewer's fix. */
  decided: Finding[];
  /** The decision behind each of `decided` (undefined: none), for the review page. */
  decisions?: Array<Decision | undefined>;
  rejected: number;
  /** The rejected findings and the decisions that rejected them: the review page shows them, to be undone. */
  rejectedFindings?: Array<{ finding: Finding; decision: Decision }>;
  /** Checked against the Chinese it translates. */
  crossLingual: boolean;
  fixed?: { text: string; passes: number; applied: number };
  /** How the document writes each name of the glossary or the Chinese (for a run's corpus-wide consistency table). */
  renderings?: TermRendering[];
}

export interface DocumentResult {
  document: PreparedDocument;
  /** English documents only. */
  review?: EnglishReview;
  /** Its files are written (`run --reports`). */
  reported: boolean;
}

export interface PairResult {
  /** Its alignment with reviewers' alignment decisions applied. */
  pair: DocumentPair;
  review: AlignmentReview;
  /** Its alignment and review report are written (`run --reports`). */
  reported: boolean;
  /** Linked sentence beads scored at least the unit's `minScore`. */
  segments: ParallelSegment[];
}

export interface UnitResult {
  /** In the order given. */
  documents: DocumentResult[];
  /** In the order of their ids. */
  pairs: PairResult[];
  /** Every zh–en combination considered, best first. */
  candidates: PairCandidate[];
  /** Documents in no pair, sorted. */
  unpaired: string[];
  /** Where the unit's time went, when its stages were timed (`run --profile`). */
  stageTimes?: StageTimes;
}

export function analyseUnit(entries: readonly CorpusEntry[], ctx: AppContext, options: UnitOptions): UnitResult {
  // The one place a unit's aligner memo is emptied: the previous unit's texts will not recur.
  ctx.alignment.clear();
  const { clock } = ctx;
  const documents = entries.map(({ entry, source }) => prepareDocument(entry, source, options, clock));
  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const aligned = timed(clock, 'align', () => pairPrepared(documents, ctx.alignment));
  // Reviewers' alignment decisions before anything reads the alignments (checks, exports, reports).
  const alignmentReviews = new Map<string, AlignmentReview>();
  const pairing = {
    ...aligned,
    pairs: aligned.pairs.map((pair) => {
      const { alignment, review } = reviewAlignment(pair.id, pair.alignment, byId.get(pair.zh)!.paragraphs, byId.get(pair.en)!.paragraphs, ctx.alignmentDecisions);
      alignmentReviews.set(pair.id, review);
      return { ...pair, alignment };
    }),
  };
  const paired = new Set(pairing.pairs.map((p) => p.en));
  const reviews = new Map<string, EnglishReview>();
  const rawFindings = new Map<string, Finding[]>();
  for (const doc of documents) {
    if (doc.entry.language !== 'en' || !(options.reports !== false || paired.has(doc.entry.id))) continue;
    let renderings: TermRendering[] | undefined;
    const keepRenderings = options.reports !== false ? (list: TermRendering[]) => (renderings = list) : undefined;
    const findings = timed(clock, 'check', () => checkInPairing(doc, pairing, byId, ctx.glossary, keepRenderings));
    const decided = timed(clock, 'check', () => applyDecisions(doc.source.text, findings, ctx.decisions));
    const pair = translationPairOf(doc.entry.id, pairing);
    reviews.set(doc.entry.id, {
      decided: decided.findings,
      decisions: decided.decisionOf.findings,
      rejected: decided.rejected.length,
      rejectedFindings: decided.rejected.map((finding, k) => ({ finding, decision: decided.decisionOf.rejected[k] })),
      crossLingual: Boolean(pair && byId.has(pair.zh)),
      renderings,
    });
    rawFindings.set(doc.entry.id, findings);
  }
  const reported = selectReported(options.reports || 'none', pairing.pairs, (id) => reviews.get(id)?.decided.length ?? 0);
  // Only a document whose reports are written needs its fixed text.
  for (const [id, review] of reviews) {
    if (!reported.documents(id)) continue;
    const fixed = timed(clock, 'fix', () => fixPrepared(byId.get(id)!, rawFindings.get(id)!, ctx.glossary, ctx.decisions));
    review.fixed = { text: fixed.text, passes: fixed.passes, applied: fixed.applied.length };
  }
  return {
    documents: documents.map((document) => ({ document, review: reviews.get(document.entry.id), reported: reported.documents(document.entry.id) })),
    pairs: pairing.pairs.map((pair) => ({
      pair,
      review: alignmentReviews.get(pair.id)!,
      reported: reported.pairs.has(pair.id),
      segments: timed(clock, 'parallel', () => selectSegments(pairSegments(pair, byId.get(pair.zh)!, byId.get(pair.en)!, reviews.get(pair.en)?.decided ?? []), options.minScore)),
    })),
    candidates: pairing.candidates,
    unpaired: pairing.unpaired,
  };
}
