// Parallel-text exports: TMX structure and well-formedness, TSV/JSONL/Moses round trips with
// awkward characters.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { formatJsonl, formatMoses, formatTmx, formatTsv, parseJsonl, parseMoses, parseTsv, selectSegments, type ParallelSegment } from '../../src/export/index.js';

const awkward: ParallelSegment[] = [
  { zh: '双方同意加强合作。', en: 'The two sides agreed to strengthen cooperation.', score: 0.91234567, relation: 'translation', source: 'a.zh|a.en', bead: 0 },
  { zh: '制表\t符', en: 'a\ttab and a "quote" and \'single\'', score: 0.5, relation: 'translation', source: 'a.zh|a.en', bead: 1 },
  { zh: '第一行\n第二行', en: 'line one\nline two & <b>bold</b> > 3', score: 0.75, relation: 'comparable', source: 'x&y<z>|"q"', bead: 2 },
  { zh: '反斜杠\\t不是制表符', en: 'C:\\path\\n is not a newline\\', score: 1, relation: 'translation', source: 'b|b', bead: 3 },
  { zh: '<script>alert(1)</script>', en: ']]> and &amp; literally', score: 0.6, relation: 'comparable', source: 's', bead: 4 },
];

const haveXmllint = spawnSync('xmllint', ['--version']).status === 0;

function parseTmx(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['tu', 'tuv', 'seg', 'prop'].includes(name), parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true });
  return parser.parse(xml) as { tmx: { '@version': string; header: Record<string, string>; body: { tu: Array<{ prop: Array<{ '#text': string; '@type': string }>; tuv: Array<{ '@xml:lang': string; seg: unknown[] }> }> } } };
}

describe('TMX', () => {
  const xml = formatTmx(awkward, { toolVersion: '0.1.0' });

  it('has the TMX 1.4b header, xml:lang on every tuv and one seg per tuv', () => {
    const { tmx } = parseTmx(xml);
    expect(tmx['@version']).toBe('1.4');
    expect(tmx.header).toMatchObject({
      '@creationtool': 'silkalign', '@creationtoolversion': '0.1.0', '@segtype': 'sentence', '@o-tmf': 'silkalign',
      '@adminlang': 'en', '@srclang': 'zh-CN', '@datatype': 'plaintext',
    });
    const units = tmx.body.tu;
    expect(units).toHaveLength(awkward.length);
    units.forEach((tu, i) => {
      expect(tu.tuv.map((t) => t['@xml:lang'])).toEqual(['zh-CN', 'en']);
      for (const tuv of tu.tuv) expect(tuv.seg).toHaveLength(1);
      expect(tu.tuv.map((t) => String(t.seg[0]))).toEqual([awkward[i].zh, awkward[i].en]);
      expect(tu.prop.find((p) => p['@type'] === 'x-source')?.['#text']).toBe(awkward[i].source);
      expect(tu.prop.find((p) => p['@type'] === 'x-relation')?.['#text']).toBe(awkward[i].relation);
      expect(tu.prop.map((p) => p['@type'])).toEqual(['x-score', 'x-relation', 'x-source']);
    });
    expect(tmx.body.tu[0].prop.find((p) => p['@type'] === 'x-score')?.['#text']).toBe('0.9123');
  });

  it('escapes markup and drops characters XML forbids', () => {
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain(']]&gt; and &amp;amp; literally');
    const bad = formatTmx([{ zh: 'a\u0001b', en: 'c\uD800d', score: 1, relation: 'translation', source: 's' }], { toolVersion: '0' });
    expect(bad).toContain('<seg>a\uFFFDb</seg>');
    expect(bad).toContain('<seg>c\uFFFDd</seg>');
  });

  it.skipIf(!haveXmllint)('is well-formed and valid against the TMX 1.4 DTD (xmllint)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkalign-tmx-'));
    const file = join(dir, 'out.tmx');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', file]);
    execFileSync('xmllint', ['--noout', '--dtdvalid', join(import.meta.dirname, 'fixtures', 'tmx14.dtd'), file]);
    // The DTD check is real: a tuv without xml:lang fails it.
    writeFileSync(file, xml.replace('<tuv xml:lang="en">', '<tuv>'));
    expect(spawnSync('xmllint', ['--noout', '--dtdvalid', join(import.meta.dirname, 'fixtures', 'tmx14.dtd'), file]).status).not.toBe(0);
  });

  it('is the same for the same input', () => {
    expect(formatTmx(awkward, { toolVersion: '0.1.0' })).toBe(xml);
    expect(xml).not.toMatch(/creationdate|changedate/);
  });
});

describe('round trips', () => {
  it('TSV: one line a pair, read back equal', () => {
    const tsv = formatTsv(awkward);
    expect(tsv.split('\n')).toHaveLength(awkward.length + 1);
    for (const line of tsv.trimEnd().split('\n')) expect(line.split('\t')).toHaveLength(2);
    expect(parseTsv(tsv)).toEqual(awkward.map(({ zh, en }) => ({ zh, en })));
    expect(tsv).toContain('制表\\t符\ta\\ttab');
    expect(tsv).toContain('C:\\\\path\\\\n is not a newline\\\\\n');
  });

  it('JSONL: one object a line with zh, en, score, source, relation, read back equal', () => {
    const jsonl = formatJsonl(awkward);
    expect(jsonl.trimEnd().split('\n')).toHaveLength(awkward.length);
    expect(Object.keys(JSON.parse(jsonl.split('\n')[0]))).toEqual(['zh', 'en', 'score', 'source', 'relation', 'bead']);
    expect(jsonl.trimEnd().split('\n').map((l) => (JSON.parse(l) as { relation: string }).relation)).toEqual(awkward.map((s) => s.relation));
    expect(parseJsonl(jsonl)).toEqual(awkward.map((s) => ({ ...s, score: Math.round(s.score * 10_000) / 10_000 })));
  });

  it('Moses: two files with the same number of lines, read back equal', () => {
    const files = formatMoses(awkward);
    expect(files.zh.split('\n')).toHaveLength(awkward.length + 1);
    expect(files.en.split('\n')).toHaveLength(awkward.length + 1);
    expect(parseMoses(files)).toEqual(awkward.map(({ zh, en }) => ({ zh, en })));
  });

  it('selectSegments keeps beads at or above the minimum score with text on both sides', () => {
    const picked = selectSegments([...awkward, { zh: '', en: 'only English', score: 1, relation: 'translation', source: 's' }], 0.75);
    expect(picked.map((s) => s.bead)).toEqual([0, 2, 3]);
  });
});
