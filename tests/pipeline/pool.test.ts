// The ordered worker pool (src/pipeline/parallel/pool.ts) with real threads: results consumed
// strictly in job order however the threads finish, each job computed exactly once, at most a
// window of jobs ahead of the consumer, and a job's failure rejects the whole run.
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/pipeline/parallel/pool.js';

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
      jobs: 2,
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

  it('rejects with the failing job’s error and stops', async () => {
    const consumed: number[] = [];
    await expect(
      runOrdered<number, Result>({
        count: 10,
        jobs: 2,
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
