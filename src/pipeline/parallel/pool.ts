// An ordered pool of worker threads: jobs 0..count-1 are computed on `jobs` threads (in this
// thread when `jobs` is 1) and their results consumed strictly in job order, whatever order the
// threads finish in, so output never depends on timing. At most WINDOW_PER_JOB jobs per thread
// run ahead of the next one to consume: memory holds the jobs in flight, not the whole input.
// Each thread is given its next job before it finishes the current one (QUEUED_PER_THREAD), so
// it never waits for this thread, which may be busy writing results.
// Aborting the signal (Ctrl-C) stops the threads and rejects with an InterruptedError.
import { Worker, parentPort } from 'node:worker_threads';
import { InputError, InterruptedError, isInputError } from '../../errors.js';

/** Jobs dispatched ahead of the next one to consume, per thread: bounds memory. */
const WINDOW_PER_JOB = 3;
/** Jobs sent to a thread before it has finished the first of them (it runs them one by one). */
const QUEUED_PER_THREAD = 2;

/** What a thread posts back instead of a result when its job threw. */
export interface JobFailure {
  jobFailed: string;
  input: boolean;
}

/** A job as sent to a thread, and its result as sent back: numbered, since a thread holds several. */
export interface JobMessage<J> {
  index: number;
  job: J;
}
export interface ResultMessage<R> {
  index: number;
  result: R | JobFailure;
}

export interface OrderedJobs<J, R> {
  count: number;
  jobs: number;
  /** The worker entry: a module that calls serveJobs with the same `compute`. */
  script: URL;
  job(index: number): J;
  /** The work of one job, in this thread when `jobs` is 1. */
  compute(job: J): Promise<R> | R;
  /** Called once per job, in job order; the next is not called before this one settles. */
  consume(index: number, result: R): Promise<void> | void;
  signal?: AbortSignal;
}

/** Worker side: computes the jobs the main thread posts, one at a time in arrival order, and posts each result (or failure). */
export function serveJobs<J, R>(compute: (job: J) => Promise<R> | R): void {
  let queue = Promise.resolve();
  parentPort?.on('message', ({ index, job }: JobMessage<J>) => {
    queue = queue.then(async () => {
      const message: ResultMessage<R> = { index, result: await settle(compute, job) };
      parentPort?.postMessage(message);
    });
  });
}

async function settle<J, R>(compute: (job: J) => Promise<R> | R, job: J): Promise<R | JobFailure> {
  try {
    return await compute(job);
  } catch (err) {
    return { jobFailed: isInputError(err) ? err.message : String((err as Error)?.stack ?? err), input: isInputError(err) };
  }
}

const isFailure = (r: unknown): r is JobFailure => typeof r === 'object' && r !== null && 'jobFailed' in r;
const failureError = (f: JobFailure) => (f.input ? new InputError(f.jobFailed) : new Error(f.jobFailed));

export async function runOrdered<J, R>(work: OrderedJobs<J, R>): Promise<void> {
  const jobs = Math.max(1, Math.min(work.jobs, work.count));
  if (jobs === 1) {
    for (let index = 0; index < work.count; index++) {
      // A turn of the event loop between jobs, so that a Ctrl-C is seen.
      await new Promise((resolve) => setImmediate(resolve));
      if (work.signal?.aborted) throw new InterruptedError();
      const result = await settle(work.compute, work.job(index));
      if (isFailure(result)) throw failureError(result);
      await work.consume(index, result);
    }
    return;
  }
  await runOnWorkers(work, jobs);
}

async function runOnWorkers<J, R>(work: OrderedJobs<J, R>, jobs: number): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new Worker(work.script));
  const results = new Map<number, R | JobFailure>();
  /** Jobs sent to each thread and not yet answered. */
  const queued = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  let consumed = 0;
  let failed = false;
  let stopping = false;
  // The chain of consumptions in progress: settled before the caller cleans up.
  let consuming = Promise.resolve();
  let onAbort = () => {};
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      const fail = (err: unknown) => {
        if (!failed) rejectAll(err);
        failed = true;
      };
      onAbort = () => fail(new InterruptedError());
      if (work.signal?.aborted) onAbort();
      work.signal?.addEventListener('abort', onAbort, { once: true });
      /** Sends the thread jobs until it holds QUEUED_PER_THREAD or the window is full. */
      const feed = (worker: Worker): void => {
        while (!failed && queued.get(worker)! < QUEUED_PER_THREAD && next < work.count && next < consumed + WINDOW_PER_JOB * jobs) {
          queued.set(worker, queued.get(worker)! + 1);
          const message: JobMessage<J> = { index: next, job: work.job(next++) };
          worker.postMessage(message);
        }
      };
      const drain = async () => {
        for (let r = results.get(consumed); r !== undefined && !failed; r = results.get(consumed)) {
          results.delete(consumed);
          if (isFailure(r)) throw failureError(r);
          await work.consume(consumed, r);
          consumed++;
        }
      };
      for (const worker of workers) {
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!stopping) fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
        });
        worker.on('message', ({ index, result }: ResultMessage<R>) => {
          try {
            results.set(index, result);
            queued.set(worker, queued.get(worker)! - 1);
            consuming = consuming
              .then(drain)
              .then(() => {
                if (consumed === work.count) resolveAll();
                // Consuming moved the window: threads may take jobs again.
                for (const w of workers) feed(w);
              })
              .catch(fail);
            feed(worker);
          } catch (err) {
            fail(err);
          }
        });
        feed(worker);
      }
      if (work.count === 0) resolveAll();
    });
  } finally {
    failed = true;
    stopping = true;
    work.signal?.removeEventListener('abort', onAbort);
    await consuming.catch(() => {});
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
