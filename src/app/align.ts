// Aligning two documents as `silkalign align` does: whole documents (normalised, paragraphs
// then sentences), or files of pre-split segments, one a line, taken exactly as given.
import { alignDocuments, alignSegments, documentSentences, linkComparable, type AlignmentMode, type AlignmentView } from '../align/index.js';
import type { SourceText } from '../types.js';
import { prepareText } from './documents.js';

export interface PairAlignOptions {
  /** Segments the beads link (documents only; pre-split lines are lines). */
  level: 'paragraph' | 'sentence';
  mode: AlignmentMode;
  maxBead?: number;
  keepBoilerplate?: boolean;
}

export interface AlignedView {
  view: AlignmentView;
  mode: 'translation' | 'comparable';
}

/** Two documents normalised, segmented and aligned; the beads of the level asked for. */
export function alignTexts(zh: SourceText, en: SourceText, options: PairAlignOptions): AlignedView {
  const zhParagraphs = prepareText(zh.text, 'zh', options).paragraphs;
  const enParagraphs = prepareText(en.text, 'en', options).paragraphs;
  const alignment = alignDocuments(zhParagraphs, enParagraphs, { maxBead: options.maxBead, mode: options.mode });
  const view: AlignmentView =
    options.level === 'paragraph'
      ? { zh: zhParagraphs.map((p) => p.text), en: enParagraphs.map((p) => p.text), beads: alignment.paragraphs }
      : { zh: documentSentences(zhParagraphs), en: documentSentences(enParagraphs), beads: alignment.sentences };
  return { view: { ...view, beads: view.beads.map((b) => ({ zh: b.zh, en: b.en, score: b.score })) }, mode: alignment.mode };
}

/** Two files of segments, one a line; pre-split lines are taken for a translation unless the mode says comparable. */
export function alignLines(zh: SourceText, en: SourceText, options: Pick<PairAlignOptions, 'mode' | 'maxBead'>): AlignedView {
  const zhLines = splitLines(zh.text);
  const enLines = splitLines(en.text);
  if (options.mode === 'comparable') return { view: { zh: zhLines, en: enLines, beads: linkComparable(zhLines, enLines).beads }, mode: 'comparable' };
  return { view: { zh: zhLines, en: enLines, beads: alignSegments(zhLines, enLines, { maxBead: options.maxBead }) }, mode: 'translation' };
}

/** Each line one segment; a final line ending does not open an extra empty segment. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
