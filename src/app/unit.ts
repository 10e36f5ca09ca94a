// A unit of a corpus run: its documents prepared, paired and aligned, every English document
// checked (against its Chinese when it is a translation), reviewers' decisions applied, fixed,
// and each pair's parallel segments. The result is data only: whatever computes a unit (this
// thread, a worker thread, another machine), the reports are rendered from it once.
import type { DocumentPair, PairCandidate } from '../align/index.js';
import type { CorpusEntry } from '../corpus/index.js';
import { selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions, type Decision } from '../fix/index.js';
import type { Finding } from '../types.js';
import { checkInPairing } from './check.js';
import type { AppContext } from './context.js';
import { prepareDocument, type PreparedDocument, type PrepareOptions } from './documents.js';
import { fixPrepared } from './fix.js';
import { pairPrepared, translationPairOf } from './pairing.js';
import { pairSegments } from './parallel.js';
import { reviewAlignment, type AlignmentReview } from './review.js';

export interface UnitOptions extends PrepareOptions {
  /** Parallel segments scored under this are left out. */
  minScore: number;
  /**
   * What a run writes besides parallel text: every English document checked and fixed. Without
   * (`export --corpus`), only the English of pairs is checked, for the fixes in its segments.
   */
  reports: boolean;
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
}

export interface DocumentResult {
  document: PreparedDocument;
  /** English documents only. */
  review?: EnglishReview;
}

export interface PairResult {
  /** Its alignment with reviewers' alignment decisions applied. */
  pair: DocumentPair;
  review: AlignmentReview;
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
}

export function analyseUnit(entries: readonly CorpusEntry[], ctx: AppContext, options: UnitOptions): UnitResult {
  // The one place a unit's aligner memo is emptied: the previous unit's texts will not recur.
  ctx.alignment.clear();
  const documents = entries.map(({ entry, source }) => prepareDocument(entry, source, options));
  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const aligned = pairPrepared(documents, ctx.alignment);
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
  for (const doc of documents) {
    if (doc.entry.language !== 'en' || !(options.reports || paired.has(doc.entry.id))) continue;
    const findings = checkInPairing(doc, pairing, byId, ctx.glossary);
    const decided = applyDecisions(doc.source.text, findings, ctx.decisions);
    const pair = translationPairOf(doc.entry.id, pairing);
    const review: EnglishReview = {
      decided: decided.findings,
      decisions: decided.decisionOf.findings,
      rejected: decided.rejected.length,
      rejectedFindings: decided.rejected.map((finding, k) => ({ finding, decision: decided.decisionOf.rejected[k] })),
      crossLingual: Boolean(pair && byId.has(pair.zh)),
    };
    if (options.reports) {
      const fixed = fixPrepared(doc, findings, ctx.glossary, ctx.decisions);
      review.fixed = { text: fixed.text, passes: fixed.passes, applied: fixed.applied.length };
    }
    reviews.set(doc.entry.id, review);
  }
  return {
    documents: documents.map((document) => ({ document, review: reviews.get(document.entry.id) })),
    pairs: pairing.pairs.map((pair) => ({
      pair,
      review: alignmentReviews.get(pair.id)!,
      segments: selectSegments(pairSegments(pair, byId.get(pair.zh)!, byId.get(pair.en)!, reviews.get(pair.en)?.decided ?? []), options.minScore),
    })),
    candidates: pairing.candidates,
    unpaired: pairing.unpaired,
  };
}
