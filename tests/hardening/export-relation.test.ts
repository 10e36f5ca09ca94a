// `export ZH EN` says what it exports: the two documents are paired first, as `run` pairs a
// corpus. Documents of one language, documents in the wrong order and a pair that is not a
// translation are refused (exit 2, one line naming both files, the score and evidence, and what
// to do), leaving every file as it was; --comparable exports a comparable pair with every unit
// marked. `run` routes translation pairs to parallel.* and comparable pairs to comparable.*, and
// index.md says which pairs fed which file. Run as a user would: the CLI in a temporary folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, readFileSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli, repoRoot, type CliResult } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, removeScratch, scratch, treeSnapshot, writeFiles } from './helpers.js';

const DOCS = 'corpus/documents';
const ZH_2020 = `${DOCS}/2020-07-16_first-meeting-video_joint-statement.zh.txt`;
const EN_2020 = `${DOCS}/2020-07-16_first-meeting-video_news-report.en.txt`;
const EN_2022 = `${DOCS}/2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt`;
const ZH_2024 = `${DOCS}/2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt`;
const DTD = join(repoRoot, 'tests', 'export', 'fixtures', 'tmx14.dtd');
const haveXmllint = spawnSync('xmllint', ['--version']).status === 0;

let root: string;
beforeAll(() => {
  root = scratch('silkalign-export-relation-');
  cpSync(join(repoRoot, 'corpus'), join(root, 'corpus'), { recursive: true });
  writeFiles(root, {
    // A translation pair in the encodings users have: GB18030 Chinese, UTF-16 English with a BOM.
    'pair/talks.zh.txt': iconv.encode(PAIR_ZH, 'gb18030'),
    'pair/talks.en.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PAIR_EN, 'utf16le')]),
    'out.tmx': 'an export the user keeps\n',
  });
  chmodSync(join(root, ZH_2020), 0o640);
  symlinkSync('corpus/documents/2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt', join(root, 'statement.en.txt'));
});
afterAll(() => removeScratch(root));

const cli = (args: string[]) => runCli(args, { cwd: root });

function expectRefused(r: CliResult, files: string[], ...says: Array<string | RegExp>): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  for (const file of files) expect(lines[0]).toContain(file);
  for (const s of says) expect(lines[0]).toMatch(s);
  expect(lines[0]).not.toMatch(/^\s+at |Error:/);
}

/** Every `tu` of a TMX: its props by type. */
const tmxUnits = (tmx: string) => [...tmx.matchAll(/<tu tuid="\d+">([\s\S]*?)<\/tu>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/<prop type="([^"]+)">([^<]*)<\/prop>/g)].map((p) => [p[1], p[2]])));

function expectValidTmx(tmx: string): void {
  if (!haveXmllint) return;
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, '-'], { input: tmx });
  expect(r.status, r.stderr.toString()).toBe(0);
}

