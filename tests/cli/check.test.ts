// `silkalign check`: json that parses and matches CONTRACTS (FindingSchema), SARIF structure,
// stylish without colour when asked, exit codes 0/1/2 with nothing on stdout on 2, rule
// selection, --output, the ignore file and --zh.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runCli } from '../helpers/cli.js';
import { FindingSchema } from '../../src/types.js';

let dir: string;
const file = (name: string) => join(dir, name);
const SEED_2022 = 'corpus/documents/2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt';
const SEED_2023 = 'corpus/documents/2023-04-26_fourth-meeting-xian_talks.en.txt';

const ReportSchema = z.object({ version: z.literal(1), files: z.array(z.object({ path: z.string(), findings: z.array(FindingSchema.strict()) }).strict()) }).strict();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'silkalign-check-'));
  writeFileSync(file('garbled.en.txt'), 'The meeting was held in Nur Sudan.\n\nAll parties support the anti -drug system.\n');
  writeFileSync(file('warn.en.txt'), 'The Tashken forum was a success.\n');
  writeFileSync(file('clean.en.txt'), 'The meeting was held in Nur-Sultan on 8 June 2022.\n');
  writeFileSync(file('ignore.json'), JSON.stringify({ version: 1, ignore: [{ rule: 'glossary/known-garble', text: 'Nur Sudan' }] }));
  writeFileSync(file('bad-ignore.json'), '{"version": 1, "ignore": [{"text": "x"}]}');
  writeFileSync(file('bad-glossary.json'), '{"version": 1, "entries": [{"id": "X"}]}');
  writeFileSync(file('zh.txt'), '2022年6月8日，各方在努尔苏丹举行会议。\n\n各方支持国际禁毒体系。\n');
  writeFileSync(file('en.txt'), 'On June 9, 2022, the parties met in Nur-Sultan.\n\nAll parties support the international anti-drug system.\n');
});

