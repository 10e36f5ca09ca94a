// Golden outputs of `silkalign check`: one folder per case under tests/checks/golden/ with the
// input, the arguments (`args`, run in that folder), the exact expected report (`expected.txt`,
// written and checked by hand) and exit code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const goldenDir = join(repoRoot, 'tests', 'checks', 'golden');
const cases = readdirSync(goldenDir).sort();

describe('check golden outputs', () => {
  it.each(cases)('%s', (name) => {
    const dir = join(goldenDir, name);
    const args = readFileSync(join(dir, 'args'), 'utf8').trim().split(/\s+/);
    const r = runCli(args, { cwd: dir });
    expect(r.stdout).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
    expect(r.code).toBe(Number(readFileSync(join(dir, 'expected-exit-code'), 'utf8')));
  });
});
