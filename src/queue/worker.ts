// `silkalign worker`: takes units of `run --queue` jobs from the BullMQ queue and computes them
// on the thread pool of a local run (pipeline/threads.ts) until stopped. It stops within seconds in every state: connecting, retrying after
// losing the server, idle, or busy (then the units in hand go back to the queue at once, for
// another worker, instead of waiting for their locks to expire). A server that cannot be
// reached, or is lost, for `connectTimeout` ends it with one InputError naming the URL (exit 2).
import { setTimeout as delay } from 'node:timers/promises';
import { Job, Worker, WaitingError } from 'bullmq';
import { errorToText, InputError } from '../errors.js';
import { THREAD_ENTRY, ThreadPool, unlessAborted, type ThreadJob } from '../pipeline/index.js';
import { DEFAULT_QUEUE_NAME, parseRedisUrl } from './connection.js';

/** What a queue job carries: the job (a unit of a run) and its place in the run. */
export interface QueuedJob {
  index: number;
  job: ThreadJob;
}

export interface QueueWorkerOptions {
  url: string;
  queueName?: string;
  /** Units computed at once (threads). */
  concurrency?: number;
  /** How long a job's lock lasts without renewal; a dead worker's job is recovered after it. */
  lockDuration?: number;
  /** How often this worker looks for stalled jobs. */
  stalledInterval?: number;
  /** How long the server may be unreachable (at the start or later) before the worker gives up. */
  connectTimeout?: number;
  log?: (line: string) => void;
  /** Stops the worker (SIGINT, SIGTERM). */
  signal?: AbortSignal;
}

/** What a unit's computation gives way to when the worker stops. */
const RETURNED: unique symbol = Symbol('returned');

/** How long shutting down may wait for each step before it stops waiting. */
const CLOSE_WAIT = 3_000;

/** Waits for `p` at most `ms`; true when it settled in time (failures ignored: cleanup must not hang). */
async function within(p: Promise<unknown>, ms = CLOSE_WAIT): Promise<boolean> {
  const timer = new AbortController();
  const settled = await Promise.race([p.then(() => true, () => true), delay(ms, false, { signal: timer.signal }).catch(() => false)]);
  timer.abort();
  return settled;
}

