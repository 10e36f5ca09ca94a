// The documents stage of `silkalign run`: normalized.txt per document and the documents
// section of index.md (table, removed boilerplate, mixed-language paragraphs).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/index.js';
import { prepareDocument } from '../../src/app/index.js';
import { documentRow, documentsSection, normalizedFile } from '../../src/pipeline/index.js';
import { repoRoot } from '../helpers/cli.js';

describe('documents stage', async () => {
  const documents = (await loadCorpus(join(repoRoot, 'corpus'))).map((e) => prepareDocument(e.entry, e.source));
  const section = documentsSection(documents.map(documentRow));

  it('writes each document’s normalized.txt: the golden body', () => {
    const files = new Map(documents.map(normalizedFile));
    expect([...files.keys()]).toEqual(documents.map((d) => `${d.entry.id}/normalized.txt`));
    for (const d of documents)
      expect(files.get(`${d.entry.id}/normalized.txt`)).toBe(readFileSync(join(repoRoot, 'tests', 'golden', 'normalize', `${d.entry.id}.txt`), 'utf8'));
  });

  it('tabulates language, script, date, kind, origin, paragraphs, sentences and removed boilerplate', () => {
    const rows = section.split('\n').filter((l) => /^\| 20\d\d-\d\d-\d\d-[a-z]+-[a-z]+ \| (zh|en) \|/.test(l));
    expect(rows).toEqual([
      '| 2020-07-16-statement-zh | zh | simplified | 2020-07-16 | joint-statement | original | 17 | 27 | 6 (9 lines) |',
      '| 2020-07-16-report-en | en | latin | 2020-07-16 | news-report | machine-translation | 11 | 41 | 1 (1 line) |',
      '| 2022-06-08-statement-en | en | latin | 2022-06-08 | joint-statement | machine-translation | 80 | 106 | 3 (9 lines) |',
      '| 2023-04-26-talks-en | en | latin | 2023-04-26 | talks | unknown | 10 | 35 | 1 (1 line) |',
      '| 2024-12-01-statement-zh | zh | traditional | 2024-12-01 | joint-statement | original | 25 | 42 | 4 (6 lines) |',
    ]);
  });

  it('lists every removed block with its document, lines and rule', () => {
    expect(section).toContain('### Removed boilerplate');
    expect(section).toContain('| 2024-12-01-statement-zh | 29–30 | `tail/licence` |');
    expect(section).toContain('| 2022-06-08-statement-en | 165–171 | `tail/related-articles` |');
    const blocks = documents.reduce((n, d) => n + d.normalized.removed.length, 0);
    expect(section.split('\n').filter((l) => l.includes('| `')).length).toBe(blocks);
  });

  it('has no mixed-language paragraph in the seeds, and says nothing about them', () => {
    expect(documents.flatMap((d) => d.paragraphs.filter((p) => p.mixed))).toEqual([]);
    expect(section).not.toContain('Mixed-language');
  });
});
