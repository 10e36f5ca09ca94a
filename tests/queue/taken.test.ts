// A unit BullMQ has taken for a worker (active, locked with the worker's token) but not yet
// handed to its processor belongs to no computation: a stopping worker must give it back, or it
// waits for its lock to expire. giveBackTaken moves exactly the worker's own taken units back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, Worker } from 'bullmq';
import { giveBackTaken, type QueuedJob } from '../../src/queue/worker.js';
import { redisUnavailable, startRedis, type TestRedis } from './redis-server.js';

const unavailable = redisUnavailable();
let redis: TestRedis;

beforeAll(async () => {
  if (!unavailable) redis = await startRedis();
}, 30_000);
afterAll(async () => {
  await redis?.stop();
});

describe.skipIf(unavailable !== undefined)('a stopping worker gives back the units it took but never started', () => {
  it("moves its own taken unit back to waiting and leaves another worker's unit alone", async () => {
    const connection = { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null };
    const queue = new Queue('taken', { connection });
    // Workers that never run a processor: units are taken by hand, as BullMQ does before processing.
    const mine = new Worker<QueuedJob, unknown>('taken', null, { connection });
    const theirs = new Worker<QueuedJob, unknown>('taken', null, { connection });
    try {
      const data = (index: number) => ({ index, job: { kind: 'check-file', file: `f${index}` } }) as unknown as QueuedJob;
      await queue.add('unit', data(0));
      await queue.add('unit', data(1));
      const a = await mine.getNextJob(`${mine.id}:1`);
      const b = await theirs.getNextJob(`${theirs.id}:1`);
      expect(a && b).toBeTruthy();
      expect(await queue.getActiveCount()).toBe(2);
      const lines: string[] = [];
      await giveBackTaken(mine, (line) => lines.push(line));
      expect(await queue.getActiveCount()).toBe(1);
      expect((await queue.getWaiting()).map((j) => j.id)).toEqual([a!.id]);
      expect((await queue.getActive()).map((j) => j.id)).toEqual([b!.id]);
      expect(lines).toEqual([`silkalign worker: unit ${a!.data.index} (taken, not started) returned to the queue`]);
    } finally {
      await mine.close(true);
      await theirs.close(true);
      await queue.close();
    }
  });
});
