// The run job over a large corpus: its units (see units.ts) processed on `jobs` worker threads
// and written as they finish, in unit order, so the output never depends on worker timing and
// memory holds only the units in flight (a window of a few per worker), not the corpus.
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import type { ManifestEntry } from '../../types.js';
import { StagedOutput } from './output.js';
import { runUnit, type UnitJob, type UnitResult } from './unit-job.js';

export { corpusUnits } from './units.js';

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

/** Units dispatched ahead of the next one to write, per worker: bounds memory. */
const WINDOW_PER_JOB = 3;

export async function runUnitsParallel(run: ParallelRunOptions): Promise<{ files: number; documents: number }> {
  const output = new StagedOutput(run.out);
  const jobs = Math.max(1, Math.min(run.jobs, run.units.length));
  const results = new Map<number, UnitResult>();
  let written = 0;
  let documents = 0;
  let stopped = false;
  // The chain of writes in progress: awaited before the staging folder is removed.
  const state = { writing: Promise.resolve() };
  const jobOf = (unit: number): UnitJob => ({ unit, corpus: run.corpus, entries: run.units[unit], options: run.options });

  const writeReady = async (): Promise<void> => {
    for (let r = results.get(written); r && !stopped; r = results.get(written)) {
      results.delete(written);
      if ('error' in r) throw r.input ? new InputError(r.error) : new Error(r.error);
      await output.addUnit(r.files);
      documents += r.documents;
      written++;
      run.onProgress?.(written, documents);
    }
  };

  try {
    if (jobs === 1) {
      for (let unit = 0; unit < run.units.length; unit++) {
        if (run.signal?.aborted) throw new InputError('interrupted; the output folder was left as it was');
        results.set(unit, await runUnit(jobOf(unit)));
        await writeReady();
      }
    } else await runOnWorkers(run, jobs, jobOf, results, writeReady, () => written, state);
    await output.commit();
    return { files: output.fileCount, documents };
  } catch (err) {
    stopped = true;
    await state.writing.catch(() => {});
    await output.abort();
    throw err;
  }
}

async function runOnWorkers(
  run: ParallelRunOptions,
  jobs: number,
  jobOf: (unit: number) => UnitJob,
  results: Map<number, UnitResult>,
  writeReady: () => Promise<void>,
  written: () => number,
  state: { writing: Promise<void> },
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.js', import.meta.url)));
  let next = 0;
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      let failed = false;
      const fail = (err: unknown) => {
        if (!failed) rejectAll(err);
        failed = true;
      };
      run.signal?.addEventListener('abort', () => fail(new InputError('interrupted; the output folder was left as it was')), { once: true });
      const feed = (worker: Worker) => {
        if (failed || next >= run.units.length || next >= written() + WINDOW_PER_JOB * jobs) return false;
        worker.postMessage(jobOf(next++));
        return true;
      };
      const idle = new Set<Worker>();
      for (const worker of workers) {
        worker.on('error', fail);
        worker.on('message', (result: UnitResult) => {
          results.set(result.unit, result);
          state.writing = state.writing
            .then(writeReady)
            .then(() => {
              if (written() === run.units.length) resolveAll();
              // Writing moved the window: idle workers may take units again.
              for (const w of [...idle]) if (feed(w)) idle.delete(w);
            })
            .catch(fail);
          if (!feed(worker)) idle.add(worker);
        });
        if (!feed(worker)) idle.add(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
