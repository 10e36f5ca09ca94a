// The corpus manifest: the repository's own validates and points at the five seeds; bad
// manifests (schema, duplicate ids, files outside the folder) are refused with exit 2; a
// folder without a manifest is handled by detection alone.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestSchema } from '../../src/types.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { parseManifest } from '../../src/corpus/load.js';
import { InputError } from '../../src/errors.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const corpusDir = join(repoRoot, 'corpus');
const manifestPath = join(corpusDir, 'manifest.json');
const raw = readFileSync(manifestPath, 'utf8');
const scratch = join(repoRoot, 'tests', 'artifacts', 'corpus-manifest');

describe('corpus/manifest.json', () => {
  const manifest = ManifestSchema.parse(JSON.parse(raw));

  it('lists the five seeds with readable ids, dates, kinds and origins', () => {
    expect(manifest.documents.map((d) => [d.id, d.language, d.date, d.kind, d.origin])).toEqual([
      ['2020-07-16-statement-zh', 'zh', '2020-07-16', 'joint-statement', 'original'],
      ['2020-07-16-report-en', 'en', '2020-07-16', 'news-report', 'machine-translation'],
      ['2022-06-08-statement-en', 'en', '2022-06-08', 'joint-statement', 'machine-translation'],
      ['2023-04-26-talks-en', 'en', '2023-04-26', 'talks', 'unknown'],
      ['2024-12-01-statement-zh', 'zh', '2024-12-01', 'joint-statement', 'original'],
    ]);
    for (const d of manifest.documents) {
      expect(existsSync(join(corpusDir, d.file)), d.file).toBe(true);
      expect(d.event).toBeTruthy();
      expect(d.source).toBeTruthy();
    }
  });

  it('passes the loader checks and loads every document', async () => {
    expect(() => parseManifest(raw, manifestPath)).not.toThrow();
    const entries = await loadCorpus(corpusDir);
    expect(entries.map((e) => e.entry.id)).toHaveLength(5);
    expect(entries.every((e) => e.source.encoding === 'utf-8')).toBe(true);
  });
});

describe('bad manifests', () => {
  const good = JSON.parse(raw) as { version: number; documents: Array<Record<string, unknown>> };
  const withDocs = (documents: Array<Record<string, unknown>>) => JSON.stringify({ ...good, documents }, null, 2);
  const cases: Array<[string, string, RegExp]> = [
    ['a file outside the folder', withDocs([{ ...good.documents[0], file: '../outside.txt' }]), /points outside the corpus folder/],
    ['an absolute file path', withDocs([{ ...good.documents[0], file: '/etc/hostname' }]), /points outside the corpus folder/],
    ['a duplicate id', withDocs([good.documents[0], { ...good.documents[1], id: good.documents[0].id }]), /is used twice/],
    ['a bad date', withDocs([{ ...good.documents[0], date: '16 July 2020' }]), /documents\.0\.date: a date as YYYY-MM-DD/],
    ['an unknown language', withDocs([{ ...good.documents[0], language: 'fr' }]), /documents\.0\.language/],
    ['an unknown field', withDocs([{ ...good.documents[0], author: 'x' }]), /documents\.0/],
    ['invalid JSON', '{ "version": 1, ', /invalid JSON/],
  ];
  it.each(cases)('refuses %s', (_name, text, message) => {
    expect(() => parseManifest(text, 'corpus/manifest.json')).toThrow(InputError);
    expect(() => parseManifest(text, 'corpus/manifest.json')).toThrow(message);
  });

  it('names the line of the offending entry', () => {
    const text = withDocs([good.documents[0], { ...good.documents[1], file: '../x.txt' }]);
    expect(() => parseManifest(text, 'm.json')).toThrow(new RegExp(`^m\\.json:${text.split('\n').findIndex((l) => l.includes('../x.txt')) + 1}: `));
  });

  it('`silkalign run` exits 2 on a manifest entry outside the corpus folder, writing nothing', () => {
    const dir = join(scratch, 'outside');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'corpus'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'The parties agreed.');
    writeFileSync(join(dir, 'corpus', 'manifest.json'), withDocs([{ ...good.documents[1], file: '../secret.txt' }]));
    const r = runCli(['run', '--corpus', join(dir, 'corpus'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/points outside the corpus folder/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('a corpus folder without a manifest', () => {
  const dir = join(scratch, 'no-manifest');
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'documents'), { recursive: true });
    for (const name of ['2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt', '2023-04-26_fourth-meeting-xian_talks.en.txt'])
      copyFileSync(join(corpusDir, 'documents', name), join(dir, 'documents', name));
  });

  it('is read by detection: language detected, date from the file name', async () => {
    const entries = await loadCorpus(dir);
    expect(entries.map((e) => e.entry)).toEqual([
      {
        id: '2023-04-26_fourth-meeting-xian_talks.en',
        file: 'documents/2023-04-26_fourth-meeting-xian_talks.en.txt',
        language: 'en',
        kind: 'other',
        origin: 'unknown',
        date: '2023-04-26',
      },
      {
        id: '2024-12-01_fifth-meeting-chengdu_joint-statement.zh',
        file: 'documents/2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt',
        language: 'zh',
        kind: 'other',
        origin: 'unknown',
        date: '2024-12-01',
      },
    ]);
  });
});
