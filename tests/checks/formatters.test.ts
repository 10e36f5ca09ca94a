// Finding formatters over a fixed Finding[]: json exactly as CONTRACTS, SARIF 2.1.0 structure,
// stylish with file:line:col and colour only when asked.
import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/export/index.js';
import { listRules } from '../../src/checks/index.js';
import { FindingSchema, type FileFindings } from '../../src/types.js';

const files: FileFindings[] = [
  {
    path: 'corpus/documents/x.en.txt',
    findings: [
      {
        rule: 'glossary/known-garble', severity: 'error', message: '“Nur Sudan” is a machine-translation garble of 努尔苏丹: Nur-Sultan',
        line: 3, column: 12, endLine: 3, endColumn: 21, offset: 118, length: 9, text: 'Nur Sudan', suggestions: ['Nur-Sultan'],
        fix: { offset: 118, length: 9, replacement: 'Nur-Sultan' },
      },
      {
        rule: 'artifact/doubled-word', severity: 'warning', message: 'doubled word “Program Program”',
        line: 5, column: 1, endLine: 5, endColumn: 16, offset: 200, length: 15, text: 'Program Program', suggestions: ['Program'],
      },
    ],
  },
  { path: 'clean.en.txt', findings: [] },
];

describe('json', () => {
  it('prints the CONTRACTS shape, fix only when present', () => {
    const parsed = JSON.parse(formatFindings(files, 'json')) as { version: number; files: Array<{ path: string; findings: unknown[] }> };
    expect(parsed.version).toBe(1);
    expect(parsed.files.map((f) => f.path)).toEqual(['corpus/documents/x.en.txt', 'clean.en.txt']);
    for (const f of parsed.files[0].findings) expect(FindingSchema.strict().parse(f)).toEqual(f);
    expect(Object.keys(parsed.files[0].findings[0] as object)).toEqual([
      'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'text', 'suggestions', 'fix',
    ]);
    expect(parsed.files[0].findings[1]).not.toHaveProperty('fix');
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with one run, the rules and located results', () => {
    const rules = listRules();
    const log = JSON.parse(formatFindings(files, 'sarif', { rules, toolVersion: '9.9.9' }));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('silkalign');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(run.results).toHaveLength(2);
    const [first, second] = run.results;
    expect(first).toMatchObject({
      ruleId: 'glossary/known-garble',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'corpus/documents/x.en.txt' }, region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 21 } } }],
    });
    expect(first.message.text).toContain('Nur-Sultan');
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('glossary/known-garble');
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 118, charLength: 9 }, insertedContent: { text: 'Nur-Sultan' } });
    expect(second.level).toBe('warning');
    expect(second).not.toHaveProperty('fixes');
  });
});

describe('stylish', () => {
  it('lists file:line:col, severity, message, suggestion and rule, then a summary', () => {
    const out = formatFindings(files, 'stylish', { color: false });
    expect(out).toContain('corpus/documents/x.en.txt:3:12  error    “Nur Sudan” is a machine-translation garble of 努尔苏丹: Nur-Sultan  → Nur-Sultan (fixable)  glossary/known-garble');
    expect(out).toContain('corpus/documents/x.en.txt:5:1  warning  doubled word “Program Program”  → Program  artifact/doubled-word');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning, 0 info)');
    expect(out).not.toContain('clean.en.txt');
    expect(out).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(formatFindings(files, 'stylish', { color: true })).toContain('\u001b[31m');
  });

  it('says so when there is nothing', () => {
    expect(formatFindings([{ path: 'a', findings: [] }], 'stylish')).toBe('✔ no problems in 1 file\n');
  });
});
