// Jobs 0..count-1 computed on `threads` worker threads (in this thread when there is one) and
// their results consumed strictly in job order, whatever order the threads finish in, so output
// never depends on timing. At most WINDOW_PER_THREAD jobs per thread run ahead of the next one
// to consume: memory holds the jobs in flight, not the whole input. Aborting the signal (Ctrl-C)
// stops the threads and rejects with an InterruptedError.
import { InterruptedError } from '../errors.js';
import { unlessAborted } from './abortable.js';
import { ThreadPool } from './threads.js';

/** Jobs dispatched ahead of the next one to consume, per thread: bounds memory. */
const WINDOW_PER_THREAD = 3;

export interface OrderedJobs<J, R> {
  count: number;
  threads: number;
  /** The worker entry: a module that calls serveJobs with the same `compute`. */
  script: URL;
  job(index: number): J;
  /** The work of one job, in this thread when there is one thread. */
  compute(job: J): Promise<R> | R;
  /** Called once per job, in job order; the next is not called before this one settles. */
  consume(index: number, result: R): Promise<void> | void;
  signal?: AbortSignal;
}

export async function runOrdered<J, R>(work: OrderedJobs<J, R>): Promise<void> {
  const threads = Math.max(1, Math.min(work.threads, work.count));
  if (threads === 1) {
    for (let index = 0; index < work.count; index++) {
      // A turn of the event loop between jobs, so that a Ctrl-C is seen.
      await new Promise((resolve) => setImmediate(resolve));
      if (work.signal?.aborted) throw new InterruptedError();
      await work.consume(index, await work.compute(work.job(index)));
    }
    return;
  }
  const pool = new ThreadPool<J, R>(threads, work.script);
  const inFlight = new Map<number, Promise<R>>();
  let next = 0;
  try {
    for (let index = 0; index < work.count; index++) {
      for (; next < work.count && next < index + WINDOW_PER_THREAD * threads; next++) {
        const result = pool.run(work.job(next));
        result.catch(() => {});
        inFlight.set(next, result);
      }
      const result = await unlessAborted(inFlight.get(index)!, work.signal, () => {
        throw new InterruptedError();
      });
      inFlight.delete(index);
      await work.consume(index, result);
    }
  } finally {
    await pool.close();
  }
}