describe('export ZH EN refuses what is not a translation pair, and touches nothing', () => {
  it.each([
    {
      name: 'statements of two different meetings (2020 Chinese, 2022 English)',
      args: [ZH_2020, EN_2022, '-o', 'out.tmx'],
      files: [ZH_2020, EN_2022],
      says: [/are not a pair \(pair score 0\.00, below 0\.55\)/, /different years/, /meeting ordinal differs \(1 vs 3\)/, /give the English translation of .*, or pass --comparable/],
    },
    {
      name: 'the same meeting’s statement and a news report on it (comparable)',
      args: [ZH_2020, EN_2020, '--format', 'jsonl'],
      files: [ZH_2020, EN_2020],
      says: [/are comparable texts, not a translation pair \(pair score 0\.70\)/, /same manifest event/, /56% of the text in clearly corresponding paragraphs/, /pass --comparable to export the links marked as comparable/],
    },
    {
      name: 'a comparable pair forced to align as a translation',
      args: [ZH_2020, EN_2020, '--mode', 'translation', '--format', 'moses', '-o', 'train'],
      files: [ZH_2020, EN_2020],
      says: [/comparable texts/, /--comparable/],
    },
    {
      name: 'a translation’s Chinese with another meeting’s English, through a symbolic link',
      args: ['pair/talks.zh.txt', 'statement.en.txt', '--format', 'tsv', '-o', 'out.tmx'],
      files: ['pair/talks.zh.txt', 'statement.en.txt'],
      says: [/pair score 0\.\d\d/, /--comparable/],
    },
    { name: 'two English documents', args: [EN_2020, EN_2022], files: [EN_2020, EN_2022], says: [/are both English: give a Chinese document first, then its English counterpart/] },
    { name: 'two Chinese documents', args: [ZH_2020, ZH_2024, '-o', 'out.tmx'], files: [ZH_2020, ZH_2024], says: [/are both Chinese: give a Chinese document and its English counterpart/] },
    {
      name: 'English first, Chinese second',
      args: ['pair/talks.en.txt', 'pair/talks.zh.txt'],
      files: ['pair/talks.en.txt'],
      says: [/reads as English and pair\/talks\.zh\.txt as Chinese: give the Chinese document first \(export pair\/talks\.zh\.txt pair\/talks\.en\.txt\)/],
    },
  ])('$name: exit 2, one line naming both files and what to do', ({ args, files, says }) => {
    const before = treeSnapshot(root);
    expectRefused(cli(['export', ...args]), files, ...says);
    expect(treeSnapshot(root)).toEqual(before);
  });
});

