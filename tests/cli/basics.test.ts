import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';

describe('silkalign command', () => {
  it('prints its version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('lists its commands in --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['run', 'normalize']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
  });

  it('exits 2 on an unknown option, with the message on stderr', () => {
    const r = runCli(['normalize', '--no-such-flag', 'x']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('exits 2 naming a missing file', () => {
    const r = runCli(['normalize', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.txt');
  });
});
