// The lock file must let `npm ci` run on this project's machines, whose registry mirror serves
// only this platform's optional builds (see scripts/complete-lock.mjs).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

function checkLock(path: string) {
  const r = spawnSync(process.execPath, ['scripts/complete-lock.mjs', '--check', path], { cwd: repoRoot });
  return { code: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

describe('package-lock.json', () => {
  it('has an entry for every optional dependency (else run npm run lock:complete)', () => {
    const r = checkLock('package-lock.json');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('the check names an optional dependency that has no entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkalign-lock-'));
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'x' },
        'node_modules/tool': { version: '1.0.0', optionalDependencies: { '@tool/linux': '1.0.0', '@tool/win': '1.0.0' } },
        'node_modules/@tool/linux': { version: '1.0.0', optional: true },
      },
    };
    writeFileSync(join(dir, 'lock.json'), JSON.stringify(lock));
    const r = checkLock(join(dir, 'lock.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('node_modules/@tool/win@1.0.0\n');
  });
});