describe('silkalign check', () => {
  it('--format json parses and matches the CONTRACTS shape; exit 1 on an error finding', () => {
    const r = runCli(['check', file('garbled.en.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.files[0].path).toBe(file('garbled.en.txt'));
    const garble = report.files[0].findings.find((f) => f.rule === 'glossary/known-garble')!;
    expect(garble).toMatchObject({ severity: 'error', line: 1, column: 25, endLine: 1, endColumn: 34, offset: 24, length: 9, text: 'Nur Sudan', suggestions: ['Nur-Sultan'], fix: { offset: 24, length: 9, replacement: 'Nur-Sultan' } });
    expect(report.files[0].findings.map((f) => f.rule)).toContain('artifact/spaced-hyphen');
  });

  it('exit 0 with warnings only, and on clean text', () => {
    expect(runCli(['check', file('warn.en.txt')]).code).toBe(0);
    const clean = runCli(['check', file('clean.en.txt'), '--date', '2022-06-08']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('✔ no problems in 1 file\n');
  });

  it('the 2023 talks seed has no error finding (exit 0)', () => {
    expect(runCli(['check', SEED_2023]).code).toBe(0);
  });

  it('--format sarif is SARIF 2.1.0 with rules and located results', () => {
    const r = runCli(['check', file('garbled.en.txt'), '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(14);
    for (const result of run.results) {
      expect(result.ruleId).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/garbled\.en\.txt$/);
      expect(loc.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
    }
  });

  it('stylish: file:line:col, rule and suggestion; no colour with --no-color or NO_COLOR', () => {
    const r = runCli(['check', file('garbled.en.txt'), '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).toContain(`${file('garbled.en.txt')}:1:25  error`);
    expect(r.stdout).toContain('→ Nur-Sultan (fixable)  glossary/known-garble');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('checks several files in one report', () => {
    const r = runCli(['check', file('garbled.en.txt'), file('clean.en.txt'), '--format', 'json']);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).files.map((f) => f.path)).toEqual([file('garbled.en.txt'), file('clean.en.txt')]);
  });

  it('--rule and --disable select rules (families with /*)', () => {
    const only = JSON.parse(runCli(['check', file('garbled.en.txt'), '--format', 'json', '--rule', 'artifact/*']).stdout);
    expect(only.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['artifact/spaced-hyphen']);
    const r = runCli(['check', file('garbled.en.txt'), '--format', 'json', '--disable', 'glossary/known-garble']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['artifact/spaced-hyphen']);
  });

  it('--quiet reports errors only', () => {
    const r = runCli(['check', file('garbled.en.txt'), '--format', 'json', '--quiet']);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['glossary/known-garble']);
  });

  it('--ignore-file silences by rule and text', () => {
    const r = runCli(['check', file('garbled.en.txt'), '--format', 'json', '--ignore-file', file('ignore.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { text: string }) => f.text)).toEqual(['anti -drug']);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const out = file('report.json');
    const r = runCli(['check', file('garbled.en.txt'), '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).files).toHaveLength(1);
  });

  it('reads stdin as -', () => {
    const r = runCli(['check', '-', '--format', 'json'], { input: 'held in Nur Sudan.\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0].text).toBe('Nur Sudan');
  });

  it('--zh adds cross-lingual checks', () => {
    const r = runCli(['check', file('en.txt'), '--zh', file('zh.txt'), '--format', 'json']);
    const findings = ReportSchema.parse(JSON.parse(r.stdout)).files[0].findings;
    expect(findings.some((f) => f.rule === 'crosslingual/number-mismatch' && f.text === '9')).toBe(true);
    const without = ReportSchema.parse(JSON.parse(runCli(['check', file('en.txt'), '--format', 'json']).stdout)).files[0].findings;
    expect(without.some((f) => f.rule.startsWith('crosslingual/'))).toBe(false);
  });

  it('pairs a Chinese file given among the English ones with its translation (no --zh)', () => {
    const r = runCli(['check', file('en.txt'), file('zh.txt'), file('warn.en.txt'), '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.files.map((f) => f.path)).toEqual([file('en.txt'), file('warn.en.txt')]);
    expect(report.files[0].findings.some((f) => f.rule === 'crosslingual/number-mismatch' && f.text === '9')).toBe(true);
    expect(report.files[1].findings.some((f) => f.rule.startsWith('crosslingual/'))).toBe(false);
    expect(r.stderr).toContain(`${file('en.txt')}: checked against its Chinese source ${file('zh.txt')}`);
  });

  it('a Chinese file with no English counterpart is noted on stderr and not checked', () => {
    const r = runCli(['check', file('zh.txt'), file('warn.en.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).files.map((f) => f.path)).toEqual([file('warn.en.txt')]);
    expect(r.stderr).toContain(`${file('zh.txt')}: Chinese, with no English counterpart among the files given: not checked`);
  });

  it('a comparable pair (the 2020 seeds) gets no cross-lingual checks, with a note', () => {
    const zh = 'corpus/documents/2020-07-16_first-meeting-video_joint-statement.zh.txt';
    const en = 'corpus/documents/2020-07-16_first-meeting-video_news-report.en.txt';
    const r = runCli(['check', zh, en, '--format', 'json']);
    const findings = ReportSchema.parse(JSON.parse(r.stdout)).files[0].findings;
    expect(findings.some((f) => f.rule.startsWith('crosslingual/'))).toBe(false);
    expect(findings.some((f) => f.text === 'AsiaInfo')).toBe(true);
    expect(r.stderr).toContain(`${en}: ${zh} reports the same event but is not a translation of it: cross-lingual checks skipped`);
  });

  it('--help lists every output format', async () => {
    const { findingsFormats } = await import('../../src/export/index.js');
    const help = runCli(['check', '--help']).stdout;
    for (const format of findingsFormats) expect(help).toContain(format);
  });

  it('--date makes a dated name a finding', () => {
    const r = runCli(['check', file('clean.en.txt'), '--date', '2024-12-01', '--format', 'json']);
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings.map((f: { rule: string; suggestions: string[] }) => [f.rule, f.suggestions])).toEqual([['glossary/name-validity', ['Astana']]]);
  });

  it('is byte-identical across runs', () => {
    const a = runCli(['check', SEED_2022, '--format', 'json']).stdout;
    expect(runCli(['check', SEED_2022, '--format', 'json']).stdout).toBe(a);
  });

  it.each([
    ['a missing file', ['check', 'no/such/file.en.txt']],
    ['an unknown format', ['check', 'README.md', '--format', 'xml']],
    ['an unknown rule', ['check', 'README.md', '--rule', 'glossary/nope']],
    ['a bad date', ['check', 'README.md', '--date', '2022-13-45']],
    ['an invalid glossary', ['check', 'README.md', '--glossary', 'GLOSSARY']],
    ['an invalid ignore file', ['check', 'README.md', '--ignore-file', 'BADIGNORE']],
    ['--zh with two files', ['check', 'README.md', 'README.md', '--zh', 'README.md']],
    ['no file', ['check']],
    ['a Chinese file as the English', ['check', 'corpus/documents/2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt']],
    ['an English file as --zh', ['check', 'README.md', '--zh', 'README.md']],
  ])('exit 2 and nothing on stdout for %s', (_name, args) => {
    const out = file('never-written.json');
    const r = runCli([...args.map((a) => (a === 'GLOSSARY' ? file('bad-glossary.json') : a === 'BADIGNORE' ? file('bad-ignore.json') : a)), '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});
