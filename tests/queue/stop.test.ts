// Stopping `silkalign worker` and `run --queue` (real redis-server on loopback, started here):
// SIGTERM or SIGINT ends a worker within 10 s in every state (connecting, idle, retrying after
// losing the server, busy); a busy worker's unit goes back to the queue at once and another
// worker does it, nothing lost or duplicated; a server out of reach for --connect-timeout is
// exit 2 with one line naming the URL; `run --queue` stopped by SIGTERM takes its units back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { binPath, runCli } from '../helpers/cli.js';
import { listTree, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';
import { freePort, redisUnavailable, startRedis, type TestRedis } from './redis-server.js';

const unavailable = redisUnavailable();
if (unavailable) console.warn(`queue stop tests skipped: ${unavailable}`);

/** The bound the issue sets for a stopped worker to be gone. */
const GONE_WITHIN_MS = 10_000;

let dir: string;
let redis: TestRedis;
let reference: Map<string, string>;
const children: ChildProcess[] = [];
const queues: Queue[] = [];

const read = (root: string) => new Map(listTree(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

/** Two declared pairs of a few thousand paragraphs each: units that take seconds, so a worker is caught busy. */
function slowCorpus(paragraphs: number): Record<string, string> {
  const files: Record<string, string> = {};
  const documents: object[] = [];
  for (const pair of [1, 2]) {
    const zh: string[] = [];
    const en: string[] = [];
    for (let i = 1; i <= paragraphs; i++) {
      zh.push(`${i}、双方同意加强经贸合作，扩大贸易规模至${400 + i + pair}亿美元。`);
      en.push(`${i}. The two sides agreed to strengthen economic and trade cooperation and expand trade to ${40 + i + pair} billion US dollars.`);
    }
    files[`documents/big${pair}.zh.txt`] = `${zh.join('\n\n')}\n`;
    files[`documents/big${pair}.en.txt`] = `${en.join('\n\n')}\n`;
    for (const lang of ['zh', 'en'])
      documents.push({ id: `big${pair}-${lang}`, file: `documents/big${pair}.${lang}.txt`, language: lang, counterpart: `big${pair}-${lang === 'zh' ? 'en' : 'zh'}` });
  }
  return { ...files, 'manifest.json': JSON.stringify({ version: 1, documents }, null, 2) };
}

interface Started {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(args: string[]): Started {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, done };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Sends `signal` and waits for the process to end; fails (and kills it) when it outlives the bound. */
async function stopWithin(p: Started, signal: NodeJS.Signals, ms = GONE_WITHIN_MS): Promise<number | null> {
  p.child.kill(signal);
  return endsWithin(p, ms);
}

async function endsWithin(p: Started, ms = GONE_WITHIN_MS): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const ended = await Promise.race([p.done, late]);
  clearTimeout(timer);
  if (ended === 'late') {
    p.child.kill('SIGKILL');
    throw new Error(`still running ${ms} ms later:\n${p.stderr()}`);
  }
  return ended.code;
}

function queueOn(server: TestRedis, name: string): Queue {
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: server.port, maxRetriesPerRequest: null } });
  queues.push(queue);
  return queue;
}

const unitsDone = (log: string) => [...log.matchAll(/unit (\d+) \([^)]*\) done/g)].map((m) => Number(m[1]));

beforeAll(async () => {
  if (unavailable) return;
  dir = scratch('silkalign-queue-stop-');
  writeFiles(join(dir, 'corpus'), slowCorpus(3000));
  redis = await startRedis();
  const r = runCli(['run', '--corpus', 'corpus', '--out', 'reference', '--jobs', '1', '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  reference = read(join(dir, 'reference'));
}, 120_000);

afterAll(async () => {
  for (const q of queues) await q.close().catch(() => {});
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await redis?.stop();
  if (dir) removeScratch(dir);
});

describe.skipIf(unavailable !== undefined)('a worker whose server cannot be reached', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s while it tries to connect: gone within 10 s, exit 0', async (signal) => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const worker = start(['worker', '--queue', url]);
    await until(() => /retrying for up to 30 s/.test(worker.stderr()), 'the first connection error');
    expect(await stopWithin(worker, signal)).toBe(0);
    expect(worker.stderr()).toContain(`silkalign worker: ${signal}: stopping`);
  });

  it('gives up after --connect-timeout: exit 2, one line naming the URL', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const worker = start(['worker', '--queue', url, '--connect-timeout', '2']);
    expect(await endsWithin(worker)).toBe(2);
    const errors = worker.stderr().split('\n').filter((l) => l.startsWith('silkalign: '));
    expect(errors).toEqual([`silkalign: cannot reach the Redis server at ${url} within 2 s; start it or check --queue (--connect-timeout sets the wait)`]);
    expect(worker.stderr()).not.toMatch(/^\s+at /m);
  });
});

