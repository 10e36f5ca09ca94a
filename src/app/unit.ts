// A unit of a corpus run: its documents prepared, paired and aligned, every English document
// checked (against its Chinese when it is a translation), reviewers' decisions applied, fixed,
// and each pair's parallel segments. The result is data only: whatever computes a unit (this
// thread, a worker thread, another machine), the reports are rendered from it once.
import type { DocumentPair, PairCandidate } from '../align/index.js';
import type { CorpusEntry } from '../corpus/index.js';
import { selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions } from '../fix/index.js';
import type { TermRendering } from '../checks/index.js';
import type { Finding } from '../types.js';
import { checkInPairing } from './check.js';
import type { AppContext } from './context.js';
import { prepareDocument, type PreparedDocument, type PrepareOptions } from './documents.js';
import { fixPrepared } from './fix.js';
import { pairPrepared, translationPairOf } from './pairing.js';
import { pairSegments } from './parallel.js';

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
  rejected: number;
  /** Checked against the Chinese it translates. */
  crossLingual: boolean;
  fixed?: { text: string; passes: number; applied: number };
  /** How the document writes each name of the glossary or the Chinese (for the corpus-wide consistency table; with reports only). */
  renderings?: TermRendering[];
}

export interface DocumentResult {
  document: PreparedDocument;
  /** English documents only. */
  review?: EnglishReview;
}

export interface PairResult {
  pair: DocumentPair;
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
  const pairing = pairPrepared(documents, ctx.alignment);
  const paired = new Set(pairing.pairs.map((p) => p.en));
  const reviews = new Map<string, EnglishReview>();
  for (const doc of documents) {
    if (doc.entry.language !== 'en' || !(options.reports || paired.has(doc.entry.id))) continue;
    let renderings: TermRendering[] | undefined;
    const findings = checkInPairing(doc, pairing, byId, ctx.glossary, options.reports ? (list) => (renderings = list) : undefined);
    const decided = applyDecisions(doc.source.text, findings, ctx.decisions);
    const pair = translationPairOf(doc.entry.id, pairing);
    const review: EnglishReview = { decided: decided.findings, rejected: decided.rejected.length, crossLingual: Boolean(pair && byId.has(pair.zh)), renderings };
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
      segments: selectSegments(pairSegments(pair, byId.get(pair.zh)!, byId.get(pair.en)!, reviews.get(pair.en)?.decided ?? []), options.minScore),
    })),
    candidates: pairing.candidates,
    unpaired: pairing.unpaired,
  };
}
