// The source-check test set (tests/checks/source-set/) is data: every file parses, every
// expected text is in its paragraph, every kind is known. The development part must keep its
// recall and precision (the held-out part is scored only by `npm run eval:check`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/checks/index.js';
import { loadGlossary } from '../../src/glossary/index.js';
import { repoRoot } from '../helpers/cli.js';
// @ts-expect-error: a plain ES module shared with the evaluation scripts.
import { readSourceSet, scoreDocument } from '../bench/lib/source-set.mjs';

interface SetDocument {
  name: string;
  date: string;
  zh: string;
  en: string;
  paragraphs: number;
  expected: Array<{ kind: string; texts: string[] }>;
}

const part = (name: string): SetDocument[] => readSourceSet(join(repoRoot, 'tests', 'checks', 'source-set', name)) as SetDocument[];

describe('source-check test set', () => {
  it.each(['dev', 'held-out'])('%s: parses, with expected findings in every document', (name) => {
    const docs = part(name);
    expect(docs.length).toBeGreaterThanOrEqual(10);
    for (const doc of docs) expect(doc.zh.split('\n\n').length).toBe(doc.en.split('\n\n').length);
    expect(docs.reduce((n, d) => n + d.expected.length, 0)).toBeGreaterThanOrEqual(45);
  });

  it('development part: recall and precision at least 0.9 with the curated glossary', () => {
    const glossary = loadGlossary();
    let expected = 0;
    let found = 0;
    let findings = 0;
    let wrong = 0;
    for (const doc of part('dev')) {
      const result = checkEnglish(doc.en, { glossary, date: doc.date, chinese: { text: doc.zh } });
      const scored = scoreDocument(doc, result) as { found: Array<{ by: unknown[] }>; unexpected: unknown[] };
      expected += scored.found.length;
      found += scored.found.filter((f) => f.by.length > 0).length;
      findings += result.length;
      wrong += scored.unexpected.length;
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
    expect((findings - wrong) / findings).toBeGreaterThanOrEqual(0.9);
  });
});
