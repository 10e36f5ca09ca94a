// Markdown is escaped like HTML: markup, table pipes and line breaks from documents, manifests and
// file names reach index.md, alignment.md, report.md and findings.md as text. Each file is parsed
// by a real CommonMark + GFM-tables parser (markdown-it, raw HTML allowed as on many renderers):
// no HTML, image or foreign link comes from the text, every table row has its header's cells, and
// no row breaks out of its table, while the hostile text is still there, shown as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { runCli } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, removeScratch, scratch, writeFiles } from './helpers.js';

const SCRIPT = '<script>alert(1)</script>';
/** Markup a document may hold by accident or on purpose. */
const PAYLOADS = [SCRIPT, '</td><td>cell', '| a | b |', '<img src=x onerror=alert(2)>', '[link](javascript:alert(3))', '![pic](http://example.com/x.png)', '<!-- comment -->', '*em* _u_ `code` ~~del~~', '<details open>'];
/** Writers' own inline HTML: line breaks inside table cells and finding numbers. */
const OWN_HTML = new Set(['<br>', '<sup>', '</sup>']);
/** An English file name no writer should trust: a backtick would end a code span around it. */
const EN_FILE = 'documents/talks `<b>x</b>` | y.en.txt';

const withPayloads = (text: string) =>
  text
    .split('\n\n')
    .map((p, i) => (i === 0 || i > PAYLOADS.length ? p : `${p} ${PAYLOADS.slice(i - 1).join(' ')}`))
    .join('\n\n');

let dir: string;
beforeAll(() => {
  dir = scratch('silkalign-markdown-');
  const doc = (id: string, file: string, language: string) => ({ id, file, language, date: '2023-05-18', event: `Talks | ${SCRIPT}`, source: `copied from <a href="javascript:x">a page</a>` });
  writeFiles(dir, {
    'corpus/documents/talks.zh.txt': withPayloads(PAIR_ZH),
    [`corpus/${EN_FILE}`]: withPayloads(PAIR_EN) + `\nThe Nur Sudan meeting ${PAYLOADS.join(' ')} agreed.\n`,
    'corpus/manifest.json': JSON.stringify({ version: 1, documents: [doc('talks-zh', 'documents/talks.zh.txt', 'zh'), doc('talks-en', EN_FILE, 'en')] }),
  });
});
afterAll(() => removeScratch(dir));

const markdown = new MarkdownIt({ html: true });

/** Every inline token, children included. */
const flatten = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);

/** What a renderer makes of the file, checked: markup only the writers' own, tables whole. */
function expectSafeMarkdown(text: string, file: string): string {
  const tokens = markdown.parse(text, {});
  const all = flatten(tokens);
  const html = all.filter((t) => t.type === 'html_inline' || t.type === 'html_block').map((t) => t.content.trim());
  expect(html.filter((h) => !OWN_HTML.has(h)), `${file}: raw HTML`).toEqual([]);
  expect(all.filter((t) => t.type === 'image'), `${file}: an image`).toEqual([]);
  const hrefs = all.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? ''));
  expect(hrefs.filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h)), `${file}: a link out of the output folder`).toEqual([]);
  // Tables: each row has its header's cells, and every source line of the table is one row.
  let header = 0;
  for (const t of tokens) {
    if (t.type === 'table_open') {
      const [start, end] = t.map!;
      const inside = tokens.slice(tokens.indexOf(t), tokens.findIndex((x, i) => i > tokens.indexOf(t) && x.type === 'table_close'));
      expect(inside.filter((x) => x.type === 'tr_open').length, `${file}:${start + 1}: rows of the table`).toBe(end - start - 1);
    }
    if (t.type === 'tr_open') header = 0;
    if (t.type === 'th_open' || t.type === 'td_open') header++;
    if (t.type === 'tr_close') {
      const row = tokens.slice(0, tokens.indexOf(t)).reverse().find((x) => x.type === 'tr_open')!;
      expect(header, `${file}:${row.map![0] + 1}: cells`).toBe(tableWidth(tokens, tokens.indexOf(row)));
    }
  }
  return all.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('');
}

/** The number of header cells of the table holding the token at `index`. */
function tableWidth(tokens: Token[], index: number): number {
  let open = index;
  while (tokens[open].type !== 'table_open') open--;
  let cells = 0;
  for (let i = open; tokens[i].type !== 'thead_close'; i++) if (tokens[i].type === 'th_open') cells++;
  return cells;
}

describe('the Markdown files of a run over hostile text', () => {
  let out: string;
  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  beforeAll(() => {
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBeLessThan(2);
    out = join(dir, 'out');
  });

  it.each([
    ['index.md', SCRIPT],
    ['talks-zh--talks-en/alignment.md', SCRIPT],
    ['talks-zh--talks-en/report.md', SCRIPT],
    ['talks-en/report.md', SCRIPT],
    ['talks-en/findings.md', EN_FILE],
  ])('%s: shows the text as written, never as markup, its tables whole', (file, shown) => {
    const text = expectSafeMarkdown(read(file), file);
    expect(text, `${file} lost the hostile text`).toContain(shown);
  });

  it('the alignment tables carry the pipes of the text inside their cells', () => {
    const text = expectSafeMarkdown(read('talks-zh--talks-en/alignment.md'), 'alignment.md');
    expect(text).toContain('| a | b |');
    expect(text).toContain('[link](javascript:alert(3))');
  });
});

describe('align --format md', () => {
  it('escapes the file names in its title and the text in its table', () => {
    writeFiles(dir, { 'a <i>|`x`.zh.txt': withPayloads(PAIR_ZH), 'b <i>.en.txt': withPayloads(PAIR_EN) });
    const r = runCli(['align', 'a <i>|`x`.zh.txt', 'b <i>.en.txt', '--format', 'md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = expectSafeMarkdown(r.stdout, 'align --format md');
    expect(text).toContain('Alignment of a <i>|`x`.zh.txt and b <i>.en.txt');
    expect(text).toContain(SCRIPT);
  });
});
