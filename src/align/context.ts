// What one unit of work (a document pair, a run's unit, a CLI call) shares across the aligner's
// stages: the lexicon (CC-CEDICT plus the glossary's entries) and the memo of text analyses.
// Created by the caller and passed down through the options; dropping it frees every text it
// cached. Callers that pass none get a fresh context per call (nothing outlives the call).
import { extendLexicon, loadLexicon, TextMemo, type ExtraLexiconEntry, type IndexedLexicon } from './lexicon/index.js';

export interface AlignmentContextOptions {
  /** Lexicon entries on top of CC-CEDICT (the curated glossary: Chinese forms ↔ English forms). */
  extraLexicon?: readonly ExtraLexiconEntry[];
}

export class AlignmentContext {
  readonly lexicon: IndexedLexicon;
  /** Analyses of the texts aligned so far with this context's lexicon. */
  readonly memo = new TextMemo();

  constructor(options: AlignmentContextOptions = {}) {
    this.lexicon = extendLexicon(loadLexicon(), options.extraLexicon ?? []);
  }

  /** Forgets the texts analysed so far (the lexicon stays): to reuse one context across units. */
  clear(): void {
    this.memo.clear();
  }
}

export function createAlignmentContext(options: AlignmentContextOptions = {}): AlignmentContext {
  return new AlignmentContext(options);
}
