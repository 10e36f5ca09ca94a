// The run job over a large corpus: its units (see units.ts) processed on `jobs` worker threads
// and written as they finish, in unit order, so the output never depends on worker timing and
// memory holds only the units in flight (a window of a few per worker, see pool.ts), not the corpus.
import { InputError, InterruptedError } from '../../errors.js';
import type { ManifestEntry } from '../../types.js';
import { runOrdered } from './pool.js';
import type { UnitJob, UnitResult } from './unit-job.js';

export { corpusUnits } from './units.js';
export { runOrdered, serveJobs, type OrderedJobs } from './pool.js';
export { exportUnitsParallel, type ParallelExportOptions } from './export.js';
export type { PairSegments, ParallelTextOptions } from '../parallel-text.js';

export interface ParallelRunOptions {
  corpus: string;
  out: string;
  units: ManifestEntry[][];
  jobs: number;
  options: UnitJob['options'];
  /** Called after each unit is written: units done, documents done. */
  onProgress?: (unitsDone: number, documentsDone: number) => void;
  /** Aborts the run (Ctrl-C): workers stop, the staging folder is removed. */
  signal?: AbortSignal;
}

export async function runUnitsParallel(run: ParallelRunOptions): Promise<{ files: number; documents: number }> {
  // The pipeline and the output writer are loaded here, not with this module: `check` and
  // `export` threads use the pool (pool.ts) without them.
  const { StagedOutput } = await import('./output.js');
  const output = new StagedOutput(run.out);
  let documents = 0;
  const { runUnit } = await import('./unit-job.js');
  try {
    await runOrdered<UnitJob, UnitResult>({
      count: run.units.length,
      jobs: run.jobs,
      script: new URL('./worker.js', import.meta.url),
      job: (unit) => ({ unit, corpus: run.corpus, entries: run.units[unit], options: run.options }),
      compute: runUnit,
      consume: async (unit, result) => {
        if ('error' in result) throw result.input ? new InputError(result.error) : new Error(result.error);
        await output.addUnit(result.files);
        documents += result.documents;
        run.onProgress?.(unit + 1, documents);
      },
      signal: run.signal,
    });
    if (run.signal?.aborted) throw new InterruptedError();
    await output.commit();
    return { files: output.fileCount, documents };
  } catch (err) {
    await output.abort();
    throw err;
  }
}
