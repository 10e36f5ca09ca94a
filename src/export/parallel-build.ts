// From an alignment to parallel segments: English sentences located in the source file, the
// safe fixes applied inside each sentence, and the linked sentence beads as segment pairs.
import type { PairRelation } from '../align/index.js';
import type { Bead, Finding, Sentence } from '../types.js';
import { applyFixes } from '../fix/index.js';
import { placeFindings, type SourceSegment } from './report-model.js';
import type { ParallelSegment } from './parallel.js';

/** Sentences of a normalised document with their spans in the source file. */
export function sourceSegments(sentences: readonly Sentence[], toSource: (normalizedOffset: number) => number): SourceSegment[] {
  return sentences.map((s) => ({
    text: s.text,
    sourceStart: toSource(s.start),
    sourceEnd: s.end > s.start ? toSource(s.end - 1) + 1 : toSource(s.start),
  }));
}

/**
 * The sentence with the fixes of `findings` (source-file offsets) that fall inside it applied.
 * A fix spanning two sentences, or overlapping another, is left out.
 */
export function fixSegment(segment: SourceSegment, findings: readonly Finding[]): string {
  const fixable = findings.filter((f) => f.fix && f.fix.offset === f.offset && f.fix.length === f.length && f.offset >= segment.sourceStart && f.offset + f.length <= segment.sourceEnd);
  if (fixable.length === 0) return segment.text;
  const { marks } = placeFindings([[segment]], fixable);
  const fixes = marks[0].filter((m) => m.start >= 0).map((m) => ({ offset: m.start, length: m.end - m.start, replacement: fixable[m.finding].fix!.replacement }));
  return applyFixes(segment.text, fixes).text;
}

export interface ParallelInput {
  zhSentences: readonly string[];
  enSentences: readonly string[];
  beads: readonly Bead[];
  source: string;
  relation: PairRelation;
}

/** One segment pair per bead with text on both sides; Chinese sentences join without a space. */
export function parallelSegments(input: ParallelInput): ParallelSegment[] {
  const out: ParallelSegment[] = [];
  input.beads.forEach((b, i) => {
    if (b.zh.length === 0 || b.en.length === 0) return;
    out.push({
      zh: b.zh.map((k) => input.zhSentences[k]).join(''),
      en: b.en.map((k) => input.enSentences[k]).join(' '),
      score: b.score,
      relation: input.relation,
      source: input.source,
      bead: i,
    });
  });
  return out;
}

export interface PairParallelInput {
  zhSentences: readonly Sentence[];
  enSentences: readonly Sentence[];
  /** Maps an offset of the normalised English to the English source file. */
  enToSource: (normalizedOffset: number) => number;
  /** Sentence beads: indices into the two sentence lists. */
  beads: readonly Bead[];
  /** English findings (source-file offsets); their safe fixes are applied. */
  findings: readonly Finding[];
  source: string;
  relation: PairRelation;
}

/** A document pair's linked sentence beads, normalised Chinese and fixed English. */
export function pairParallel(input: PairParallelInput): ParallelSegment[] {
  const en = sourceSegments(input.enSentences, input.enToSource).map((s) => fixSegment(s, input.findings));
  return parallelSegments({ zhSentences: input.zhSentences.map((s) => s.text), enSentences: en, beads: input.beads, source: input.source, relation: input.relation });
}
