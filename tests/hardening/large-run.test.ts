// `silkalign run` over a corpus of declared pairs, on worker threads: the same bytes whatever
// the number of workers, every pair written, one well-numbered TMX, no progress bar off a
// terminal, and a broken document or Ctrl-C (exit 130) leaves the old output untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, runCli } from '../helpers/cli.js';
import { PAIR_EN, PREVIOUS_OUTPUT, listTree, previousOutput, removeScratch, scratch, writeFiles, declaredPairsCorpus } from './helpers.js';

const PAIRS = 6;
let dir: string;

beforeAll(() => {
  dir = scratch();
  writeFiles(join(dir, 'corpus'), declaredPairsCorpus(PAIRS));
});
afterAll(() => removeScratch(dir));

const read = (root: string) => new Map(listTree(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

describe('run on worker threads', () => {
  let one: Map<string, string>;
  let two: Map<string, string>;
  let stderr: string;
  beforeAll(() => {
    expect(runCli(['run', '--corpus', 'corpus', '--out', 'out-1', '--jobs', '1', '--quiet'], { cwd: dir }).code).toBe(0);
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out-2', '--jobs', '2'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    stderr = r.stderr;
    one = read(join(dir, 'out-1'));
    two = read(join(dir, 'out-2'));
  });

  it('gives byte-identical output with one and with two workers', () => {
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [file, content] of one) expect(two.get(file), file).toBe(content);
  });

  it('writes every declared pair and every document', () => {
    for (let p = 1; p <= PAIRS; p++) {
      expect(one.has(`p${p}-zh--p${p}-en/alignment.json`)).toBe(true);
      expect(one.get('index.md')).toContain(`p${p}-zh--p${p}-en`);
    }
    expect(one.get('lone-en/normalized.txt')).toContain('Nur Sudan');
    expect(one.get('index.html')).toContain(`<dt>document pairs</dt><dd>${PAIRS}</dd>`);
  });

  it('numbers the merged TMX units 1..N once each', () => {
    const tmx = one.get('parallel.tmx')!;
    const ids = [...tmx.matchAll(/<tu tuid="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThanOrEqual(PAIRS);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(tmx.match(/<body>/g)).toHaveLength(1);
    expect(tmx.trimEnd().endsWith('</tmx>')).toBe(true);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    expect(stderr).not.toMatch(/\r|█|░/);
    expect(stderr.includes('\u001b[')).toBe(false);
    expect(stderr).toMatch(/units on 2 thread/);
  });
});

describe('a large run that fails or is interrupted', () => {
  it('a broken document in one unit: exit 2 naming it, the old output untouched', () => {
    const root = join(dir, 'broken');
    writeFiles(join(root, 'corpus'), declaredPairsCorpus(PAIRS, { 'documents/p4.en.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }));
    writeFiles(root, previousOutput());
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--jobs', '2', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('p4.en.txt');
    expect(listTree(join(root, 'out'))).toEqual(PREVIOUS_OUTPUT);
    expect(readdirSync(root).sort()).toEqual(['corpus', 'out']);
  });

  it('a counterpart that is not a document of the other language: exit 2 naming the field', () => {
    const root = join(dir, 'bad-counterpart');
    writeFiles(join(root, 'corpus'), {
      'documents/a.en.txt': PAIR_EN,
      'documents/b.en.txt': PAIR_EN,
      'manifest.json': JSON.stringify({ version: 1, documents: [
        { id: 'a', file: 'documents/a.en.txt', language: 'en', counterpart: 'b' },
        { id: 'b', file: 'documents/b.en.txt', language: 'en' },
      ] }),
    });
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('documents.0.counterpart');
  });

  it('Ctrl-C (SIGINT) mid-run: exit 130 with one line, the old output untouched, no staging folder left', async () => {
    const root = join(dir, 'interrupted');
    writeFiles(join(root, 'corpus'), declaredPairsCorpus(PAIRS));
    writeFiles(root, previousOutput());
    const child = spawn(process.execPath, [binPath, 'run', '--corpus', 'corpus', '--out', 'out', '--jobs', '2', '--quiet'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt as soon as the run has started writing (its staging folder exists).
    const started = Date.now();
    while (!readdirSync(root).some((f) => f.startsWith('out.tmp-')) && Date.now() - started < 30_000 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const interrupted = child.exitCode === null;
    child.kill('SIGINT');
    const code = await exited;
    // The run had begun writing and had not finished: the interruption is what is tested.
    expect(interrupted).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toBe('silkalign: interrupted; the output folder was left as it was\n');
    expect(listTree(join(root, 'out'))).toEqual(PREVIOUS_OUTPUT);
    expect(readdirSync(root).filter((f) => f !== 'corpus' && f !== 'out')).toEqual([]);
    expect(existsSync(join(root, 'out'))).toBe(true);
  });
});