describe.skipIf(unavailable !== undefined)('a worker with its server', () => {
  it('SIGTERM while idle: gone within 10 s, exit 0', async () => {
    const worker = start(['worker', '--queue', redis.url, '--queue-name', 'idle']);
    await until(() => /waiting for units/.test(worker.stderr()), 'the worker to be ready');
    expect(await stopWithin(worker, 'SIGTERM')).toBe(0);
  });

  it('SIGTERM while retrying a lost server: gone within 10 s; lost for --connect-timeout: exit 2 naming the URL', async () => {
    const own = await startRedis();
    const retrying = start(['worker', '--queue', own.url]);
    const giving = start(['worker', '--queue', own.url, '--connect-timeout', '2']);
    await until(() => /waiting for units/.test(retrying.stderr()) && /waiting for units/.test(giving.stderr()), 'both workers to be ready');
    await own.stop();
    await until(() => /retrying for up to 30 s/.test(retrying.stderr()), 'the lost connection');
    expect(await stopWithin(retrying, 'SIGTERM')).toBe(0);
    expect(await endsWithin(giving)).toBe(2);
    expect(giving.stderr()).toContain(`silkalign: lost the Redis server at ${own.url} for 2 s; start it again or check --queue`);
  });

  it('SIGTERM while busy: the unit goes back to the queue at once, another worker does it, the output equals a local run', async () => {
    const name = 'busy';
    const queue = queueOn(redis, name);
    // Default 30 s locks: the unit comes back because the worker returns it, not because its lock expired.
    const first = start(['worker', '--queue', redis.url, '--queue-name', name]);
    const run = start(['run', '--corpus', 'corpus', '--out', 'out-busy', '--queue', redis.url, '--queue-name', name]);
    await until(async () => (await queue.getActiveCount()) > 0, 'the first worker to take a unit');
    expect(await stopWithin(first, 'SIGTERM')).toBe(0);
    const returned = /unit (\d+) \([^)]*\) returned to the queue/.exec(first.stderr());
    expect(returned, first.stderr()).not.toBeNull();
    expect(await queue.getActiveCount()).toBe(0);
    expect(await queue.getWaitingCount()).toBeGreaterThan(0);

    const second = start(['worker', '--queue', redis.url, '--queue-name', name]);
    expect(await endsWithin(run, 120_000), run.stderr()).toBe(0);
    expect(await stopWithin(second, 'SIGTERM')).toBe(0);
    expect(run.stderr()).not.toMatch(/recovered from a stopped worker/);
    // Each unit done exactly once, the returned one by the second worker.
    expect([...unitsDone(first.stderr()), ...unitsDone(second.stderr())].sort()).toEqual([0, 1]);
    expect(unitsDone(second.stderr())).toContain(Number(returned![1]));
    const out = read(join(dir, 'out-busy'));
    expect([...out.keys()]).toEqual([...reference.keys()]);
    for (const [file, content] of reference) expect(out.get(file), file).toBe(content);
  }, 180_000);
});

describe.skipIf(unavailable !== undefined)('run --queue stopped', () => {
  it('SIGTERM while its units wait for workers: exit 143 within 10 s, one line, no output, its units taken back', async () => {
    const name = 'run-stopped';
    const queue = queueOn(redis, name);
    const run = start(['run', '--corpus', 'corpus', '--out', 'out-stopped', '--queue', redis.url, '--queue-name', name]);
    await until(async () => (await queue.getWaitingCount()) === 2, 'the run to queue its two units');
    const code = await stopWithin(run, 'SIGTERM');
    expect(code, run.stderr()).toBe(143);
    expect(run.stderr().trimEnd().split('\n').at(-1)).toBe('silkalign: terminated; the output folder was left as it was');
    expect(await queue.getWaitingCount()).toBe(0);
    expect(existsSync(join(dir, 'out-stopped'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('out-stopped'))).toEqual([]);
  });
});
