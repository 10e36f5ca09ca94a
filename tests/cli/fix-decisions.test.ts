// Reviewer decisions in `silkalign check --decisions FILE`: a rejected finding disappears
// (exactly that one), also after a paragraph is inserted above it; edits become fixes.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

interface JsonFinding { rule: string; text: string; line: number; fix?: { replacement: string } }

const text = ['The meeting was held in Nur Sudan on 8 June 2022.', '', 'Ministers flew back from Nur Sudan in the evening.', ''].join('\n');
const reject = { rule: 'glossary/known-garble', text: 'Nur Sudan', before: 'flew back from ', after: ' in the evening.', decision: 'reject' };

function check(content: string, decisions: object[]): { findings: JsonFinding[]; stderr: string; code: number } {
  const dir = mkdtempSync(join(tmpdir(), 'silkalign-check-decisions-'));
  writeFileSync(join(dir, 'x.en.txt'), content);
  writeFileSync(join(dir, 'decisions.json'), JSON.stringify({ version: 1, decisions }));
  const result = runCli(['check', join(dir, 'x.en.txt'), '--format', 'json', '--decisions', join(dir, 'decisions.json')]);
  return { findings: (JSON.parse(result.stdout) as { files: Array<{ findings: JsonFinding[] }> }).files[0].findings, stderr: result.stderr, code: result.code };
}

const garbles = (findings: JsonFinding[]) => findings.filter((f) => f.rule === 'glossary/known-garble');

describe('check --decisions', () => {
  it('without decisions both garbles are reported', () => {
    expect(garbles(check(text, []).findings).map((f) => f.line)).toEqual([1, 3]);
  });

  it('a rejection suppresses exactly that finding, counted on stderr', () => {
    const { findings, stderr } = check(text, [reject]);
    expect(garbles(findings).map((f) => f.line)).toEqual([1]);
    expect(stderr).toContain('1 finding rejected by reviewer decisions');
  });

  it('still after a paragraph is inserted above', () => {
    const edited = 'A new opening paragraph about Nur Sudan.\n\n' + text;
    expect(garbles(check(edited, []).findings).map((f) => f.line)).toEqual([1, 3, 5]);
    expect(garbles(check(edited, [reject]).findings).map((f) => f.line)).toEqual([1, 3]);
  });

  it('an edit decision becomes the finding’s fix', () => {
    const { findings } = check(text, [{ ...reject, decision: 'edit', replacement: 'Astana' }]);
    expect(garbles(findings).map((f) => f.fix?.replacement)).toEqual(['Nur-Sultan', 'Astana']);
  });
});
