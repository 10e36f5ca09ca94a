// Files and folders the user may not read or write. Root ignores permission bits, so when the
// tests run as root the CLI is started as `nobody` (uid 65534); skipped, with the reason, when
// that user cannot run the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAIR_EN, PAIR_ZH, listTree, removeScratch, runCliUnprivileged, scratch, unprivilegedUnavailable, writeFiles } from './helpers.js';

const unavailable = unprivilegedUnavailable();
if (unavailable) console.warn(`permission tests skipped: ${unavailable}`);

let dir: string;
beforeAll(() => {
  dir = scratch();
  writeFiles(dir, {
    'secret.en.txt': PAIR_EN,
    'corpus/documents/a.zh.txt': PAIR_ZH,
    'corpus/documents/b.en.txt': PAIR_EN,
    'locked-corpus/documents/a.zh.txt': PAIR_ZH,
    'readable.en.txt': PAIR_EN,
  });
  chmodSync(join(dir, 'secret.en.txt'), 0o600);
  chmodSync(join(dir, 'corpus/documents/b.en.txt'), 0o600);
  chmodSync(join(dir, 'locked-corpus/documents'), 0o700);
  mkdirSync(join(dir, 'read-only'));
  chmodSync(join(dir, 'read-only'), 0o555);
});
afterAll(() => removeScratch(dir));

function expectRefused(r: { code: number; stdout: string; stderr: string }, names: string, reason: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(names);
  expect(lines[0]).toMatch(reason);
}

describe.skipIf(unavailable !== undefined)('no permission', () => {
  it.each([
    { name: 'normalize an unreadable file', args: ['normalize', 'secret.en.txt'], names: 'secret.en.txt' },
    { name: 'check an unreadable file', args: ['check', 'secret.en.txt'], names: 'secret.en.txt' },
    { name: 'run over a corpus with an unreadable document', args: ['run', '--corpus', 'corpus', '--out', 'read-only/out', '--quiet'], names: 'b.en.txt' },
    { name: 'run over an unreadable documents folder', args: ['run', '--corpus', 'locked-corpus', '--out', 'read-only/out', '--quiet'], names: 'locked-corpus' },
  ])('$name: exit 2 naming it', ({ args, names }) => {
    expectRefused(runCliUnprivileged(args, dir), names, /permission|EACCES/i);
  });

  it('check --output into a folder the user cannot write: exit 2, nothing written', () => {
    const r = runCliUnprivileged(['check', 'readable.en.txt', '--format', 'json', '--output', 'read-only/report.json'], dir);
    expectRefused(r, 'read-only', /permission|EACCES/i);
    expect(readdirSync(join(dir, 'read-only'))).toEqual([]);
  });

  it('run --out into a folder the user cannot write: exit 2, nothing written', () => {
    writeFiles(dir, { 'clean-corpus/documents/a.zh.txt': PAIR_ZH });
    const r = runCliUnprivileged(['run', '--corpus', 'clean-corpus', '--out', 'read-only/out', '--quiet'], dir);
    expectRefused(r, 'read-only', /permission|EACCES/i);
    expect(existsSync(join(dir, 'read-only', 'out'))).toBe(false);
    expect(listTree(join(dir, 'read-only'))).toEqual([]);
  });
});
