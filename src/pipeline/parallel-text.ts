// The parallel text of a set of documents without the reports: the documents prepared as in
// stage 1, paired as in stage 2, each English document of a pair checked as in stage 3 (against
// its Chinese when the pair is a translation), reviewer decisions applied, and each pair's
// linked sentence beads scored at least `minScore` as segments: for a whole corpus, the same
// segments `run` writes to parallel.tsv (minScore 0.5). `silkalign export --corpus` uses it.
import { pairDocuments } from '../align/index.js';
import { checkEnglish } from '../checks/index.js';
import { fileNameDate, type CorpusEntry } from '../corpus/index.js';
import { pairParallel, selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions, type Decision } from '../fix/index.js';
import { loadGlossary } from '../glossary/index.js';
import { toSourceOffset } from '../normalize/index.js';
import { prepareDocuments } from './documents.js';

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
  const pairing = pairDocuments(
    documents.map((d) => ({ id: d.entry.id, language: d.entry.language, paragraphs: d.paragraphs, date: d.entry.date, event: d.entry.event, counterpart: d.entry.counterpart })),
  );
  const glossary = loadGlossary(options.glossary);
  return pairing.pairs.map((pair) => {
    const zh = byId.get(pair.zh)!;
    const en = byId.get(pair.en)!;
    // As stage 3: an English document is checked against the Chinese of its translation pair.
    const translation = pairing.pairs.find((p) => p.en === en.entry.id && p.relation === 'translation');
    const findings = checkEnglish(en.source.text, {
      glossary,
      date: en.entry.date ?? fileNameDate(en.entry.file),
      english: { normalized: en.normalized, paragraphs: en.paragraphs },
      chinese: translation ? { paragraphs: byId.get(translation.zh)!.paragraphs, alignment: translation.alignment } : undefined,
    });
    const decided = applyDecisions(en.source.text, findings, options.decisions ?? []);
    const segments = pairParallel({
      zhSentences: zh.paragraphs.flatMap((p) => p.sentences),
      enSentences: en.paragraphs.flatMap((p) => p.sentences),
      enToSource: (n) => toSourceOffset(en.normalized.offsets, n),
      beads: pair.alignment.sentences,
      findings: decided.findings,
      source: `${pair.zh}|${pair.en}`,
    });
    return { id: pair.id, segments: selectSegments(segments, options.minScore) };
  });
}
