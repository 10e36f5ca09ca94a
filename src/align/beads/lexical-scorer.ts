// The lexical scorer: dictionary and learnt translations, names and anchors (see lexical.ts),
// as a SegmentScorer. Its second pass learns translations from the pair (learn.ts).
import type { AlignmentContext } from '../context.js';
import type { Learning } from '../weights.js';
import type { Band } from './band.js';
import type { ScorerFactory, SegmentScorer } from './evidence.js';
import { learnTranslations, withLearntTranslations, type TrainingBead } from './learn.js';
import { analyseSegments, mergeAnalysis, SegmentLexicon, type SegmentAnalysis } from './lexical.js';

export class LexicalScorer implements SegmentScorer {
  private readonly evidence: SegmentLexicon;

  constructor(private readonly analysis: SegmentAnalysis) {
    this.evidence = new SegmentLexicon(analysis);
  }

  get incomplete(): number {
    return this.evidence.incomplete;
  }

  prepare(band: Band, reach: number): void {
    this.evidence.prepare(band, reach);
  }

  similarity(i0: number, zhCount: number, j0: number, enCount: number): number {
    return this.evidence.similarity(i0, zhCount, j0, enCount);
  }

  coarse(zhBounds: readonly number[], enBounds: readonly number[]): SegmentScorer {
    return new LexicalScorer(mergeAnalysis(this.analysis, zhBounds, enBounds));
  }

  learn(beads: readonly TrainingBead[], learning: Learning): SegmentScorer | undefined {
    const learnt = learnTranslations(this.analysis, beads, learning);
    return learnt.size === 0 ? undefined : new LexicalScorer(withLearntTranslations(this.analysis, learnt));
  }
}

/** The lexical scorer over a context's lexicon and memo. */
export function lexicalScorer(context: AlignmentContext): ScorerFactory {
  return (zh, en) => new LexicalScorer(analyseSegments(zh, en, context.lexicon));
}
