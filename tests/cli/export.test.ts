// `silkalign export`: every format from the real command, read back; Moses prefix; bad options.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseJsonl, parseMoses, parseTsv } from '../../src/export/index.js';
import { runCli } from '../helpers/cli.js';

const docs = join(import.meta.dirname, '..', 'export', 'fixtures', 'mini-corpus', 'documents');
const zh = join(docs, '2022-06-08_ministers-meeting.zh.txt');
const en = join(docs, '2022-06-08_ministers-meeting.en.txt');

describe('silkalign export', () => {
  const jsonl = runCli(['export', zh, en, '--format', 'jsonl', '--quiet']);
  const segments = parseJsonl(jsonl.stdout);

  it('jsonl: linked beads with normalised Chinese, fixed English, score and source', () => {
    expect(jsonl.code).toBe(0);
    expect(segments).toHaveLength(5);
    expect(segments[1]).toMatchObject({ zh: '2022年6月8日，中国和中亚五国外长在努尔苏丹举行会晤。', source: '2022-06-08_ministers-meeting.zh.txt|2022-06-08_ministers-meeting.en.txt', bead: 1 });
    expect(segments[1].en).toContain('met in Nur-Sultan.');
    expect(segments[2].en).toContain('<script>alert(1)</script>');
  });

  it('tsv and tmx carry the same pairs', () => {
    const tsv = runCli(['export', zh, en, '--format', 'tsv', '--quiet']).stdout;
    expect(parseTsv(tsv)).toEqual(segments.map(({ zh, en }) => ({ zh, en })));
    const tmx = runCli(['export', zh, en, '--quiet']).stdout;
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'tu' || n === 'tuv' }).parse(tmx);
    expect(parsed.tmx.header['@srclang']).toBe('zh-CN');
    expect(parsed.tmx.body.tu.map((tu: { tuv: Array<{ seg: string }> }) => tu.tuv.map((t) => String(t.seg)))).toEqual(segments.map((s) => [s.zh, s.en]));
  });

  it('moses: --output NAME writes NAME.zh and NAME.en, nothing on stdout', () => {
    const prefix = join(mkdtempSync(join(tmpdir(), 'silkalign-moses-')), 'train');
    const result = runCli(['export', zh, en, '--format', 'moses', '--output', prefix, '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(parseMoses({ zh: readFileSync(`${prefix}.zh`, 'utf8'), en: readFileSync(`${prefix}.en`, 'utf8') })).toEqual(segments.map(({ zh, en }) => ({ zh, en })));
  });

  it('--min-score drops beads under it', () => {
    const all = parseJsonl(runCli(['export', zh, en, '--format', 'jsonl', '--min-score', '0', '--quiet']).stdout);
    // Halfway between the two best scores (JSONL scores are rounded to 4 decimals).
    const [best, next] = [...new Set(all.map((s) => s.score))].sort((a, b) => b - a);
    const threshold = (best + next) / 2;
    const high = parseJsonl(runCli(['export', zh, en, '--format', 'jsonl', '--min-score', threshold.toFixed(6), '--quiet']).stdout);
    expect(high.length).toBeGreaterThan(0);
    expect(high.length).toBeLessThan(all.length);
    expect(high.every((s) => s.score >= threshold)).toBe(true);
  });

  it('honours --decisions: a rejected garble stays as written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'silkalign-exp-')), 'decisions.json');
    writeFileSync(file, JSON.stringify({ version: 1, decisions: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', before: 'together in ', decision: 'reject' }] }));
    const out = parseJsonl(runCli(['export', zh, en, '--format', 'jsonl', '--decisions', file, '--quiet']).stdout);
    expect(out[4].en).toBe('After the meeting, the ministers had dinner together in Nur Sudan.');
    expect(out[1].en).toContain('Nur-Sultan');
  });

  it.each([
    ['moses without --output', ['--format', 'moses'], /--output NAME/],
    ['a bad --min-score', ['--min-score', '2'], /--min-score "2"/],
    ['an unknown format', ['--format', 'xliff'], /xliff/],
  ])('refuses %s with exit code 2', (_name, args, message) => {
    const result = runCli(['export', zh, en, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
