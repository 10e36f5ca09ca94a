// What a check sees and returns: the English text as given, its lines and paragraphs, the
// glossary, the document date and (when known) the aligned Chinese; a check returns drafts
// that `checkEnglish` turns into `Finding`s with line and column.
import type { Severity } from '../types.js';
import type { Glossary } from '../glossary/index.js';

/** A stretch of the English source text (offsets into the file as given). */
export interface SourceSpan {
  start: number;
  end: number;
}

/** An English paragraph, in source offsets, with the Chinese it is aligned with (if any). */
export interface CheckedParagraph extends SourceSpan {
  /** The aligned Chinese text (Simplified, normalised); undefined when no Chinese is known. */
  zh?: string;
}

/** A sentence bead inside a paragraph bead: English span (source offsets), its Chinese, the aligner's confidence. */
export interface AlignedSentence extends SourceSpan {
  /** The aligned Chinese sentences, joined; '' when the English has no Chinese counterpart. */
  zh: string;
  /** The bead's confidence in [0, 1]. */
  score: number;
}

/** A paragraph bead with both sides: English span (source offsets) and its Chinese. */
export interface AlignedPair extends SourceSpan {
  zh: string;
  /** The bead's confidence in [0, 1] (1 when aligned by hand). */
  score?: number;
  /**
   * The sentence beads inside the paragraph bead, in order (empty when the alignment has none,
   * e.g. paragraphs paired by hand): what checks that need a confident sentence link read.
   */
  sentences?: AlignedSentence[];
}

export interface CheckContext {
  /** The English file exactly as given. */
  text: string;
  glossary: Glossary;
  /** Document date (YYYY-MM-DD), for names valid only for a period. */
  date?: string;
  /** English paragraphs, in order, boilerplate excluded. */
  paragraphs: CheckedParagraph[];
  /** True when Chinese is known for this document (cross-lingual checks run). */
  hasChinese: boolean;
  /** Paragraph beads with both sides: the English span they cover and the Chinese text. */
  pairs: AlignedPair[];
  /** Chinese paragraph beads with no English side: their text, and where the gap is in the English. */
  unmatchedChinese: Array<{ zh: string; at: number }>;
}

/** One flagged span before it is located by line and column. */
export interface FindingDraft {
  offset: number;
  length: number;
  message: string;
  suggestions: string[];
  /** A safe fix: the replacement, and the span it replaces when not the flagged one. */
  fix?: { replacement: string; offset?: number; length?: number };
  /** Overrides the check's default severity for this finding. */
  severity?: Severity;
}

export interface Supersession {
  rules: string[];
  overlapping?: boolean;
}

export interface CheckDefinition {
  /** Stable `family/name` id. */
  id: string;
  severity: Severity;
  /** One line for the README and SARIF. */
  doc: string;
  /** Runs only when Chinese is known (paired document or --zh). */
  crossLingual?: boolean;
  /** May attach a safe fix to a finding (a fix from a rule without this flag is an error). */
  fixes?: boolean;
  /**
   * Findings of other rules that this rule's findings make redundant, dropped from the report:
   * rule ids or patterns with `*` ("crosslingual/*-name"); by default only a finding on exactly
   * the same span is dropped, with `overlapping` any finding sharing a character with it.
   */
  supersedes?: Supersession[];
  run(ctx: CheckContext): FindingDraft[];
}
