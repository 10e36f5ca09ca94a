// One unit of `silkalign export --corpus`: read its documents and compute the parallel text
// of its pairs (see pipeline/parallel-text.ts). Runs in a worker thread (export-worker.ts) or
// in the main thread; its input and output are plain data.
import { clearTextMemos } from '../../align/lexicon/index.js';
import { readCorpusDocument } from '../../corpus/index.js';
import type { ManifestEntry, SourceText } from '../../types.js';
import { parallelText, type PairSegments, type ParallelTextOptions } from '../parallel-text.js';

export interface ExportUnitJob {
  corpus: string;
  entries: ManifestEntry[];
  /** The documents' text, when already read (a corpus without manifest: one unit). */
  sources?: SourceText[];
  options: ParallelTextOptions;
}

export interface ExportUnitResult {
  pairs: PairSegments[];
  documents: number;
}

export async function exportUnit(job: ExportUnitJob): Promise<ExportUnitResult> {
  const entries = [];
  for (const [i, entry] of job.entries.entries()) entries.push({ entry, source: job.sources?.[i] ?? (await readCorpusDocument(job.corpus, entry.file)) });
  // The previous unit's texts will not recur: a clean memo never fills up in mid-unit.
  clearTextMemos();
  return { pairs: parallelText(entries, job.options), documents: entries.length };
}
