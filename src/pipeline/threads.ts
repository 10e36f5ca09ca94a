// The one pool of worker threads: `run --jobs`, `export --corpus --jobs`, `check --jobs` and the
// queue worker's `--concurrency` all compute their jobs on it. Each thread holds up to
// QUEUED_PER_THREAD jobs (run one by one in arrival order), so a thread is given its next job
// before it finishes the current one and never waits for the main thread. Jobs and results
// cross as numbered messages; a job that throws comes back as an EncodedError.
import { Worker, parentPort } from 'node:worker_threads';
import { decodeError, encodeError, type EncodedError } from '../errors.js';

/** Jobs sent to a thread before it has finished the first of them. */
const QUEUED_PER_THREAD = 2;

interface JobMessage<J> {
  index: number;
  job: J;
}
type ResultMessage<R> = { index: number; result: R } | { index: number; failure: EncodedError };

/** Worker side: computes the jobs the main thread posts, one at a time in arrival order, and posts each result (or failure). */
export function serveJobs<J, R>(compute: (job: J) => Promise<R> | R): void {
  let queue = Promise.resolve();
  parentPort?.on('message', ({ index, job }: JobMessage<J>) => {
    queue = queue.then(async () => {
      let message: ResultMessage<R>;
      try {
        message = { index, result: await compute(job) };
      } catch (err) {
        message = { index, failure: encodeError(err) };
      }
      parentPort?.postMessage(message);
    });
  });
}

interface Pending<R> {
  resolve(result: R): void;
  reject(err: unknown): void;
}

export class ThreadPool<J, R> {
  private readonly threads = new Map<Worker, Map<number, Pending<R>>>();
  private readonly waiting: Array<{ index: number; job: J } & Pending<R>> = [];
  private next = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly script: URL,
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  /** Computes `job` on a thread; rejects with the job's own error (an InputError stays one). */
  run(job: J): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the thread pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ index: this.next++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.threads.keys()];
    this.failAll(new Error('the thread pool was closed'));
    await Promise.all(threads.map((t) => t.terminate()));
  }

  private start(): void {
    const thread = new Worker(this.script);
    const pending = new Map<number, Pending<R>>();
    this.threads.set(thread, pending);
    thread.on('message', (message: ResultMessage<R>) => {
      const job = pending.get(message.index);
      pending.delete(message.index);
      if ('failure' in message) job?.reject(decodeError(message.failure));
      else job?.resolve(message.result);
      this.dispatch();
    });
    const lost = (err: Error) => {
      if (this.closed || !this.threads.has(thread)) return;
      // A thread that dies takes its jobs with it; a new one takes its place for later jobs.
      this.threads.delete(thread);
      for (const job of pending.values()) job.reject(err);
      this.start();
      this.dispatch();
    };
    thread.on('error', lost);
    thread.on('exit', (code) => lost(new Error(`a worker thread stopped unexpectedly (exit code ${code})`)));
  }

  /** Gives waiting jobs to the threads holding the fewest, up to QUEUED_PER_THREAD each. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      let best: [Worker, Map<number, Pending<R>>] | undefined;
      for (const entry of this.threads) if (!best || entry[1].size < best[1].size) best = entry;
      if (!best || best[1].size >= QUEUED_PER_THREAD) return;
      const { index, job, resolve, reject } = this.waiting.shift()!;
      best[1].set(index, { resolve, reject });
      const message: JobMessage<J> = { index, job };
      try {
        best[0].postMessage(message);
      } catch (err) {
        best[1].delete(index);
        reject(err);
      }
    }
  }

  private failAll(err: Error): void {
    for (const pending of this.threads.values()) for (const job of pending.values()) job.reject(err);
    for (const job of this.waiting.splice(0)) job.reject(err);
    this.threads.clear();
  }
}
