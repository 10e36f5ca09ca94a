// Past one machine: the jobs of a run (its units) computed by `silkalign worker`s (worker.ts)
// through a BullMQ queue on Redis. The coordinator (`silkalign run --queue URL`) is an executor
// like the thread pool: it reads every document, queues one job per unit (documents carried in
// the job, so workers need no shared file system) and hands the results on in unit order, to be
// rendered as a local run renders them. A worker that dies mid-job loses its lock, BullMQ's
// stalled-job check puts the job back, another worker does it: each unit is computed and written
// exactly once.
import { randomBytes } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { readCorpusDocument } from '../corpus/index.js';
import { errorFromText, InputError } from '../errors.js';
import { unlessAborted, type Executor, type ResultOf, type ThreadJob } from '../pipeline/index.js';
import { DEFAULT_QUEUE_NAME, parseRedisUrl } from './connection.js';
import { countOf } from '../wording.js';

import type { QueuedJob } from './worker.js';

export { parseRedisUrl, DEFAULT_QUEUE_NAME } from './connection.js';
export { serveQueue, type QueueWorkerOptions } from './worker.js';

export interface QueueExecutorOptions {
  url: string;
  queueName?: string;
  /** The corpus folder the coordinator reads the units' documents from. */
  corpus: string;
  /** Told how many units were recovered from stopped workers. */
  log?: (line: string) => void;
  /** How long to try to reach the server before giving up, in ms (default 30 s, as a worker's). */
  connectTimeout?: number;
}

export function queueExecutor(options: QueueExecutorOptions): Executor {
  return {
    where: () => `the queue at ${options.url}`,
    run: (jobs, consume, signal) => runOnQueue(options, jobs, consume, signal),
  };
}

/** Queues every job, waits for each in order and hands its result on. */
async function runOnQueue<J extends ThreadJob>(
  options: QueueExecutorOptions,
  jobs: readonly J[],
  consume: (index: number, result: ResultOf<J>) => Promise<void> | void,
  signal?: AbortSignal,
): Promise<void> {
  // Retry an unreachable or lost server for `connectTimeout` from the first failed attempt (ioredis
  // counts attempts from 1 again after each connection), then fail the run instead of hanging.
  const patience = options.connectTimeout ?? 30_000;
  let outageSince = Date.now();
  const retryStrategy = (times: number) => {
    if (times === 1) outageSince = Date.now();
    // A second's grace: at the start, the deadline below (one clear message) comes first.
    return Date.now() - outageSince >= patience + 1_000 ? null : Math.min(100 * times, 1_000);
  };
  const connection = { ...parseRedisUrl(options.url), retryStrategy };
  const name = options.queueName ?? DEFAULT_QUEUE_NAME;
  let ready = false;
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection });
  const runId = randomBytes(6).toString('hex');
  let recovered = 0;
  // Connection errors surface through the calls below; without listeners BullMQ prints each one.
  queue.on('error', () => {});
  events.on('error', () => {});
  events.on('stalled', ({ jobId }) => {
    if (jobId.startsWith(runId)) recovered++;
  });
  const stopped = () => new InputError('interrupted; the output folder was left as it was');
  const interrupted = new Promise<never>((_, reject) => {
    signal?.addEventListener('abort', () => reject(stopped()), { once: true });
  });
  interrupted.catch(() => {});
  const ids: string[] = [];
  try {
    await Promise.race([Promise.all([queue.waitUntilReady(), events.waitUntilReady()]), interrupted, unreachable(options.url, patience)]).catch((err: unknown) => {
      throw err instanceof InputError ? err : new InputError(`cannot reach the Redis server at ${options.url} (${(err as Error).message}); start it or check --queue (--connect-timeout sets the wait)`);
    });
    ready = true;
    for (const [index, job] of jobs.entries()) {
      const data: QueuedJob = { index, job: await withSources(job, options.corpus) };
      const id = `${runId}-${index}`;
      await queue.add('unit', data, { jobId: id, attempts: 1, removeOnComplete: false, removeOnFail: false });
      ids.push(id);
    }
    for (const [index, id] of ids.entries()) {
      const job = await Job.fromId(queue, id);
      if (!job) throw new Error(`job ${id} vanished from the queue`);
      let result: ResultOf<J>;
      try {
        // Not a race with `interrupted`: that would keep every unit's result (see unlessAborted).
        result = (await unlessAborted(job.waitUntilFinished(events), signal, () => {
          throw stopped();
        })) as ResultOf<J>;
      } catch (err) {
        throw err instanceof InputError ? err : errorFromText(err instanceof Error ? err.message : String(err));
      }
      await consume(index, result);
      await job.remove().catch(() => {});
    }
    if (recovered) options.log?.(`silkalign: ${countOf(recovered, 'unit')} recovered from a stopped worker and done by another`);
  } catch (err) {
    // Only this run's jobs: other runs may share the queue.
    if (ready) await withTimeout(Promise.all(ids.map((id) => queue.remove(id))));
    throw err;
  } finally {
    // Never connected: nothing to close gracefully, and a graceful close would wait for the retries.
    if (!ready) await Promise.all([queue.disconnect(), events.disconnect()].map((p) => withTimeout(p)));
    await Promise.all([events.close(), queue.close()].map((p) => withTimeout(p)));
  }
}

/** A unit job with its documents' text: the worker's machine need not have the corpus. */
async function withSources<J extends ThreadJob>(job: J, corpus: string): Promise<J> {
  if (job.kind === 'check-file') return job;
  const sources = [...(job.sources ?? [])];
  for (const [i, entry] of job.entries.entries()) sources[i] ??= await readCorpusDocument(corpus, entry.file);
  return { ...job, sources };
}

/** Waits for `p` at most `ms`, ignoring its failure: cleanup must not hang the command. */
async function withTimeout(p: Promise<unknown>, ms = 2000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => {}), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Rejects when the server cannot be reached within `ms` (instead of waiting forever). */
function unreachable(url: string, ms: number): Promise<never> {
  return new Promise((_, reject) => {
    const t = setTimeout(() => reject(new InputError(`cannot reach the Redis server at ${url} within ${ms / 1000} s; start it or check --queue (--connect-timeout sets the wait)`)), ms);
    t.unref();
  });
}
