// The source notes tell the truth about the seeds: an entry whose `source` says a seed uses it
// has one of its forms in that seed (English forms and garbles, or Chinese forms after
// normalisation to Simplified without pinyin glosses).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChineseTerms, findEnglishTerms, loadGlossary, type GlossaryEntry } from '../../src/glossary/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';

const glossary = loadGlossary();
const documents = join(import.meta.dirname, '..', '..', 'corpus', 'documents');
const read = (name: string) => readFileSync(join(documents, name), 'utf8');

const english: Record<string, string> = {
  '2020 news seed': read('2020-07-16_first-meeting-video_news-report.en.txt'),
  '2022 MT seed': read('2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt'),
  '2023 talks seed': read('2023-04-26_fourth-meeting-xian_talks.en.txt'),
};
const chinese: Record<string, string> = {
  '2020': normalizeDocument(read('2020-07-16_first-meeting-video_joint-statement.zh.txt'), { language: 'zh', keepBoilerplate: true }).text,
  '2024': normalizeDocument(read('2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt'), { language: 'zh', keepBoilerplate: true }).text,
};

const usedIn = (entry: GlossaryEntry, text: string) =>
  findEnglishTerms(glossary, text).some((m) => m.hits.some((h) => h.entry === entry)) ||
  findChineseTerms(glossary, text).some((m) => m.entry === entry);

describe('source notes against the seeds', () => {
  const claims: [string, string, string][] = [];
  for (const entry of glossary.entries) {
    for (const seed of Object.keys(english)) if (entry.source.includes(seed)) claims.push([entry.id, seed, english[seed]]);
    for (const m of entry.source.matchAll(/zh\b[^;]*?in the (2020|2024)(?: and (2020|2024))? seeds?/g)) {
      for (const year of [m[1], m[2]].filter(Boolean)) claims.push([entry.id, `zh ${year} seed`, chinese[year]]);
    }
  }

  it('has claims to check', () => {
    expect(claims.length).toBeGreaterThan(80);
  });

  it.each(claims)('%s is in the %s', (id, _seed, text) => {
    expect(usedIn(glossary.byId.get(id)!, text)).toBe(true);
  });
});
