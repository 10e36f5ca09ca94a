// Markup in documents and manifests must come out as text: HTML reports and XML exports
// escape everything, and the XML still parses, reading back the exact text that went in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { XMLParser } from 'fast-xml-parser';
import { runCli } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, listTree, pairManifest, removeScratch, scratch, writeFiles } from './helpers.js';

/** Raw markup that must never reach an HTML or XML file unescaped. */
const PAYLOADS = [
  '<script>alert("pwned")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(2)>',
  "'><iframe src=javascript:alert(3)>",
  ']]><!ENTITY xxe SYSTEM "file:///etc/passwd">',
  '</textarea></style></title><b>bold</b>',
  '&amp; &lt;tag&gt; &#x3c;',
];

/** Each payload inside a sentence of both documents, so it lands in aligned, reported text. */
const hostile = (text: string) =>
  text
    .split('\n\n')
    .map((p, i) => (i === 0 || i > PAYLOADS.length ? p : `${p} ${PAYLOADS[(i - 1) % PAYLOADS.length]}`))
    .join('\n\n');

let dir: string;
beforeAll(() => {
  dir = scratch();
  const manifest = JSON.parse(pairManifest('documents/talks.zh.txt', 'documents/talks.en.txt')) as { documents: Array<Record<string, string>> };
  for (const d of manifest.documents) d.source = `copied from <a href="javascript:alert(4)">a page</a> ${PAYLOADS[0]}`;
  writeFiles(dir, {
    'corpus/manifest.json': JSON.stringify(manifest, null, 2),
    'corpus/documents/talks.zh.txt': hostile(PAIR_ZH),
    'corpus/documents/talks.en.txt': hostile(PAIR_EN) + `\nThe Nur Sudan meeting ${PAYLOADS[0]} agreed.\n`,
  });
});
afterAll(() => removeScratch(dir));

function expectNoRawMarkup(content: string, file: string): void {
  for (const p of PAYLOADS) expect(content.includes(p), `${file} contains ${p} unescaped`).toBe(false);
}

describe('run over a corpus full of markup', () => {
  let out: string;
  let files: string[];
  beforeAll(() => {
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBeLessThan(2);
    out = join(dir, 'out');
    files = listTree(out);
  });

  it('pairs the two documents, so the reports carry the hostile text', () => {
    expect(files.some((f) => f.endsWith('.html') && f.includes('/'))).toBe(true);
    const html = files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
  });

  it('every HTML file shows the markup as text', () => {
    const html = files.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    for (const f of html) {
      const content = readFileSync(join(out, f), 'utf8');
      expect(content).not.toContain('alert("pwned")</script>');
      expect(content).not.toMatch(/<img src=x/i);
      expect(content).not.toMatch(/<svg\/onload/i);
      expect(content).not.toMatch(/<iframe/i);
      expect(content).not.toMatch(/<!ENTITY/);
      expect(content).not.toMatch(/<\/textarea>/i);
      expect(content).not.toMatch(/href="javascript:/i);
      // Only the report's own scripts: none opened by document text.
      expect((content.match(/<script\b/gi) ?? []).length).toBeLessThanOrEqual(1);
      expectNoRawMarkup(content.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, ''), f);
    }
  });

  it('every XML file parses and reads back the exact hostile text', () => {
    const xml = files.filter((f) => /\.(tmx|xml|tbx)$/.test(f));
    expect(xml).toEqual(expect.arrayContaining(['parallel.tmx', 'comparable.tmx']));
    expect(xmlText(readFileSync(join(out, 'parallel.tmx'), 'utf8')).length).toBeGreaterThan(0);
    for (const f of xml) {
      const content = readFileSync(join(out, f), 'utf8');
      expect(content).not.toMatch(/<!ENTITY|<script|<img|<svg/i);
      const segs = xmlText(content);
      // comparable.tmx is empty here: the two documents are a translation pair.
      if (segs.length > 0) expect(segs.some((s) => s.includes(PAYLOADS[0])), `${f} lost the payload text`).toBe(true);
      xmllint(content);
    }
  });
});

describe('export of a hostile pair', () => {
  it('tmx: well-formed, payloads read back as text', () => {
    writeFiles(dir, { 'zh.txt': hostile(PAIR_ZH), 'en.txt': hostile(PAIR_EN) });
    const r = runCli(['export', 'zh.txt', 'en.txt', '--format', 'tmx', '--min-score', '0'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/<!ENTITY|<script|<img|<svg|<iframe/i);
    const segs = xmlText(r.stdout);
    for (const p of PAYLOADS.slice(0, 3)) expect(segs.some((s) => s.includes(p)), p).toBe(true);
    xmllint(r.stdout);
  });
});

/** All text content of every `seg` element, entities decoded (no DTD, no external entities). */
function xmlText(xml: string): string[] {
  const parser = new XMLParser({ processEntities: true, htmlEntities: false, ignoreAttributes: true, isArray: (name) => name === 'seg' });
  const doc = parser.parse(xml) as unknown;
  const out: string[] = [];
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    else if (key === 'seg' && node !== undefined) out.push(String(node));
  };
  walk(doc);
  return out;
}

/** xmllint --noout, when installed (CI installs libxml2-utils). */
function xmllint(xml: string): void {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml });
  if (r.error) return;
  expect(r.status, r.stderr.toString()).toBe(0);
}
