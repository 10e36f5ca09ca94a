// `run --reports all|flagged|none` and `run --profile`: which per-document and per-pair files a
// run writes, with the corpus index and parallel text the same whatever is chosen, and the
// profile on stderr only.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultReportSelection } from '../../src/app/index.js';
import { selectReported } from '../../src/app/reports.js';
import type { DocumentPair } from '../../src/align/index.js';
import { STAGES } from '../../src/profile.js';
import { runCli } from '../helpers/cli.js';

const fixture = join(import.meta.dirname, '..', 'export', 'fixtures', 'mini-corpus');
const pairId = '2022-06-08_ministers-meeting.zh--2022-06-08_ministers-meeting.en';
const flaggedEn = '2022-06-08_ministers-meeting.en';
// Correct English of 2023 (Astana is the city's name again): no finding, in no pair.
const cleanEn = '2023-07-01_trade-talks.en';

const corpus = mkdtempSync(join(tmpdir(), 'silkalign-reports-'));
cpSync(fixture, corpus, { recursive: true });
writeFileSync(join(corpus, 'documents', `${cleanEn}.txt`), 'The foreign ministers of China and Kazakhstan met in Astana on Tuesday.\n\nThey discussed trade, transport and energy cooperation between the two countries.\n');

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function run(...args: string[]): { files: Map<string, string>; stdout: string; stderr: string } {
  const out = join(corpus, `out-${args.join('-').replace(/[^a-z]/g, '')}`);
  const r = runCli(['run', '--corpus', corpus, '--out', out, '--jobs', '1', '--quiet', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return { files: files(out), stdout: r.stdout, stderr: r.stderr };
}

/** index.md's sections by heading, the report links written as plain ids. */
function indexSections(index: string): Map<string, string> {
  const plain = index.replace(/\[([^\]]+)\]\(\1\/alignment\.md\)/g, '$1');
  return new Map(plain.split(/\n(?=## )/).map((s) => [s.slice(0, s.indexOf('\n')), s]));
}

const all = run('--reports', 'all');
const exports = ['parallel.tmx', 'parallel.tsv', 'parallel.jsonl', 'comparable.tmx', 'comparable.tsv', 'comparable.jsonl'];

describe('run --reports', () => {
  it('all (the default for a small corpus) writes every document and pair folder', () => {
    expect(run().files).toEqual(all.files);
    for (const id of [flaggedEn, cleanEn, pairId]) expect([...all.files.keys()].some((f) => f.startsWith(`${id}/`)), id).toBe(true);
  });

  it('none writes the index and the parallel text only, with the same tables and exports', () => {
    const none = run('--reports', 'none');
    expect([...none.files.keys()].sort()).toEqual(['.silkalign-output', 'index.html', 'index.md', ...exports].sort());
    for (const f of exports) expect(none.files.get(f), f).toBe(all.files.get(f));
    const [a, n] = [indexSections(all.files.get('index.md')!), indexSections(none.files.get('index.md')!)];
    expect([...n.keys()]).toEqual([...a.keys()]);
    for (const heading of [...a.keys()].filter((h) => h !== '## Reviews and exports')) expect(n.get(heading), heading).toBe(a.get(heading));
    expect(n.get('## Reviews and exports')).toContain('The files of 1 pair and 3 documents were not written (`run --reports all` writes them).');
    // No link in the index leads to a file that was not written.
    for (const [, href] of none.files.get('index.html')!.matchAll(/href="([^"#]+)"/g)) expect(none.files.has(href), href).toBe(true);
  });

  it('flagged leaves out the documents with no finding and no doubtful link, and nothing else', () => {
    const flagged = run('--reports', 'flagged');
    const expected = [...all.files.keys()].filter((f) => !f.startsWith(`${cleanEn}/`));
    expect([...flagged.files.keys()].sort()).toEqual(expected.sort());
    for (const f of expected.filter((f) => !f.startsWith('index.'))) expect(flagged.files.get(f), f).toBe(all.files.get(f));
    for (const [, href] of flagged.files.get('index.html')!.matchAll(/href="([^"#]+)"/g)) expect(flagged.files.has(href), href).toBe(true);
  });

  it('rejects another value', () => {
    const r = runCli(['run', '--corpus', corpus, '--out', join(corpus, 'x'), '--reports', 'some']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/all, flagged, none/);
  });
});

describe('selecting the reports', () => {
  const bead = (score: number, zh = [0], en = [0]) => ({ zh, en, score });
  const pair = (id: string, sentences: Array<ReturnType<typeof bead>>) => ({ id, zh: `${id}-zh`, en: `${id}-en`, alignment: { sentences } }) as unknown as DocumentPair;
  const pairs = [
    pair('sure', [bead(0.9), bead(0.3, [1], [])]), // an unmatched sentence is not a doubtful link
    pair('doubtful', [bead(0.9), bead(0.49)]),
    pair('findings', [bead(0.9)]),
  ];
  const findings: Record<string, number> = { 'findings-en': 2, 'lone-en': 1 };
  const cases: Array<[string, 'all' | 'flagged' | 'none', string[], string[]]> = [
    ['all', 'all', ['sure', 'doubtful', 'findings'], ['sure-zh', 'sure-en', 'doubtful-zh', 'doubtful-en', 'findings-zh', 'findings-en', 'lone-en', 'lone-zh']],
    ['flagged', 'flagged', ['doubtful', 'findings'], ['doubtful-zh', 'doubtful-en', 'findings-zh', 'findings-en', 'lone-en']],
    ['none', 'none', [], []],
  ];
  it.each(cases)('%s', (_name, selection, reportedPairs, reportedDocuments) => {
    const chosen = selectReported(selection, pairs, (id) => findings[id] ?? 0);
    expect([...chosen.pairs]).toEqual(reportedPairs);
    const ids = ['sure-zh', 'sure-en', 'doubtful-zh', 'doubtful-en', 'findings-zh', 'findings-en', 'lone-en', 'lone-zh'];
    expect(ids.filter(chosen.documents)).toEqual(reportedDocuments);
  });

  it('defaults to flagged above 10 MB of documents', () => {
    expect(defaultReportSelection(10_000_000)).toBe('all');
    expect(defaultReportSelection(10_000_001)).toBe('flagged');
  });
});

describe('run --profile', () => {
  it('prints every stage on stderr, even with --quiet, and changes no output', () => {
    const profiled = run('--profile');
    expect(profiled.stdout).toBe('');
    for (const stage of [...STAGES, 'total']) expect(profiled.stderr).toMatch(new RegExp(`^silkalign: ${stage} +\\d+\\.\\d\\d`, 'm'));
    expect(profiled.files).toEqual(all.files);
  });
});
