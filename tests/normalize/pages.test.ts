// Golden tests over the page-layout fixtures (tests/golden/normalize/pages/<case>/): each page
// loses exactly the chrome lines its removed.txt lists (written by hand with the page, before
// the classifier; a case's knownMisses are chrome lines it keeps, each with the reason), and its
// normalised body is body.txt (read line by line against the page). `npm run eval:normalize`
// prints the same comparison as figures per layout family and per half.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeDocument } from '../../src/normalize/index.js';
import { boilerplateRules } from '../../src/normalize/rules.js';
import { repoRoot } from '../helpers/cli.js';

const pagesDir = join(repoRoot, 'tests', 'golden', 'normalize', 'pages');

const CaseSchema = z
  .object({
    family: z.enum(['zh-wire', 'en-wire', 'ministry', 'portal', 'magazine', 'traditional', 'body-keeps']),
    half: z.enum(['dev', 'held-out', 'held-out-2']),
    language: z.enum(['zh', 'en']),
    layout: z.string().min(1),
    knownMisses: z.object({ lines: z.array(z.number().int().positive()).min(1), why: z.string().min(1) }).strict().optional(),
  })
  .strict();

const cases = readdirSync(pagesDir)
  .sort()
  .map((id) => {
    const dir = join(pagesDir, id);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    const removed = read('removed.txt')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [n, ...text] = l.split('\t');
        return { line: Number(n), text: text.join('\t') };
      });
    return { id, meta: CaseSchema.parse(JSON.parse(read('case.json'))), input: read('input.txt'), body: read('body.txt'), removed };
  });

/** Source lines covered by removed blocks (an end marker cut from a body line excepted). */
function removedLines(doc: ReturnType<typeof normalizeDocument>, sourceLines: string[]): number[] {
  const lines = new Set<number>();
  for (const b of doc.removed) {
    if (b.rule === 'tail/news-end-marker') continue;
    for (let n = b.startLine; n <= b.endLine; n++) if (sourceLines[n - 1]?.trim()) lines.add(n);
  }
  return [...lines].sort((a, b) => a - b);
}

describe('page-layout fixtures', () => {
  it('hold at least 30 cases, every family in each half', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const family of CaseSchema.shape.family.options)
      for (const half of CaseSchema.shape.half.options)
        expect(cases.some((c) => c.meta.family === family && c.meta.half === half), `${family} ${half}`).toBe(true);
  });

  for (const c of cases) {
    describe(`${c.id} (${c.meta.family}, ${c.meta.half})`, () => {
      const sourceLines = c.input.split(/\r\n|\r|\n/);
      const doc = normalizeDocument(c.input, { language: c.meta.language });

      it('removed.txt quotes its lines exactly', () => {
        for (const r of c.removed) expect(sourceLines[r.line - 1]).toBe(r.text);
      });

      it('loses exactly the chrome lines listed', () => {
        const missed = new Set(c.meta.knownMisses?.lines ?? []);
        const expected = c.removed.map((r) => r.line).filter((n) => !missed.has(n));
        expect(removedLines(doc, sourceLines)).toEqual(expected);
      });

      it('body.txt is the page without its listed chrome lines (known misses kept), written by hand', () => {
        const missed = new Set(c.meta.knownMisses?.lines ?? []);
        const chrome = new Set(c.removed.map((r) => r.line).filter((n) => !missed.has(n)));
        const page = sourceLines.filter((_, i) => !chrome.has(i + 1)).join('\n');
        const expected = normalizeDocument(page, { language: c.meta.language, keepBoilerplate: true }).text.split('\n');
        const body = c.body.replace(/\n$/, '').split('\n');
        expect(body.length).toBe(expected.length);
        // An agency's end marker ("…会谈。（完）") is cut from the last body line, nothing else.
        const marker = boilerplateRules().rules.filter((r) => r.kind === 'inline-end');
        body.forEach((line, k) => {
          if (line === expected[k]) return;
          expect(k).toBe(body.length - 1);
          expect(expected[k].startsWith(line) && marker.some((r) => r.regex!.test(expected[k]))).toBe(true);
        });
      });

      it('keeps the body of body.txt, and normalising it again changes nothing', () => {
        expect(doc.text + '\n').toBe(c.body);
        const again = normalizeDocument(doc.text, { language: c.meta.language });
        expect(again.text).toBe(doc.text);
        expect(again.removed).toEqual([]);
      });

      it('reports every removal with a rule and a description, and removes nothing with keepBoilerplate', () => {
        for (const b of doc.removed) expect(b.description.length).toBeGreaterThan(0);
        expect(normalizeDocument(c.input, { language: c.meta.language, keepBoilerplate: true }).removed).toEqual([]);
      });
    });
  }
});
