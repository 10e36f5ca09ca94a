// Past one machine: the run job's units distributed through a BullMQ queue on Redis. The
// coordinator (`silkalign run --queue URL`) reads every document, queues one job per unit
// (documents carried in the job, so workers need no shared file system) and writes the results
// in unit order, as a local run does; workers (`silkalign worker --queue URL`) take jobs and
// compute them on worker threads. A worker that dies mid-job loses its lock, BullMQ's stalled-job
// check puts the job back, another worker does it: each unit is written exactly once.
import { randomBytes } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { readCorpusDocument } from '../corpus/index.js';
import { InputError } from '../errors.js';
import type { ManifestEntry } from '../types.js';
import { StagedOutput } from '../pipeline/parallel/output.js';
import type { UnitJob } from '../pipeline/parallel/unit-job.js';
import { DEFAULT_QUEUE_NAME, parseRedisUrl } from './connection.js';
import { INPUT_ERROR } from './worker.js';

export { parseRedisUrl, DEFAULT_QUEUE_NAME } from './connection.js';
export { serveQueue, type QueueWorkerOptions } from './worker.js';

export interface QueueRunOptions {
  url: string;
  queueName?: string;
  corpus: string;
  out: string;
  units: ManifestEntry[][];
  options: UnitJob['options'];
  onProgress?: (unitsDone: number, documentsDone: number) => void;
  signal?: AbortSignal;
}

/** Queues every unit, waits for each in order, writes it; returns counts and stalled recoveries. */
export async function runUnitsOnQueue(run: QueueRunOptions): Promise<{ files: number; documents: number; recovered: number }> {
  // Give up on an unreachable server after a few tries, so the run fails instead of hanging.
  const connection = { ...parseRedisUrl(run.url), retryStrategy: (times: number) => (times > 10 ? null : 200) };
  const name = run.queueName ?? DEFAULT_QUEUE_NAME;
  let ready = false;
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection });
  const output = new StagedOutput(run.out);
  const runId = randomBytes(6).toString('hex');
  let recovered = 0;
  // Connection errors surface through the calls below; without listeners BullMQ prints each one.
  queue.on('error', () => {});
  events.on('error', () => {});
  events.on('stalled', ({ jobId }) => {
    if (jobId.startsWith(runId)) recovered++;
  });
  const interrupted = new Promise<never>((_, reject) => {
    run.signal?.addEventListener('abort', () => reject(new InputError('interrupted; the output folder was left as it was')), { once: true });
  });
  interrupted.catch(() => {});
  const ids: string[] = [];
  try {
    await Promise.race([Promise.all([queue.waitUntilReady(), events.waitUntilReady()]), interrupted, unreachable(run.url)]).catch((err: unknown) => {
      throw err instanceof InputError ? err : new InputError(`cannot reach the Redis server at ${run.url} (${(err as Error).message}); start it or check --queue`);
    });
    ready = true;
    for (const [unit, entries] of run.units.entries()) {
      const sources = [];
      for (const entry of entries) sources.push(await readCorpusDocument(run.corpus, entry.file));
      const job: UnitJob = { unit, corpus: run.corpus, entries, sources, options: run.options };
      const id = `${runId}-${unit}`;
      await queue.add('unit', job, { jobId: id, attempts: 1, removeOnComplete: false, removeOnFail: false });
      ids.push(id);
    }
    let documents = 0;
    for (const [unit, id] of ids.entries()) {
      const job = await Job.fromId(queue, id);
      if (!job) throw new Error(`job ${id} vanished from the queue`);
      let files: Array<[string, string]>;
      try {
        files = (await Promise.race([job.waitUntilFinished(events), interrupted])) as Array<[string, string]>;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw message.startsWith(INPUT_ERROR) ? new InputError(message.slice(INPUT_ERROR.length)) : err;
      }
      await output.addUnit(files);
      await job.remove().catch(() => {});
      documents += run.units[unit].length;
      run.onProgress?.(unit + 1, documents);
    }
    await output.commit();
    return { files: output.fileCount, documents, recovered };
  } catch (err) {
    await output.abort();
    // Only this run's jobs: other runs may share the queue.
    if (ready) await withTimeout(Promise.all(ids.map((id) => queue.remove(id))));
    throw err;
  } finally {
    await withTimeout(events.close());
    await withTimeout(queue.close());
    if (!ready) await Promise.all([queue.disconnect(), events.disconnect()].map((p) => withTimeout(p)));
  }
}

/** Waits for `p` at most `ms`, ignoring its failure: cleanup must not hang the command. */
async function withTimeout(p: Promise<unknown>, ms = 2000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => {}), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Rejects when the server cannot be reached within a few seconds (instead of waiting forever). */
function unreachable(url: string, ms = 10_000): Promise<never> {
  return new Promise((_, reject) => {
    const t = setTimeout(() => reject(new InputError(`cannot reach the Redis server at ${url}; start it or check --queue`)), ms);
    t.unref();
  });
}
