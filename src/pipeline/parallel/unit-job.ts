// One unit of a large run: read its documents and run the whole pipeline over them. Runs in a
// worker thread or in the main thread (--jobs 1); its input and output are plain data.
import { clearTextMemos } from '../../align/lexicon/index.js';
import { readCorpusDocument } from '../../corpus/index.js';
import { isInputError } from '../../errors.js';
import type { ManifestEntry, SourceText } from '../../types.js';
import { runPipeline, type RunOptions } from '../index.js';

export interface UnitJob {
  unit: number;
  corpus: string;
  entries: ManifestEntry[];
  /** The documents' text, when the job carries it (queue jobs: no shared file system needed). */
  sources?: SourceText[];
  options: Pick<RunOptions, 'keepBoilerplate' | 'decisions' | 'toolVersion'>;
}

export type UnitResult =
  | { unit: number; files: Array<[string, string]>; documents: number }
  | { unit: number; error: string; input: boolean };

export async function runUnit(job: UnitJob): Promise<UnitResult> {
  try {
    const entries = [];
    for (const [i, entry] of job.entries.entries()) entries.push({ entry, source: job.sources?.[i] ?? (await readCorpusDocument(job.corpus, entry.file)) });
    // The previous unit's texts will not recur: a clean memo never fills up in mid-unit.
    clearTextMemos();
    const tree = runPipeline(entries, job.options);
    return { unit: job.unit, files: [...tree], documents: entries.length };
  } catch (err) {
    return { unit: job.unit, error: isInputError(err) ? err.message : String((err as Error)?.stack ?? err), input: isInputError(err) };
  }
}
