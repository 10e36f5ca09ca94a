// `fix --interactive` on a real pseudo-terminal (util-linux `script`): answers typed ahead are
// queued, the diff has what was accepted or edited, the decisions file records the answers.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binPath } from '../helpers/cli.js';

const haveScript = spawnSync('script', ['--version']).status === 0;
const source = join(import.meta.dirname, '..', 'export', 'fixtures', 'mini-corpus', 'documents', '2022-06-08_ministers-meeting.en.txt');

describe.skipIf(!haveScript)('silkalign fix --interactive', () => {
  it('asks per finding: reject the first, edit the second', () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkalign-interactive-'));
    const file = join(dir, 'm.en.txt');
    const decisions = join(dir, 'decisions.json');
    copyFileSync(source, file);
    const command = [process.execPath, binPath, 'fix', file, '--interactive', '--decisions', decisions].map((a) => `'${a}'`).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { input: 'r\ne\nAstana\n', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    const out = result.stdout.toString('utf8').replace(/\r/g, '');
    expect(out).toContain('[1/2]');
    expect(out).toContain('…Asian countries met in [Nur Sudan].…');
    expect(out).toContain('\n-After the meeting, the ministers had dinner together in Nur Sudan.\n+After the meeting, the ministers had dinner together in Astana.\n');
    expect(out).not.toContain('+On June 8');
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Array<{ decision: string; before: string; replacement?: string }> };
    expect(saved.decisions.map((d) => [d.decision, d.before, d.replacement])).toEqual([
      ['reject', 'Asian countries met in ', undefined],
      ['edit', 'had dinner together in ', 'Astana'],
    ]);
    // The file itself is untouched without --write.
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(source, 'utf8'));
  });
});