describe('export ZH EN exports what it is, marked', () => {
  it('a translation pair (GB18030 and UTF-16 files): every unit says translation, with its score; the files untouched', () => {
    const before = treeSnapshot(root);
    const r = cli(['export', 'pair/talks.zh.txt', 'pair/talks.en.txt', '--min-score', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^silkalign: (\d+) of \1 linked sentence beads scored ≥ 0 \(a translation pair: pair score 0\.\d\d; translation alignment\)\n$/);
    const units = tmxUnits(r.stdout);
    expect(units.length).toBe(5);
    for (const u of units) {
      expect(u['x-relation']).toBe('translation');
      expect(Number(u['x-score'])).toBeGreaterThanOrEqual(0);
    }
    expectValidTmx(r.stdout);
    expect(treeSnapshot(root)).toEqual(before);
  });

  it('a comparable pair with --comparable: every unit marked comparable with its score, in every format', () => {
    const tmx = cli(['export', ZH_2020, EN_2020, '--comparable']);
    expect(tmx.code, tmx.stderr).toBe(0);
    expect(tmx.stderr).toMatch(/\(comparable texts, every unit marked comparable: pair score 0\.70; comparable alignment\)\n$/);
    const units = tmxUnits(tmx.stdout);
    expect(units.length).toBeGreaterThan(3);
    for (const u of units) {
      expect(u['x-relation']).toBe('comparable');
      expect(Number(u['x-score'])).toBeGreaterThanOrEqual(0.5);
    }
    expectValidTmx(tmx.stdout);

    const jsonl = cli(['export', ZH_2020, EN_2020, '--comparable', '--format', 'jsonl', '--quiet']);
    const objects = jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { relation: string; score: number });
    expect(objects.map((o) => [o.relation, o.score.toFixed(4)])).toEqual(units.map((u) => ['comparable', Number(u['x-score']).toFixed(4)]));

    // TSV and Moses keep their columns and lines: the file holds this pair's links only.
    const tsv = cli(['export', ZH_2020, EN_2020, '--comparable', '--format', 'tsv', '--quiet']);
    expect(tsv.stdout.trimEnd().split('\n').map((l) => l.split('\t').length)).toEqual(units.map(() => 2));
    expect(cli(['export', ZH_2020, EN_2020, '--comparable', '--format', 'moses', '-o', 'comparable', '--quiet']).code).toBe(0);
    const lines = (f: string) => readFileSync(join(root, f), 'utf8').split('\n').length;
    expect([lines('comparable.zh'), lines('comparable.en')]).toEqual([units.length + 1, units.length + 1]);
  });

  it('documents of different meetings with --comparable: exported, every unit marked comparable', () => {
    const r = cli(['export', ZH_2020, EN_2022, '--comparable', '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/comparable texts, every unit marked comparable: pair score 0\.00/);
    for (const line of r.stdout.trimEnd().split('\n')) expect(JSON.parse(line)).toMatchObject({ relation: 'comparable' });
  });
});

describe('run routes each pair’s links by its relation', () => {
  let out: string;
  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  beforeAll(() => {
    const corpus = join(root, 'routed');
    cpSync(join(repoRoot, 'corpus'), corpus, { recursive: true });
    writeFiles(corpus, { 'documents/talks.zh.txt': PAIR_ZH, 'documents/talks.en.txt': PAIR_EN });
    const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { documents: object[] };
    manifest.documents.push(
      { id: 'talks-zh', file: 'documents/talks.zh.txt', language: 'zh', date: '2023-05-18', counterpart: 'talks-en' },
      { id: 'talks-en', file: 'documents/talks.en.txt', language: 'en', date: '2023-05-18', counterpart: 'talks-zh' },
    );
    writeFiles(corpus, { 'manifest.json': JSON.stringify(manifest, null, 2) });
    const r = cli(['run', '--corpus', 'routed', '--out', 'routed-out', '--quiet']);
    expect(r.code, r.stderr).toBeLessThan(2);
    out = join(root, 'routed-out');
  });

  it('translation pairs to parallel.*, comparable pairs to comparable.*, each unit marked', () => {
    const comparablePair = '2020-07-16-statement-zh|2020-07-16-report-en';
    const units = (f: string) => read(f).trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; relation: string; score: number });
    const parallel = units('parallel.jsonl');
    const comparable = units('comparable.jsonl');
    expect([...new Set(parallel.map((u) => `${u.source} ${u.relation}`))]).toEqual(['talks-zh|talks-en translation']);
    expect([...new Set(comparable.map((u) => `${u.source} ${u.relation}`))]).toEqual([`${comparablePair} comparable`]);
    expect(comparable.every((u) => u.score >= 0.5)).toBe(true);
    expect(read('parallel.tsv').trimEnd().split('\n')).toHaveLength(parallel.length);
    expect(read('comparable.tsv').trimEnd().split('\n')).toHaveLength(comparable.length);
    for (const [file, list, relation] of [['parallel.tmx', parallel, 'translation'], ['comparable.tmx', comparable, 'comparable']] as const) {
      const tmx = tmxUnits(read(file));
      expect(tmx.map((u) => [u['x-relation'], u['x-source']])).toEqual(list.map(() => [relation, list[0].source]));
      expectValidTmx(read(file));
    }
  });

  it('index.md says which pairs fed which file, in the Pairs table and under the exports', () => {
    const index = read('index.md');
    const count = (f: string) => read(f).trimEnd().split('\n').length;
    expect(index).toContain(`| 0.70 | 56% | ${count('comparable.jsonl')} → \`comparable.*\` |`);
    expect(index).toMatch(new RegExp(`\\| talks-zh \\| talks-en \\| translation \\| [\\d.]+ \\| \\d+% \\| ${count('parallel.jsonl')} → \`parallel\\.\\*\` \\|`));
    expect(index).toContain(`- [parallel.tmx](parallel.tmx), [parallel.tsv](parallel.tsv) and [parallel.jsonl](parallel.jsonl): ${count('parallel.jsonl')} sentence pairs from 1 translation pair: talks-zh--talks-en\n`);
    expect(index).toContain(
      `- [comparable.tmx](comparable.tmx), [comparable.tsv](comparable.tsv) and [comparable.jsonl](comparable.jsonl): ${count('comparable.jsonl')} sentence pairs from 1 comparable pair: 2020-07-16-statement-zh--2020-07-16-report-en\n`,
    );
    expect(read('index.html')).toContain('<a href="comparable.tmx">comparable.tmx</a>');
  });
});
