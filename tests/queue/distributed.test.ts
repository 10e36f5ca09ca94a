// `silkalign run --queue` with `silkalign worker`s on a real Redis server (loopback, started
// here): the distributed output equals a local run's, byte for byte; a worker killed mid-job
// (SIGKILL) loses its unit to another worker, and nothing is lost or duplicated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { binPath, runCli } from '../helpers/cli.js';
import { declaredPairsCorpus, listTree, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';
import { redisUnavailable, startRedis, type TestRedis } from './redis-server.js';

const PAIRS = 8;
const unavailable = redisUnavailable();
if (unavailable) console.warn(`queue tests skipped: ${unavailable}`);

let dir: string;
let redis: TestRedis;
let reference: Map<string, string>;
const children: ChildProcess[] = [];

const read = (root: string) => new Map(listTree(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

/** Starts a child CLI process; resolves its exit code and output when it ends. */
function start(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, done };
}

const stopWorker = async (w: ReturnType<typeof start>) => {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  return w.done;
};

beforeAll(async () => {
  if (unavailable) return;
  dir = scratch();
  writeFiles(join(dir, 'corpus'), declaredPairsCorpus(PAIRS));
  redis = await startRedis();
  const r = runCli(['run', '--corpus', 'corpus', '--out', 'reference', '--jobs', '1', '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  reference = read(join(dir, 'reference'));
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await redis?.stop();
  if (dir) removeScratch(dir);
});

describe.skipIf(unavailable !== undefined)('run --queue with workers on Redis', () => {
  it('two workers: the output equals a local run, every unit done once', async () => {
    const workers = [1, 2].map(() => start(['worker', '--queue', redis.url, '--queue-name', 'two-workers']));
    const run = start(['run', '--corpus', 'corpus', '--out', 'out-two', '--queue', redis.url, '--queue-name', 'two-workers']);
    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    const logs = await Promise.all(workers.map(stopWorker));
    const out = read(join(dir, 'out-two'));
    expect([...out.keys()]).toEqual([...reference.keys()]);
    for (const [file, content] of reference) expect(out.get(file), file).toBe(content);
    // Units 0..PAIRS (the undeclared rest is unit 0), each done by exactly one worker.
    const done = logs.flatMap((l) => [...l.stderr.matchAll(/unit (\d+) \(/g)].map((m) => Number(m[1]))).sort((a, b) => a - b);
    expect(done).toEqual(Array.from({ length: PAIRS + 1 }, (_, i) => i));
  });

  it('a worker killed mid-job: its unit is done by another, nothing lost or duplicated', async () => {
    const fast = ['--lock-duration', '1500', '--stalled-interval', '500'];
    const name = 'killed-worker';
    const first = start(['worker', '--queue', redis.url, '--queue-name', name, ...fast]);
    const run = start(['run', '--corpus', 'corpus', '--out', 'out-killed', '--queue', redis.url, '--queue-name', name]);
    // Wait until the first worker holds a unit, then kill it without warning.
    const queue = new Queue(name, { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null } });
    const deadline = Date.now() + 30_000;
    while ((await queue.getActiveCount()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(await queue.getActiveCount()).toBeGreaterThan(0);
    first.child.kill('SIGKILL');
    await first.done;
    const second = start(['worker', '--queue', redis.url, '--queue-name', name, ...fast]);
    const result = await run.done;
    await stopWorker(second);
    await queue.close();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/recovered from a stopped worker/);
    const out = read(join(dir, 'out-killed'));
    expect([...out.keys()]).toEqual([...reference.keys()]);
    for (const [file, content] of reference) expect(out.get(file), file).toBe(content);
  });

  it('an unreachable server: tried for --connect-timeout, then exit 2 with one line naming the URL, nothing written', () => {
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out-none', '--queue', 'redis://127.0.0.1:1', '--connect-timeout', '1', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^silkalign: cannot reach the Redis server at redis:\/\/127\.0\.0\.1:1 within 1 s; start it or check --queue \(--connect-timeout sets the wait\)\n$/);
    expect(listTree(dir).some((f) => f.startsWith('out-none'))).toBe(false);
    const bad = runCli(['run', '--corpus', 'corpus', '--out', 'out-none', '--queue', 'redis://127.0.0.1:1', '--connect-timeout', '0'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, 'silkalign: --connect-timeout "0" is not a whole number of at least 1\n']);
  });
});
