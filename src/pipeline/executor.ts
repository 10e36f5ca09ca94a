// Where jobs are computed: on worker threads of this machine (or in this thread, for one), or
// on other machines (the queue, src/queue). Either way the results come back in job order.
import { newJobEnvironment } from '../app/index.js';
import { computeJob, type ResultOf, type ThreadJob } from './jobs.js';
import { runOrdered } from './ordered.js';
import { countOf } from '../wording.js';

export interface Executor {
  /** Says where the jobs run, for the log: "2 threads", "the queue at …". */
  where(jobs: number): string;
  /** Computes the jobs, handing each result to `consume` in job order. */
  run<J extends ThreadJob>(jobs: readonly J[], consume: (index: number, result: ResultOf<J>) => Promise<void> | void, signal?: AbortSignal): Promise<void>;
}

/** The worker script of every thread pool. */
export const THREAD_ENTRY = new URL('./thread-entry.js', import.meta.url);

export function threadExecutor(threads: number): Executor {
  // This thread's own glossaries and caches, for jobs computed here (one thread).
  const env = newJobEnvironment();
  return {
    where: (jobs) => countOf(Math.min(threads, jobs), 'thread'),
    run: (jobs, consume, signal) =>
      runOrdered({ count: jobs.length, threads, script: THREAD_ENTRY, job: (i) => jobs[i], compute: (job) => computeJob(job, env), consume, signal }),
  };
}
