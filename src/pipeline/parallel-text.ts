// The parallel text of a set of documents without the reports: the documents prepared as in
// stage 1, paired as in stage 2, each English document of a pair checked as in stage 3 (against
// its Chinese when the pair is a translation), reviewer decisions applied, and each pair's
// linked sentence beads scored at least `minScore` as segments: for a whole corpus, the same
// segments `run` writes to parallel.tsv (minScore 0.5). `silkalign export --corpus` uses it.
import type { CorpusEntry } from '../corpus/index.js';
import { selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions, type Decision } from '../fix/index.js';
import { loadGlossary } from '../glossary/index.js';
import { prepareDocuments } from './documents.js';
import { checkDocument } from './findings.js';
import { pairPrepared } from './pairs.js';
import { pairSegments } from './reports.js';

export interface ParallelTextOptions {
  keepBoilerplate?: boolean;
  decisions?: readonly Decision[];
  /** Glossary file for the checks whose safe fixes the English gets (default: the curated one). */
  glossary?: string;
  minScore: number;
}

/** One document pair's segments; pairs in the order of their ids. */
export interface PairSegments {
  id: string;
  segments: ParallelSegment[];
}

export function parallelText(entries: CorpusEntry[], options: ParallelTextOptions): PairSegments[] {
  const documents = prepareDocuments(entries, { keepBoilerplate: options.keepBoilerplate });
  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const pairing = pairPrepared(documents);
  const glossary = loadGlossary(options.glossary);
  return pairing.pairs.map((pair) => {
    const en = byId.get(pair.en)!;
    const decided = applyDecisions(en.source.text, checkDocument(en, pairing, byId, glossary), options.decisions ?? []);
    const segments = pairSegments(pair, byId.get(pair.zh)!, en, decided.findings);
    return { id: pair.id, segments: selectSegments(segments, options.minScore) };
  });
}
