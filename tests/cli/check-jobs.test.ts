// `silkalign check --jobs N` over many files: the same report for one and two worker threads,
// in the order the files were given, the seed corpus's Chinese still paired with its English,
// the first unreadable file named (exit 2, nothing written), no progress bar off a terminal,
// and Ctrl-C mid-check exits 130 leaving no report and no temporary file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { binPath, repoRoot, runCli } from '../helpers/cli.js';
import { removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

const seeds = readdirSync(join(repoRoot, 'corpus', 'documents')).sort().map((f) => join('corpus', 'documents', f));
let dir: string;
let english: string[];

beforeAll(() => {
  dir = scratch('silkalign-check-jobs-');
  // Seed paragraphs only (no gold): 8 pairs of about 25 kB each side.
  const built = spawnSync(process.execPath, [join(repoRoot, 'tests/bench/lib/synthetic-corpus.mjs'), join(dir, 'syn'), '--pairs', '8', '--mb', '0.4', '--gold', join(dir, 'no-gold')]);
  expect(built.status, built.stderr.toString()).toBe(0);
  // Not in name order, so that keeping the input order is tested.
  english = [5, 2, 8, 1, 7, 3, 6, 4].map((p) => join(dir, 'syn', 'documents', `p0000${p}.en.txt`));
});
afterAll(() => removeScratch(dir));

describe('check on worker threads', () => {
  it.each(['json', 'stylish'])('seed corpus (Chinese paired with English), %s: the same bytes for --jobs 1 and 2', (format) => {
    const one = runCli(['check', ...seeds, '--format', format, '--jobs', '1']);
    const two = runCli(['check', ...seeds, '--format', format, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
    // Notes (a comparable pair) are printed in input order whatever the threads.
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toContain('reports the same event but is not a translation');
  });

  it('synthetic files: the same JSON and SARIF for one and two threads, files in the order given, no progress bar off a terminal', () => {
    const one = runCli(['check', ...english, '--format', 'json', '--jobs', '1']);
    const two = runCli(['check', ...english, '--format', 'json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    const files = (JSON.parse(one.stdout) as { files: Array<{ path: string; findings: unknown[] }> }).files;
    expect(files.map((f) => f.path)).toEqual(english);
    expect(files.some((f) => f.findings.length > 0)).toBe(true);
    // Each file is checked as it is alone: the first file's findings are those of a single check.
    const alone = JSON.parse(runCli(['check', english[0], '--format', 'json']).stdout) as { files: Array<{ findings: unknown[] }> };
    expect(files[0].findings).toEqual(alone.files[0].findings);
    const sarif = [1, 2].map((n) => runCli(['check', ...english, '--format', 'sarif', '--jobs', String(n)]).stdout);
    expect(sarif[1]).toBe(sarif[0]);
    expect(two.stderr).not.toMatch(/\r|█|░|ETA/);
    expect(two.stderr.includes('\u001b[')).toBe(false);
  });

  it('an unreadable file among many: exit 2 naming it, no report written', () => {
    const root = join(dir, 'broken');
    writeFiles(root, { 'a.en.txt': readFileSync(english[0]), 'b.en.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'c.en.txt': readFileSync(english[1]) });
    const r = runCli(['check', 'a.en.txt', 'b.en.txt', 'c.en.txt', 'missing.en.txt', '--jobs', '2', '--format', 'json', '-o', 'report.json'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('b.en.txt')]);
    expect(readdirSync(root).sort()).toEqual(['a.en.txt', 'b.en.txt', 'c.en.txt']);
  });

  it('--jobs must be a whole number of at least 1', () => {
    const r = runCli(['check', ...english.slice(0, 2), '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs "0"');
  });
});

/** Whether a process has the named pipe open for reading (a non-blocking writer can open it). */
async function hasReader(fifo: string): Promise<boolean> {
  try {
    await (await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK)).close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENXIO') return false;
    throw err;
  }
}

describe('Ctrl-C during check --jobs', () => {
  it('exits 130 with one line on stderr, no report and no temporary file', async () => {
    const root = join(dir, 'interrupted');
    writeFiles(root, Object.fromEntries(english.map((f, i) => [`f${i}.en.txt`, readFileSync(f)])));
    // The last input is a named pipe: read once for its language in the main thread, then again
    // by the worker that checks it, which is how the test knows the threads are at work.
    const fifo = join(root, 'pipe.en.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const inputs = [...english.map((_, i) => `f${i}.en.txt`), 'pipe.en.txt'];
    const child = spawn(process.execPath, [binPath, 'check', ...inputs, '--jobs', '2', '--format', 'json', '-o', 'report.json'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const first = await open(fifo, 'w'); // resolves once the main thread opens it
    await first.write(readFileSync(english[0]));
    await first.close();
    // Until the main thread has closed the pipe, a writer could open it without a new reader.
    while (await hasReader(fifo)) await new Promise((r) => setTimeout(r, 5));
    const second = await open(fifo, 'w'); // resolves once a worker opens it: mid-check
    const running = child.exitCode === null;
    child.kill('SIGINT');
    await second.close(); // the worker's read ends (empty), as a file's would
    const code = await exited;
    expect(running).toBe(true);
    expect(code).toBe(130);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^silkalign: interrupted; no report was written$/)]);
    expect(existsSync(join(root, 'report.json'))).toBe(false);
    expect(readdirSync(root).filter((f) => !/^f\d\.en\.txt$|^pipe\.en\.txt$/.test(f))).toEqual([]);
  });
});
