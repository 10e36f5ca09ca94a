// `silkalign export --corpus DIR`: every pair of a corpus in one parallel file, the same bytes
// for one and two worker threads, the same segments as `run`'s parallel text, pairs in the
// order of their ids (declared and found pairs merged), TMX units numbered once; a broken
// document or Ctrl-C leaves no output and no temporary file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, repoRoot, runCli } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, declaredPairsCorpus, removeScratch, scratch, writeFiles } from '../hardening/helpers.js';

let dir: string;
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

beforeAll(() => {
  dir = scratch('silkalign-export-corpus-');
  // Six declared pairs, a lone English document, and an undeclared pair (p3b) found by pairing.
  const files = declaredPairsCorpus(6);
  const manifest = JSON.parse(files['manifest.json'] as string) as { documents: object[] };
  manifest.documents.push(
    { id: 'p3b-zh', file: 'documents/p3b.zh.txt', language: 'zh', date: '2023-05-18' },
    { id: 'p3b-en', file: 'documents/p3b.en.txt', language: 'en', date: '2023-05-18' },
  );
  writeFiles(join(dir, 'mixed'), {
    ...files,
    'documents/p3b.zh.txt': PAIR_ZH.replace('400亿', '333亿'),
    'documents/p3b.en.txt': PAIR_EN.replace('40 billion', '33.3 billion'),
    'manifest.json': JSON.stringify(manifest),
  });
});
afterAll(() => removeScratch(dir));

