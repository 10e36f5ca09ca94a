// Pairing a set of prepared documents: which Chinese and English documents report the same
// event, and which of those pairs are translations. `run`, `export --corpus` and `check` over
// several files pair documents here, with what the manifest says (dates, events, declared
// counterparts).
import { pairDocuments, type AlignmentContext, type DocumentPair, type Pairing } from '../align/index.js';
import type { PreparedDocument } from './documents.js';

/** `alignment`: the aligner's context for the whole pairing (default: one for this call). */
export function pairPrepared(documents: readonly PreparedDocument[], alignment?: AlignmentContext): Pairing {
  return pairDocuments(
    documents.map((d) => ({
      id: d.entry.id,
      language: d.entry.language,
      paragraphs: d.paragraphs,
      date: d.entry.date,
      event: d.entry.event,
      counterpart: d.entry.counterpart,
    })),
    { context: alignment },
  );
}

/** The pair in which English document `enId` is the translation of a Chinese one, if any. */
export function translationPairOf(enId: string, pairing: Pairing): DocumentPair | undefined {
  return pairing.pairs.find((p) => p.en === enId && p.relation === 'translation');
}
