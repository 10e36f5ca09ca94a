// `silkalign review` as a user starts it: one URL on stdout (127.0.0.1, a token), serving until
// SIGTERM (exit 0); bad options and a folder without reports are one line and exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { binPath, runCli } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, pairManifest, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

let dir: string;
beforeAll(() => {
  dir = scratch('silkalign-review-cli-');
  writeFiles(dir, {
    'corpus/manifest.json': pairManifest('documents/talks.zh.txt', 'documents/talks.en.txt'),
    'corpus/documents/talks.zh.txt': PAIR_ZH,
    'corpus/documents/talks.en.txt': PAIR_EN,
  });
  expect(runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: dir }).code).toBe(0);
});
afterAll(() => removeScratch(dir));

describe('silkalign review', () => {
  it.each([
    [['--port', 'x'], '--port "x" is not a port number (0 to 65535)'],
    [['--port', '70000'], '--port "70000" is not a port number (0 to 65535)'],
    [['--out', 'missing'], 'missing: has no reports (no index.html); run `silkalign run` first, or give the output folder with --out'],
    [['--out', 'out', '--corpus', 'nowhere'], 'nowhere: no such corpus folder, where decisions.json is kept; give it with --corpus, or a file with --decisions'],
  ])('%j: one line, exit 2', (args, message) => {
    const r = runCli(['review', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`silkalign: ${message}\n`);
  });

  it('refuses an invalid decisions file before serving', () => {
    writeFiles(dir, { 'bad.json': '{"version": 2}' });
    const r = runCli(['review', '--out', 'out', '--decisions', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^silkalign: bad\.json: invalid decisions file at version/);
  });

  it('prints the URL, serves the index there, and stops on SIGTERM with exit 0', async () => {
    const child = spawn(process.execPath, [binPath, 'review', '--out', 'out', '--corpus', 'corpus', '--quiet'], { cwd: dir });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/index\.html$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('talks-zh--talks-en/report.html');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await expect(exited).resolves.toBe(0);
  });
});
