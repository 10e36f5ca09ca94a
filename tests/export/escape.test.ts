// One escaper per format (src/escape.ts), and every Markdown file of a run goes through the
// Markdown one: text from a document can show as written but never turn into a table column,
// a link, emphasis or HTML.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeTsvField, escapeXml, markdownCode, unescapeTsvField } from '../../src/escape.js';
import { runPipeline } from '../../src/pipeline/index.js';
import type { ManifestEntry } from '../../src/types.js';

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['R&D', 'R&amp;D'],
    ['# not a heading', '\\# not a heading'],
    ['back\\slash `code`', 'back\\\\slash \\`code\\`'],
    ['two\nlines\r\nthree', 'two<br>lines<br>three'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('markdownCode', () => {
  it.each([
    ['documents/a.en.txt', '`documents/a.en.txt`'],
    ['a `b` <i>', '``a `b` <i>``'],
    ['``x', '``` ``x ```'],
    ['one\n# two', '`one # two`'],
  ])('%j → %j', (text, expected) => {
    expect(markdownCode(text)).toBe(expected);
  });
});

describe('escapeXml and TSV fields', () => {
  it('escapes markup and replaces what XML forbids', () => {
    expect(escapeXml('<a href="x">&\'\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD');
  });
  it('reads a TSV field back as written', () => {
    const text = 'a\tb\nc\\d\re';
    expect(escapeTsvField(text)).not.toMatch(/[\t\n\r]/);
    expect(unescapeTsvField(escapeTsvField(text))).toBe(text);
  });
});

describe('the Markdown files of a run', () => {
  const markup = 'The ministers met in Nur Sudan | *twice* [see](http://example.com) <img src=x onerror=alert(1)>.';
  const entry = (id: string, language: 'zh' | 'en'): ManifestEntry => ({ id, file: `documents/${id}.txt`, language, kind: 'other', origin: 'unknown', event: 'a | *b* <i>', date: '2022-06-08' });
  const tree = runPipeline([
    { entry: entry('zh-doc', 'zh'), source: { path: 'zh-doc.txt', text: '各方在努尔苏丹举行会议。\n\n双方同意加强合作。\n', encoding: 'utf-8' } },
    { entry: entry('en-doc', 'en'), source: { path: 'en-doc.txt', text: `${markup}\n\nThe parties agreed to strengthen cooperation.\n`, encoding: 'utf-8' } },
  ]);
  const markdown = [...tree].filter(([path]) => path.endsWith('.md'));

  it('show document text escaped, never as markup', () => {
    expect(markdown.map(([path]) => path)).toEqual(expect.arrayContaining(['index.md', 'en-doc/findings.md', 'en-doc/report.md']));
    for (const [path, text] of markdown) {
      expect(text, path).not.toContain('<img');
      expect(text, path).not.toContain('[see](');
      expect(text, path).not.toContain('<i>');
      expect(text, path).not.toContain('| *b*');
    }
    expect(tree.get('en-doc/report.md')).toContain('\\*twice\\* \\[see\\](http://example.com) &lt;img');
    // The manifest's event name, in the evidence of the pair candidates.
    expect(tree.get('index.md')).toContain('same manifest event a \\| \\*b\\* &lt;i&gt;');
  });
});
