// Worker entry for tests/pipeline/pool.test.ts: job n waits a little (longer for some jobs, so
// that threads finish out of order), then answers n squared; job -1 throws, job -2 ends its
// thread, job -3 throws a user error (InputError).
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../../dist/errors.js';
import { serveJobs } from '../../dist/pipeline/threads.js';

serveJobs(async (n) => {
  if (n === -1) throw new Error('job -1 fails');
  if (n === -2) process.exit(1);
  if (n === -3) throw new InputError('job -3 is bad input', { file: 'bad.txt' });
  await sleep(n % 3 === 0 ? 30 : 2);
  return { n, square: n * n, thread: (await import('node:worker_threads')).threadId };
});
