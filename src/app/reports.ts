// Which per-document and per-pair reports a run writes (`run --reports`): all of them, only
// those a reviewer has something to look at in (findings, or links the aligner is unsure of),
// or none (the corpus index and the parallel text are always written). Large corpora default to
// `flagged`: their reports would be many times the corpus's size.
import type { DocumentPair } from '../align/index.js';
import { CONFIDENT_SCORE } from '../scores.js';

export const REPORT_SELECTIONS = ['all', 'flagged', 'none'] as const;
export type ReportSelection = (typeof REPORT_SELECTIONS)[number];

/** Corpora up to this many bytes of documents get every report by default; larger ones `flagged`. */
export const ALL_REPORTS_UP_TO_BYTES = 10_000_000;

export function defaultReportSelection(corpusBytes: number): ReportSelection {
  return corpusBytes > ALL_REPORTS_UP_TO_BYTES ? 'flagged' : 'all';
}

/** A pair a reviewer should open: its English has findings, or a sentence link scored under CONFIDENT_SCORE. */
export function pairIsFlagged(pair: DocumentPair, englishFindings: number): boolean {
  return englishFindings > 0 || pair.alignment.sentences.some((b) => b.zh.length > 0 && b.en.length > 0 && b.score < CONFIDENT_SCORE);
}

/**
 * The documents and pairs whose reports are written: under `flagged`, every flagged pair and its
 * two documents, and every English document with findings.
 */
export function selectReported(
  selection: ReportSelection,
  pairs: readonly DocumentPair[],
  findingsOf: (documentId: string) => number,
): { documents: (id: string) => boolean; pairs: Set<string> } {
  if (selection !== 'flagged') {
    const every = selection === 'all';
    return { documents: () => every, pairs: new Set(every ? pairs.map((p) => p.id) : []) };
  }
  const flagged = pairs.filter((p) => pairIsFlagged(p, findingsOf(p.en)));
  const inFlaggedPair = new Set(flagged.flatMap((p) => [p.zh, p.en]));
  return { documents: (id) => inFlaggedPair.has(id) || findingsOf(id) > 0, pairs: new Set(flagged.map((p) => p.id)) };
}
