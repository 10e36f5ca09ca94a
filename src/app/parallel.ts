// Parallel text: a pair's linked sentence beads as segment pairs, the Chinese normalised and the
// English with its fixes (findings after reviewers' decisions) applied. `run`, `export --corpus`
// and `export ZH EN` build their segments here.
import { alignDocuments, type AlignmentMode, type DocumentPair } from '../align/index.js';
import { pairParallel, selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions, type AlignmentDecision, type Decision, type StaleDecision } from '../fix/index.js';
import type { Glossary } from '../glossary/index.js';
import { toSourceOffset } from '../normalize/index.js';
import type { Bead, Finding, Paragraph, SourceText } from '../types.js';
import { checkEnglish, type PreparedEnglish } from './check.js';
import { prepareText, type PreparedDocument } from './documents.js';
import { reviewAlignment } from './review.js';

/** A document pair's sentence beads as parallel segments (every linked bead, any score). */
export function pairSegments(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument, findings: readonly Finding[]): ParallelSegment[] {
  return linkedSegments(zh.paragraphs, en, pair.alignment.sentences, findings, `${pair.zh}|${pair.en}`);
}

function linkedSegments(zh: Paragraph[], en: PreparedEnglish, beads: readonly Bead[], findings: readonly Finding[], source: string): ParallelSegment[] {
  return pairParallel({
    zhSentences: zh.flatMap((p) => p.sentences),
    enSentences: en.paragraphs.flatMap((p) => p.sentences),
    enToSource: (n) => toSourceOffset(en.normalized.offsets, n),
    beads,
    findings,
    source,
  });
}

export interface PairExportOptions {
  glossary: Glossary;
  decisions: readonly Decision[];
  /** Reviewers' alignment decisions, applied when `pair` (the pair's id) is given. */
  alignmentDecisions?: readonly AlignmentDecision[];
  pair?: string;
  mode: AlignmentMode;
  minScore: number;
  /** The English document's date, for name validity. */
  date?: string;
  /** Each segment's `source`: `ZH|EN`. */
  source: string;
}

export interface PairExport {
  /** The linked beads scored at least `minScore`. */
  segments: ParallelSegment[];
  /** Linked beads before the score threshold. */
  linked: number;
  mode: 'translation' | 'comparable';
  /** Links a reviewer confirmed or corrected; the pair's alignment decisions that no longer apply. */
  reviewed: number;
  stale: StaleDecision[];
}

/** Two documents aligned as given (`export ZH EN`): their cleaned parallel text. */
export function exportPair(zhSource: SourceText, enSource: SourceText, options: PairExportOptions): PairExport {
  const zh = prepareText(zhSource.text, 'zh');
  const en = prepareText(enSource.text, 'en');
  const aligned = alignDocuments(zh.paragraphs, en.paragraphs, { mode: options.mode });
  const { alignment, review } = options.pair === undefined ? { alignment: aligned, review: undefined } : reviewAlignment(options.pair, aligned, zh.paragraphs, en.paragraphs, options.alignmentDecisions);
  const findings = checkEnglish(enSource.text, {
    glossary: options.glossary,
    english: en,
    chinese: { paragraphs: zh.paragraphs, alignment },
    date: options.date,
  });
  const decided = applyDecisions(enSource.text, findings, options.decisions);
  const all = linkedSegments(zh.paragraphs, en, alignment.sentences, decided.findings, options.source);
  return { segments: selectSegments(all, options.minScore), linked: all.length, mode: alignment.mode, reviewed: review?.reviewed ?? 0, stale: review?.stale ?? [] };
}
