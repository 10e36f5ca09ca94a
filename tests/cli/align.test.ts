// `silkalign align`: the beads contract (every input line in exactly one bead, blank lines
// included), json that parses, the readable formats, and exit code 2 for bad input.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

let dir: string;
const file = (name: string) => join(dir, name);

// Invented sentences (no gold data): a blank line on each side, at different places.
const ZH_LINES = ['各方举行首次外长会晤。', '', '各方同意加强合作。', '会议取得圆满成功。各方感谢中方。', '下次会晤在明年举行。'];
const EN_LINES = [
  'The parties held their first foreign ministers meeting.',
  'The parties agreed to strengthen cooperation.',
  '',
  'The meeting was a complete success.',
  'The parties thanked China.',
  'The next meeting will be held next year.',
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'silkalign-align-'));
  writeFileSync(file('zh.txt'), ZH_LINES.join('\n') + '\n');
  writeFileSync(file('en.txt'), EN_LINES.join('\n') + '\n');
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]));
  writeFileSync(file('zh-doc.txt'), '一、各方同意加强合作。会议取得圆满成功。\n\n二、各方感谢中方。\n');
  writeFileSync(file('en-doc.txt'), '1. The parties agreed to strengthen cooperation. The meeting was a success.\n\n2. The parties thanked China.\n');
});

function parseBeads(stdout: string): Array<{ zh: number[]; en: number[] }> {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const m = /^\[(\d+(?:,\d+)*)?\]:\[(\d+(?:,\d+)*)?\]$/.exec(line);
    expect(m, `bead line ${JSON.stringify(line)}`).not.toBeNull();
    const side = (s: string | undefined) => (s ? s.split(',').map(Number) : []);
    return { zh: side(m![1]), en: side(m![2]) };
  });
}

describe('silkalign align --presegmented --format beads', () => {
  it('puts every input line, blank lines included, in exactly one bead, in order', () => {
    const r = runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented', '--format', 'beads']);
    expect(r.code).toBe(0);
    const beads = parseBeads(r.stdout);
    expect(beads.flatMap((b) => b.zh)).toEqual([0, 1, 2, 3, 4]);
    expect(beads.flatMap((b) => b.en)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const b of beads) expect(b.zh.length + b.en.length).toBeGreaterThan(0);
  });

  it('keeps a file without a final newline and one with CRLF line ends to the same lines', () => {
    writeFileSync(file('zh-crlf.txt'), ZH_LINES.join('\r\n'));
    const r = runCli(['align', file('zh-crlf.txt'), file('en.txt'), '--presegmented']);
    expect(r.code).toBe(0);
    expect(parseBeads(r.stdout).flatMap((b) => b.zh)).toEqual([0, 1, 2, 3, 4]);
  });

  it('honours --max-bead', () => {
    const r = runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented', '--max-bead', '1']);
    expect(r.code).toBe(0);
    for (const b of parseBeads(r.stdout)) expect(b.zh.length + b.en.length).toBeLessThanOrEqual(2);
  });

  it('in comparable mode still covers every line once, and links only with a score of 0.5 or more', () => {
    const r = runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented', '--mode', 'comparable', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { mode: string; beads: Array<{ zh: number[]; en: number[]; score: number }> };
    expect(json.mode).toBe('comparable');
    expect(json.beads.flatMap((b) => b.zh)).toEqual([0, 1, 2, 3, 4]);
    expect(json.beads.flatMap((b) => b.en)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const b of json.beads) if (b.zh.length && b.en.length) expect(b.score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads - as stdin', () => {
    const r = runCli(['align', '-', file('en.txt'), '--presegmented'], { input: ZH_LINES.join('\n') + '\n' });
    expect(r.code).toBe(0);
    expect(parseBeads(r.stdout).flatMap((b) => b.zh)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('silkalign align --format json, tsv, md', () => {
  it('json gives the same beads as the beads format, each with a score in [0, 1]', () => {
    const beads = parseBeads(runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented']).stdout);
    const r = runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { version: number; beads: Array<{ zh: number[]; en: number[]; score: number }>; zh: { segments: string[] } };
    expect(json.version).toBe(1);
    expect(json.beads.map((b) => ({ zh: b.zh, en: b.en }))).toEqual(beads);
    for (const b of json.beads) expect(b.score >= 0 && b.score <= 1).toBe(true);
    expect(json.zh.segments).toEqual(ZH_LINES);
  });

  it('tsv has a header and one row a bead, texts side by side', () => {
    const r = runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented', '--format', 'tsv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['zh_index', 'en_index', 'score', 'zh', 'en']);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(5);
      expect(Number(row[2])).toBeGreaterThanOrEqual(0);
    }
    // The first bead starts with line 0 (a following blank line may join it).
    expect(rows[1][0].split(',')[0]).toBe('0');
    expect(rows[1][3].startsWith(ZH_LINES[0])).toBe(true);
  });

  it('md shows paragraphs side by side at --level paragraph', () => {
    const r = runCli(['align', file('zh-doc.txt'), file('en-doc.txt'), '--level', 'paragraph', '--format', 'md', '--mode', 'translation']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| paragraph zh | paragraph en | Chinese | English | score |');
    expect(r.stdout).toMatch(/\| 0 \| 0 \| 一、各方同意加强合作。会议取得圆满成功。 \| 1\. The parties agreed/);
  });

  it('writes --output atomically and leaves stdout empty', () => {
    const out = file('out.align');
    const r = runCli(['align', file('zh.txt'), file('en.txt'), '--presegmented', '--output', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(parseBeads(readFileSync(out, 'utf8')).flatMap((b) => b.en)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('silkalign align: bad input', () => {
  const cases: Array<{ name: string; args: () => string[]; stderr: RegExp }> = [
    { name: 'a missing file', args: () => ['align', file('nope.txt'), file('en.txt')], stderr: /nope\.txt/ },
    { name: 'an empty file', args: () => ['align', file('empty.txt'), file('en.txt')], stderr: /empty\.txt.*empty/ },
    { name: 'a binary file', args: () => ['align', file('zh.txt'), file('binary.bin'), '--presegmented'], stderr: /binary\.bin.*binary/ },
    { name: 'stdin given twice', args: () => ['align', '-', '-'], stderr: /only one of ZH and EN/ },
    { name: 'a bad --max-bead', args: () => ['align', file('zh.txt'), file('en.txt'), '--max-bead', 'x'], stderr: /--max-bead/ },
    { name: 'an unknown --format', args: () => ['align', file('zh.txt'), file('en.txt'), '--format', 'xml'], stderr: /format/ },
    { name: 'a missing argument', args: () => ['align', file('zh.txt')], stderr: /missing required argument/ },
  ];
  for (const c of cases) {
    it(`exits 2 on ${c.name}, nothing on stdout`, () => {
      const r = runCli(c.args(), { input: '' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(c.stderr);
    });
  }

  it('warns on stderr when the English file comes first, and still aligns', () => {
    const r = runCli(['align', file('en.txt'), file('zh.txt'), '--presegmented']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/looks English.*Chinese document comes first/);
    expect(parseBeads(r.stdout).flatMap((b) => b.en)).toEqual([0, 1, 2, 3, 4]);
  });

  it('documents its flags in --help', () => {
    const r = runCli(['align', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--level', '--presegmented', '--format', '--max-bead', '--output', '--quiet', '--mode']) expect(r.stdout).toContain(flag);
  });
});
