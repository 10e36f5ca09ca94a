// The thread pool and the ordered runner on it (src/pipeline/threads.ts, ordered.ts) with real
// threads: results consumed strictly in job order however the threads finish, each job computed
// exactly once, at most a window of jobs ahead of the consumer, a job's failure rejects the whole
// run with that job's error, a consumed result is not kept (memory holds the jobs in flight, not
// the run), and a thread that dies is replaced (the queue worker lives on).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { runOrdered, ThreadPool } from '../../src/pipeline/index.js';

const script = new URL('../helpers/pool-worker.mjs', import.meta.url);
type Result = { n: number; square: number; thread: number };

describe('runOrdered on worker threads', () => {
  it('consumes every result once, in job order, though threads finish out of order', async () => {
    const consumed: number[] = [];
    const threads = new Set<number>();
    let dispatched = 0;
    let furthestAhead = 0;
    await runOrdered<number, Result>({
      count: 40,
      threads: 2,
      script,
      job: (index) => {
        dispatched++;
        furthestAhead = Math.max(furthestAhead, index - consumed.length);
        return index;
      },
      compute: () => {
        throw new Error('not in this thread');
      },
      consume: async (index, result) => {
        expect(result.n).toBe(index);
        expect(result.square).toBe(index * index);
        threads.add(result.thread);
        // A slow consumer (writing files): threads keep working on the jobs they hold.
        await new Promise((resolve) => setTimeout(resolve, index % 5 === 0 ? 15 : 0));
        consumed.push(index);
      },
    });
    expect(consumed).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(dispatched).toBe(40);
    expect(threads.size).toBe(2);
    // Never more than the window (three jobs per thread) ahead of the consumer.
    expect(furthestAhead).toBeLessThan(6);
  });

  it('keeps no result once consumed, while the run goes on', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const consumedResults: Array<WeakRef<Result>> = [];
    const keptWhileRunning: number[] = [];
    await runOrdered<number, Result>({
      count: 12,
      threads: 2,
      script,
      job: (index) => index,
      compute: () => {
        throw new Error('not in this thread');
      },
      consume: async (_, result) => {
        consumedResults.push(new WeakRef(result));
        // A turn of the event loop: a WeakRef holds its target until the current task ends.
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        // Every result before this one is consumed and must be gone.
        keptWhileRunning.push(consumedResults.slice(0, -1).filter((ref) => ref.deref() !== undefined).length);
      },
      signal: new AbortController().signal,
    });
    expect(keptWhileRunning).toEqual(Array.from({ length: 12 }, () => 0));
  });

  it('rejects with the failing job’s error and stops', async () => {
    const consumed: number[] = [];
    await expect(
      runOrdered<number, Result>({
        count: 10,
        threads: 2,
        script,
        job: (index) => (index === 4 ? -1 : index),
        compute: () => {
          throw new Error('not in this thread');
        },
        consume: (index) => {
          consumed.push(index);
        },
      }),
    ).rejects.toThrow(/job -1 fails/);
    expect(consumed).toEqual([0, 1, 2, 3]);
  });
});

describe('ThreadPool', () => {
  it('gives back a user error as an InputError with its message', async () => {
    const pool = new ThreadPool<number, Result>(1, script);
    try {
      const failure = await pool.run(-3).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(InputError);
      expect((failure as Error).message).toBe('bad.txt: job -3 is bad input');
    } finally {
      await pool.close();
    }
  });

  it('rejects the jobs of a thread that dies, and computes later jobs on a new one', async () => {
    const pool = new ThreadPool<number, Result>(1, script);
    try {
      await expect(pool.run(-2)).rejects.toThrow(/stopped unexpectedly/);
      expect((await pool.run(7)).square).toBe(49);
    } finally {
      await pool.close();
    }
  });
});