/** Resolves when `signal` aborts. */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Takes and computes units until `signal` aborts; throws an InputError when the server stays out of reach. */
export async function serveQueue(options: QueueWorkerOptions): Promise<{ done: number }> {
  const url = options.url;
  const name = options.queueName ?? DEFAULT_QUEUE_NAME;
  const patience = options.connectTimeout ?? 30_000;
  const log = options.log ?? (() => {});
  const concurrency = options.concurrency ?? 1;
  // The same pool and thread entry as a local run: the jobs are computed by the application layer.
  const threads = new ThreadPool<ThreadJob, unknown>(concurrency, THREAD_ENTRY);
  // Aborted at shutdown: each unit in hand goes back to the queue.
  const giveBack = new AbortController();
  // ioredis retries a lost connection on a timer; once stopping it must not retry (its timer
  // would keep the process alive), and a retry every second at most keeps the stop prompt.
  const retryStrategy = (times: number) => (giveBack.signal.aborted ? null : Math.min(100 * times, 1_000));
  let done = 0;
  /** The units being computed, each until it is done or given back. */
  const inHand = new Set<Promise<unknown>>();
  const computeOrGiveBack = async (job: Job<QueuedJob>, token: string | undefined): Promise<unknown> => {
    const { index, job: work } = job.data;
    const unit = `unit ${index} (${work.kind === 'check-file' ? work.file : work.entries.map((e) => e.id).join(', ')})`;
    const computed = threads.run(work).then(
      (result) => ({ result }),
      // The coordinator gets only the failure's message: it carries the error, encoded.
      (err: unknown) => ({ failure: errorToText(err) }),
    );
    const result = await unlessAborted(computed, giveBack.signal, (): typeof RETURNED => RETURNED);
    if (result === RETURNED) {
      // Back to waiting for another worker now; if the server does not answer, the lock
      // expires and BullMQ's stalled-job check puts it back instead.
      const back = await within(job.moveToWait(token));
      log(`silkalign worker: ${unit} ${back ? 'returned to the queue' : 'left to the queue’s stalled-job check'}`);
      throw new WaitingError();
    }
    if ('failure' in result) throw new Error(result.failure);
    done++;
    log(`silkalign worker: ${unit} done`);
    return result.result;
  };
  const worker = new Worker<QueuedJob, unknown>(
    name,
    (job, token) => {
      const work = computeOrGiveBack(job, token);
      inHand.add(work);
      return work.finally(() => inHand.delete(work));
    },
    {
      connection: { ...parseRedisUrl(url), retryStrategy },
      concurrency,
      lockDuration: options.lockDuration ?? 30_000,
      stalledInterval: options.stalledInterval ?? 30_000,
      maxStalledCount: 3,
    },
  );
  // Connection errors repeat at every retry: one line per outage.
  let outage = false;
  worker.on('error', (err) => {
    const connection = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection is closed/i.test(err.message);
    if (connection && outage) return;
    outage ||= connection;
    log(`silkalign worker: ${err.message}${connection ? `; retrying for up to ${patience / 1000} s` : ''}`);
  });
  const stop = aborted(options.signal).then(() => 'stop' as const);
  const seconds = `${patience / 1000} s`;
  try {
    const start = await Promise.race([worker.waitUntilReady().then(() => 'ready' as const), stop, delay(patience, 'timeout' as const, { ref: false })]);
    if (start === 'timeout') throw new InputError(`cannot reach the Redis server at ${url} within ${seconds}; start it or check --queue (--connect-timeout sets the wait)`);
    if (start === 'stop') return { done };
    outage = false;
    log(`silkalign worker: waiting for units on ${url} (queue ${name})`);
    const client = await worker.getBackend().client;
    // Idle or busy until stopped, or until the server has been gone for `patience`.
    const watch = new AbortController();
    const lost = (async () => {
      let since: number | undefined;
      while (!watch.signal.aborted) {
        if (client.status === 'ready') {
          if (since !== undefined) log(`silkalign worker: connected to ${url} again`);
          since = undefined;
          outage = false;
        } else since ??= Date.now();
        if (since !== undefined && Date.now() - since >= patience) return 'lost' as const;
        await delay(250, undefined, { signal: watch.signal }).catch(() => {});
      }
      return 'stop' as const;
    })();
    const end = await Promise.race([stop, lost]);
    watch.abort();
    if (end === 'lost') throw new InputError(`lost the Redis server at ${url} for ${seconds}; start it again or check --queue (--connect-timeout sets the wait)`);
    return { done };
  } finally {
    // No more units; those in hand go back to the queue at once, their computation abandoned.
    await within(worker.pause(true), 1_000);
    giveBack.abort();
    await within(Promise.all(inHand), 2 * CLOSE_WAIT);
    // A unit BullMQ had already taken (active, locked by this worker) but not yet handed to the
    // processor is in no one's hand: give it back too.
    await within(giveBackTaken(worker, log));
    // Nothing is left to wait for: a forced close cannot hang on an unreachable server.
    await within(worker.close(true));
    await threads.close();
  }
}

/** Moves every active unit locked by `worker` back to waiting (units taken but never started). */
export async function giveBackTaken(worker: Worker<QueuedJob, unknown>, log: (line: string) => void): Promise<void> {
  const client = await worker.getBackend().client;
  for (const id of await client.lrange(worker.toKey('active'), 0, -1)) {
    const token = await client.get(`${worker.toKey(id)}:lock`);
    if (!token?.startsWith(`${worker.id}:`)) continue;
    const job = await Job.fromId<QueuedJob>(worker, id);
    if (!job) continue;
    await job.moveToWait(token);
    log(`silkalign worker: unit ${job.data.index} (taken, not started) returned to the queue`);
  }
}
