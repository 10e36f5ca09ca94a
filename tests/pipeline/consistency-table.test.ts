// run's corpus-wide consistency table: a name two English documents write two ways is listed
// once in index.md and index.html, with each form, its uses and its documents, whatever the
// units the corpus is split into.
import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../src/corpus/index.js';
import { runPipeline } from '../../src/pipeline/index.js';
import type { ManifestEntry } from '../../src/types.js';

const entry = (id: string, language: 'zh' | 'en', counterpart: string): ManifestEntry => ({
  id, file: `documents/${id}.txt`, language, kind: 'other', origin: 'unknown', date: '2023-05-18', counterpart,
});
const doc = (id: string, language: 'zh' | 'en', counterpart: string, text: string): CorpusEntry => ({
  entry: entry(id, language, counterpart),
  source: { path: `documents/${id}.txt`, text, encoding: 'utf-8' },
});

const ZH = '吉尔吉斯斯坦外长库鲁巴耶夫会见了中国代表团。\n\n双方同意加强在比什凯克的经贸合作。\n';
const corpus = (second: string): CorpusEntry[] => [
  doc('a-zh', 'zh', 'a-en', ZH),
  doc('a-en', 'en', 'a-zh', 'Kyrgyz Foreign Minister Kulubaev met the Chinese delegation.\n\nThe two sides agreed to strengthen trade cooperation in Bishkek.\n'),
  doc('b-zh', 'zh', 'b-en', ZH),
  doc('b-en', 'en', 'b-zh', `Kyrgyz Foreign Minister ${second} met the Chinese delegation.\n\nThe two sides agreed to strengthen trade cooperation in Bishkek.\n`),
];

describe('run: names written more than one way across the corpus', () => {
  it('lists a name the documents write two ways, with each form, its uses and documents', () => {
    const out = runPipeline(corpus('Kulubayev'));
    const md = out.get('index.md')!;
    expect(md).toContain('### Names written more than one way');
    const row = md.split('\n').find((l) => l.includes('Kulubayev'));
    expect(row).toContain('Kulubaev (1: a-en)');
    expect(row).toContain('Kulubayev (1: b-en)');
    expect(out.get('index.html')).toContain('Kulubayev <span class="count">(1: b-en)</span>');
  });

  it('says None when every document writes each name one way', () => {
    const md = runPipeline(corpus('Kulubaev')).get('index.md')!;
    expect(md).toMatch(/### Names written more than one way\n\n.*\n\nNone\./);
  });
});
