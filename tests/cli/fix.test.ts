// `silkalign fix`: the diff by default, --write twice (idempotent, original kept), decisions
// that survive an edit above them, refusals with exit code 2.
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';

const seed2022 = join(repoRoot, 'corpus', 'documents', '2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt');

function tempCopy(name = '2022-06-08_statement.en.txt'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'silkalign-fix-')), name);
  copyFileSync(seed2022, file);
  return file;
}

describe('silkalign fix', () => {
  it('prints a unified diff and changes nothing', () => {
    const file = tempCopy();
    const before = readFileSync(file);
    const { stdout, stderr } = runCli(['fix', file]);
    expect(stdout.startsWith(`--- a/${file}\n+++ b/${file}\n@@ `)).toBe(true);
    expect(stdout).toContain('\n-(June 8, 2022, Nur Sudan)\n+(June 8, 2022, Nur-Sultan)\n');
    expect(stderr).toMatch(/fixes applied in \d+ passes/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('--write fixes in place, keeps FILE.orig, and a second --write changes nothing', () => {
    const file = tempCopy();
    const original = readFileSync(file);
    runCli(['fix', file, '--write', '--quiet']);
    const once = readFileSync(file, 'utf8');
    expect(once).not.toBe(original.toString('utf8'));
    expect(once).toContain('Nur-Sultan');
    expect(readFileSync(`${file}.orig`).equals(original)).toBe(true);

    const second = runCli(['fix', file, '--write']);
    expect(second.stderr).toContain('nothing to change');
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(readFileSync(`${file}.orig`).equals(original)).toBe(true);
    expect(runCli(['fix', file]).stdout).toBe('');
  });

  it('--no-backup writes no FILE.orig', () => {
    const file = tempCopy();
    runCli(['fix', file, '--write', '--no-backup', '--quiet']);
    expect(existsSync(`${file}.orig`)).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('Nur-Sultan');
  });

  it('leaves text with no fixable finding byte for byte, CRLF included', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'silkalign-fix-')), 'clean.en.txt');
    writeFileSync(file, 'The ministers met in Astana.\r\nThey agreed to meet again.\r\n');
    const result = runCli(['fix', file, '--write']);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('The ministers met in Astana.\r\nThey agreed to meet again.\r\n');
    expect(existsSync(`${file}.orig`)).toBe(false);
  });

  it.each([
    ['--interactive without a terminal', ['--interactive'], /--interactive needs a terminal/],
    ['a missing decisions file', ['--decisions', '/nonexistent/decisions.json'], /no such decisions file/],
  ])('refuses %s with exit code 2', (_name, args, message) => {
    const result = runCli(['fix', tempCopy(), ...args], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('refuses --write on stdin', () => {
    const result = runCli(['fix', '-', '--write'], { input: 'text' });
    expect(result.code).toBe(2);
  });
});

describe('reviewer decisions in fix', () => {
  const text = [
    'The meeting was held in Nur Sudan on 8 June 2022.',
    '',
    'Ministers flew back from Nur Sudan in the evening.',
    '',
  ].join('\n');
  const decisions = {
    version: 1,
    decisions: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', before: 'Ministers flew back from ', after: ' in the evening.', decision: 'reject' }],
  };

  function setup(content: string) {
    const dir = mkdtempSync(join(tmpdir(), 'silkalign-decide-'));
    const file = join(dir, '2022-06-08_x.en.txt');
    writeFileSync(file, content);
    writeFileSync(join(dir, 'decisions.json'), JSON.stringify(decisions));
    return { file, decisionsFile: join(dir, 'decisions.json') };
  }

  it('a rejected finding is not fixed, the other one is; also after a paragraph is inserted above', () => {
    for (const content of [text, 'A new first paragraph.\n\n' + text]) {
      const { file, decisionsFile } = setup(content);
      const result = runCli(['fix', file, '--decisions', decisionsFile, '--write']);
      expect(result.stderr).toContain('1 finding rejected by decisions');
      const fixed = readFileSync(file, 'utf8');
      expect(fixed).toContain('held in Nur-Sultan on 8 June');
      expect(fixed).toContain('flew back from Nur Sudan in the evening');
    }
  });

  it('an edit decision is applied as a fix', () => {
    const { file, decisionsFile } = setup(text);
    writeFileSync(decisionsFile, JSON.stringify({ version: 1, decisions: [{ ...decisions.decisions[0], decision: 'edit', replacement: 'Astana' }] }));
    runCli(['fix', file, '--decisions', decisionsFile, '--write']);
    expect(readFileSync(file, 'utf8')).toContain('flew back from Astana in the evening');
  });

  it('an invalid decisions file is exit code 2 naming the file', () => {
    const { file, decisionsFile } = setup(text);
    writeFileSync(decisionsFile, '{"version":1,"decisions":[{"rule":"x/y","text":"a","decision":"edit"}]}');
    const result = runCli(['fix', file, '--decisions', decisionsFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${decisionsFile}: invalid decisions file at decisions.0`);
  });
});

describe('fix on the 2022 machine-translation seed', () => {
  it('leaves no known-garble or calque error for check to find', () => {
    const file = tempCopy();
    runCli(['fix', file, '--write', '--quiet']);
    const { stdout } = runCli(['check', file, '--format', 'json']);
    const findings = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ rule: string; severity: string; text: string }> }> }).files[0].findings;
    const left = findings.filter((f) => f.severity === 'error' && /^glossary\/(known-garble|calque)$/.test(f.rule)).map((f) => `${f.rule}: ${f.text}`);
    expect(left).toEqual([]);
  });
});
