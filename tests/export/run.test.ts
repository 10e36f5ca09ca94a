// `silkalign run` over a small invented corpus: the review reports, fixed text and parallel
// text it writes, byte-identical twice, and corpus/decisions.json honoured.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseJsonl, parseTsv } from '../../src/export/index.js';
import { runCli } from '../helpers/cli.js';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const pairId = '2022-06-08_ministers-meeting.zh--2022-06-08_ministers-meeting.en';
const enId = '2022-06-08_ministers-meeting.en';
const enFile = 'documents/2022-06-08_ministers-meeting.en.txt';

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function run(setup?: (corpus: string) => void): { out: string; files: Map<string, Buffer> } {
  const corpus = mkdtempSync(join(tmpdir(), 'silkalign-corpus-'));
  cpSync(fixture, corpus, { recursive: true });
  setup?.(corpus);
  const out = join(corpus, 'alignments');
  const result = runCli(['run', '--corpus', corpus, '--out', out, '--quiet']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { out, files: tree(out) };
}

describe('silkalign run: reports and exports', () => {
  const first = run();
  const text = (path: string) => first.files.get(path)?.toString('utf8') ?? '';

  it('writes every report and export', () => {
    for (const path of ['index.html', 'index.md', 'parallel.tmx', 'parallel.tsv', 'parallel.jsonl', `${pairId}/report.html`, `${pairId}/report.md`, `${enId}/fixed.txt`, `${enId}/fixes.diff`, `${enId}/report.html`, `${enId}/report.md`]) {
      expect(first.files.has(path), path).toBe(true);
    }
    expect(text('index.html')).toContain(`<a href="${pairId}/report.html">review report</a>`);
    expect(text('index.md')).toContain('## Reviews and exports');
  });

  it('gives byte-identical output the second time', () => {
    const second = run();
    expect([...second.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [path, content] of first.files) expect(second.files.get(path)!.equals(content), path).toBe(true);
  });

  it('fixes the English: fixed.txt, a readable diff, and the parallel text', () => {
    expect(text(`${enId}/fixed.txt`)).toContain('had dinner together in Nur-Sultan.');
    expect(text(`${enId}/fixed.txt`)).not.toContain('Nur Sudan');
    expect(text(`${enId}/fixes.diff`)).toContain(`--- a/${enFile}\n+++ b/${enFile}\n`);
    expect(text(`${enId}/fixes.diff`)).toContain('\n-After the meeting, the ministers had dinner together in Nur Sudan.\n+After the meeting, the ministers had dinner together in Nur-Sultan.\n');
    const segments = parseJsonl(text('parallel.jsonl'));
    expect(segments.length).toBeGreaterThanOrEqual(4);
    const dinner = segments.find((s) => s.zh.includes('共进晚餐'));
    expect(dinner?.en).toBe('After the meeting, the ministers had dinner together in Nur-Sultan.');
    expect(dinner?.source).toBe('2022-06-08_ministers-meeting.zh|2022-06-08_ministers-meeting.en');
    for (const s of segments) expect(s.score).toBeGreaterThanOrEqual(0.5);
    expect(parseTsv(text('parallel.tsv'))).toEqual(segments.map(({ zh, en }) => ({ zh, en })));
    const tmx = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'tu' }).parse(text('parallel.tmx'));
    expect(tmx.tmx.body.tu).toHaveLength(segments.length);
  });

  it('TMX is well-formed for xmllint', () => {
    if (spawnSync('xmllint', ['--version']).status !== 0) return;
    expect(spawnSync('xmllint', ['--noout', '--dtdvalid', join(import.meta.dirname, 'fixtures', 'tmx14.dtd'), join(first.out, 'parallel.tmx')]).status).toBe(0);
  });

  it('shows the fixes word by word in the English report (fixes.diff stays by line)', () => {
    const changes = /<section class="changes">[\s\S]*?<\/section>/.exec(text(`${enId}/report.html`))?.[0] ?? '';
    expect(changes).toContain('…had dinner together in <del>Nur Sudan</del><ins>Nur-Sultan</ins>.…');
    expect(changes).not.toContain('After the meeting');
  });

  it('shows the document text escaped in the review report', () => {
    const html = text(`${pairId}/report.html`);
    expect(html).toContain('investment &lt;script&gt;alert(1)&lt;/script&gt;.');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/<mark class="finding error"[^>]*>Nur Sudan<\/mark>/);
  });

  it('honours corpus/decisions.json: the rejected finding is neither fixed nor reported, also after a paragraph is inserted above', () => {
    const decisions = {
      version: 1,
      decisions: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', before: 'had dinner together in ', after: '.', decision: 'reject' }],
    };
    for (const insert of [false, true]) {
      const { files } = run((corpus) => {
        writeFileSync(join(corpus, 'decisions.json'), JSON.stringify(decisions));
        if (insert) {
          const path = join(corpus, enFile);
          writeFileSync(path, readFileSync(path, 'utf8').replace('\n\n', '\n\nA paragraph added above, mentioning Nur Sudan.\n\n'));
        }
      });
      const fixed = files.get(`${enId}/fixed.txt`)!.toString('utf8');
      expect(fixed).toContain('had dinner together in Nur Sudan.');
      expect(fixed).toContain('met in Nur-Sultan.');
      if (insert) expect(fixed).toContain('mentioning Nur-Sultan.');
      const report = files.get(`${pairId}/report.md`)!.toString('utf8');
      expect(report).toContain('1 finding rejected by reviewers is not listed.');
      expect(report.match(/\*\*Nur Sudan\*\*/g)).toHaveLength(insert ? 2 : 1);
    }
  });
});
