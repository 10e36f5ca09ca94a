// Worker entry for tests/pipeline/pool.test.ts: job n waits a little (longer for some jobs, so
// that threads finish out of order), then answers n squared; job -1 throws.
import { setTimeout as sleep } from 'node:timers/promises';
import { serveJobs } from '../../dist/pipeline/parallel/pool.js';

serveJobs(async (n) => {
  if (n === -1) throw new Error('job -1 fails');
  await sleep(n % 3 === 0 ? 30 : 2);
  return { n, square: n * n, thread: (await import('node:worker_threads')).threadId };
});
