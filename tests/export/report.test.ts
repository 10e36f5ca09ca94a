// Review reports: rows, placement of findings, escaping of hostile text, Markdown and index.
import { describe, expect, it } from 'vitest';
import { buildDocumentReport, formatIndexHtml, formatReportHtml, formatReportMarkdown, placeFindings } from '../../src/export/index.js';
import { englishSource, reportFindings, sampleReport } from './report-fixture.js';

describe('placeFindings', () => {
  it('finds the flagged text nearest its source position, across re-flowed whitespace', () => {
    const source = 'x\nNur\n  Sudan and Nur Sudan';
    const second = source.lastIndexOf('Nur Sudan');
    const f = { ...reportFindings[0], offset: second, length: 9, text: 'Nur Sudan' };
    const first = { ...reportFindings[0], offset: 2, length: 10, text: 'Nur\n  Sudan' };
    const { marks, unplaced } = placeFindings([[{ text: 'x Nur Sudan and Nur Sudan', sourceStart: 0, sourceEnd: source.length }]], [f, first]);
    expect(unplaced).toEqual([]);
    expect(marks[0]).toEqual([{ finding: 1, start: 2, end: 11 }, { finding: 0, start: 16, end: 25 }]);
  });

  it('leaves findings outside every row unplaced, and overlapping ones at row level', () => {
    const seg = { text: 'abc def', sourceStart: 10, sourceEnd: 17 };
    const f = (offset: number, text: string) => ({ ...reportFindings[0], offset, length: text.length, text });
    const { marks, unplaced } = placeFindings([[seg]], [f(0, 'zz'), f(10, 'abc def'), f(14, 'def')]);
    expect(unplaced).toEqual([0]);
    expect(marks[0]).toEqual([{ finding: 1, start: 0, end: 7 }, { finding: 2, start: -1, end: -1 }]);
  });
});

describe('HTML report', () => {
  const html = formatReportHtml(sampleReport());

  it('has a row per bead, unmatched ones marked', () => {
    expect(html.match(/<tr class="(link|zh-only|en-only)" data-zh="[\d ]*" data-en="[\d ]*"/g)).toHaveLength(5);
    expect(html).toContain('<tr class="zh-only" data-zh="3" data-en=""');
    expect(html).toContain('no English counterpart');
    expect(html).toContain('no Chinese counterpart');
  });

  it('says “no counterpart” for a segment alone, with no confidence bar; a link has its bar', () => {
    const rows = html.match(/<tr class="[^"]*"[^>]*>.*?<\/tr>/g) ?? [];
    const alone = rows.filter((r) => /^<tr class="(zh|en)-only/.test(r));
    expect(alone).toHaveLength(2);
    for (const r of alone) {
      expect(r).toContain('<td class="conf"><span class="alone">no counterpart</span></td>');
      expect(r).not.toContain('class="score');
    }
    expect(rows.find((r) => r.startsWith('<tr class="link"'))).toContain('<div class="score high" title="alignment confidence">');
  });

  it('escapes every piece of document text', () => {
    expect(html).not.toContain('<script>document');
    expect(html).not.toContain('<script>alert');
    expect(html).toMatch(/>&lt;script&gt;<\/mark>document\.title=&quot;pwned&quot;&lt;\/script&gt; &amp; more\./);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('markup &lt;b&gt;in&lt;/b&gt; a message');
    // The only script element is the report's own.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('highlights findings with their rule and severity, notes hidden until clicked', () => {
    expect(html).toMatch(/<mark class="finding error" id="mark-0"[^>]*data-rule="glossary\/known-garble" data-severity="error">Nur Sudan<\/mark>/);
    expect(html).toMatch(/<span class="note error" id="note-0" hidden>.*Safe fix: replace with <b>Nur-Sultan<\/b>/);
    expect(html).toContain('1 rejected by reviewers, not shown');
  });

  it('needs nothing from the network', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('is deterministic', () => {
    expect(formatReportHtml(sampleReport())).toBe(html);
  });
});

describe('Markdown report', () => {
  const md = formatReportMarkdown(sampleReport());
  it('keeps table cells on one line and escapes markup', () => {
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    expect(table.length).toBeGreaterThan(5);
    expect(md).toContain('**Nur Sudan**<sup>1</sup>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toMatch(/<script>/);
    expect(md).toContain('| 4 |  | 只有中文的段落。 | *(no English counterpart)* |');
    expect(md).toContain('| 3 | 0.44 |');
  });
});

describe('document report and index', () => {
  it('shows a single document with its findings', () => {
    const report = buildDocumentReport({
      title: 'Document', facts: [], language: 'en',
      paragraphs: englishSource.split('\n').map((text, i, all) => {
        const start = all.slice(0, i).join('\n').length + (i ? 1 : 0);
        return { text, sourceStart: start, sourceEnd: start + text.length };
      }),
      findings: reportFindings,
    });
    expect(report.rows).toHaveLength(4);
    expect(report.rows.map((r) => r.marks.length)).toEqual([1, 1, 1, 0]);
    expect(formatReportHtml(report)).not.toContain('<th>Chinese');
  });

  it('links every report', () => {
    const html = formatIndexHtml({
      title: 'corpus', exports: [{ href: 'parallel.tmx', label: 'TMX' }],
      pairs: [{ id: 'p', zh: 'a<zh>', en: 'b', relation: 'translation', score: 0.9, errors: 1, warnings: 0, reports: [{ href: 'p/report.html', label: 'report' }] }],
      documents: [{ id: 'b', language: 'en', errors: 1, warnings: 0, info: 0, links: [{ href: 'b/report.html', label: 'report' }] }],
    });
    expect(html).toContain('<a href="p/report.html">report</a>');
    expect(html).toContain('<a href="b/report.html">report</a>');
    expect(html).toContain('a&lt;zh&gt;');
  });
});