describe('export --corpus on the seed corpus', () => {
  // The seeds' one pair is comparable (a news report on the meeting and its joint statement):
  // run writes its links to comparable.*, and parallel.* holds no unit.
  it('gives run’s parallel.* without --comparable and its comparable.* with it, byte for byte, with one and with two threads', () => {
    const run = runCli(['run', '--corpus', join(repoRoot, 'corpus'), '--out', 'run', '--quiet'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const one = runCli(['export', '--corpus', join(repoRoot, 'corpus'), '--format', 'jsonl', '-o', 'seed-1.jsonl', '--jobs', '1', '--comparable'], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toMatch(/^silkalign: \d+ sentence pairs scored ≥ 0.5 from 1 document pair \(5 documents\) written to seed-1.jsonl\n$/);
    for (const format of ['tsv', 'tmx', 'jsonl']) {
      const r = runCli(['export', '--corpus', join(repoRoot, 'corpus'), '--format', format, '-o', `seed-2.${format}`, '--jobs', '2'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(
        `silkalign: 0 sentence pairs scored ≥ 0.5 from 0 translation pairs (5 documents) written to seed-2.${format}\n` +
          'silkalign: 1 comparable pair left out (2020-07-16-statement-zh--2020-07-16-report-en): their links are not translations; --comparable adds them, marked\n',
      );
      expect(read(`seed-2.${format}`), format).toBe(read(`run/parallel.${format}`));
      expect(read(`run/parallel.${format}`).includes('statement')).toBe(false);
    }
    for (const format of ['tmx', 'jsonl']) {
      const r = runCli(['export', '--corpus', join(repoRoot, 'corpus'), '--format', format, '-o', `seed-c.${format}`, '--jobs', '2', '--comparable', '--quiet'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(read(`seed-c.${format}`), format).toBe(read(`run/comparable.${format}`));
    }
    expect(read('seed-1.jsonl')).toBe(read('seed-c.jsonl'));
    const units = read('seed-c.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as { relation: string; score: number });
    expect(units.length).toBeGreaterThan(3);
    expect(units.every((u) => u.relation === 'comparable' && u.score >= 0.5)).toBe(true);
    expect(read('seed-c.tmx').match(/<prop type="x-relation">comparable<\/prop>/g)).toHaveLength(units.length);
  });

  it.each(['tsv', 'moses'])('refuses --comparable with --format %s, which cannot mark a unit comparable: exit 2, nothing written', (format) => {
    const r = runCli(['export', '--corpus', join(repoRoot, 'corpus'), '--format', format, '-o', `refused-${format}`, '--comparable'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `silkalign: --corpus --comparable mixes translation and comparable links, which --format ${format} cannot tell apart: use --format tmx or jsonl (each unit says its relation), or \`silkalign run\`, which writes comparable links to comparable.* files of their own\n`,
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('refused'))).toEqual([]);
  });
});

describe('export --corpus on a corpus of declared and found pairs', () => {
  it('the same bytes for --jobs 1 and 2 in every format', () => {
    for (const format of ['jsonl', 'tmx', 'moses']) {
      for (const jobs of ['1', '2']) {
        const r = runCli(['export', '--corpus', 'mixed', '--format', format, '-o', `mixed-${jobs}.${format}`, '--jobs', jobs], { cwd: dir });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).not.toMatch(/\r|█|░/);
        expect(r.stderr.includes('\u001b[')).toBe(false);
      }
    }
    for (const file of ['jsonl', 'tmx', 'moses.zh', 'moses.en']) expect(read(`mixed-2.${file}`), file).toBe(read(`mixed-1.${file}`));
  });

  it('lists the pairs in the order of their ids, the found pair among the declared ones', () => {
    const sources = read('mixed-1.jsonl').trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
    const pairs = [...new Set(sources)];
    expect(pairs).toEqual(['p1-zh|p1-en', 'p2-zh|p2-en', 'p3-zh|p3-en', 'p3b-zh|p3b-en', 'p4-zh|p4-en', 'p5-zh|p5-en', 'p6-zh|p6-en']);
    // Each pair's segments together: a source never comes back once left.
    expect(sources.filter((s, i) => s !== sources[i - 1])).toEqual(pairs);
    expect(read('mixed-1.moses.zh').split('\n').length).toBe(sources.length + 1);
  });

  it('numbers the TMX units 1..N once, in one body', () => {
    const tmx = read('mixed-1.tmx');
    const ids = [...tmx.matchAll(/<tu tuid="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids.length).toBe(read('mixed-1.jsonl').trimEnd().split('\n').length);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(tmx.match(/<body>/g)).toHaveLength(1);
    expect(tmx.endsWith('  </body>\n</tmx>\n')).toBe(true);
  });
});

describe('export --corpus that fails or is interrupted', () => {
  it('a broken document: exit 2 naming it, no output and no temporary file', () => {
    const root = join(dir, 'broken');
    writeFiles(join(root, 'corpus'), declaredPairsCorpus(4, { 'documents/p3.en.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }));
    const r = runCli(['export', '--corpus', 'corpus', '--format', 'tsv', '-o', 'out.tsv', '--jobs', '2'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('p3.en.txt')]);
    expect(readdirSync(root)).toEqual(['corpus']);
  });

  it.each([
    [['export', 'a.zh.txt', 'b.en.txt', '--corpus', 'corpus', '-o', 'x.tsv'], 'not both'],
    [['export', '--corpus', 'corpus', '--format', 'tsv'], '--output'],
    [['export', '--corpus', 'corpus', '-o', 'x.tsv', '--mode', 'translation'], '--mode'],
    [['export', '--corpus', 'corpus', '-o', 'x.tsv', '--jobs', 'two'], '--jobs'],
    [['export', 'only-one.zh.txt'], '--corpus DIR'],
  ])('usage error %j: exit 2', (args, message) => {
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('Ctrl-C mid-export: exit 130, one line on stderr, no output and no temporary file', async () => {
    const root = join(dir, 'interrupted');
    writeFiles(join(root, 'corpus'), declaredPairsCorpus(40));
    const child = spawn(process.execPath, [binPath, 'export', '--corpus', 'corpus', '--format', 'tsv', '-o', 'out.tsv', '--jobs', '2'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the threads are at work: the first pair is in the temporary file.
    const writing = () => readdirSync(root).some((f) => f.endsWith('.tmp') && (statSync(join(root, f), { throwIfNoEntry: false })?.size ?? 0) > 0);
    const started = Date.now();
    while (!writing() && Date.now() - started < 30_000 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const running = child.exitCode === null;
    child.kill('SIGINT');
    const code = await exited;
    expect(running).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toBe('silkalign: interrupted; no output file was written\n');
    expect(readdirSync(root)).toEqual(['corpus']);
  });
});
