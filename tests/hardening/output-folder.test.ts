// Where `run` writes: a new or empty folder, or an earlier output (marked by .silkalign-output).
// Every other folder a user may name by mistake (the corpus, a folder holding it, the current
// folder, a folder of their own files) is refused with exit 2 and one line saying why and what
// to do, before anything is read or written; an empty corpus leaves the previous output as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { OUTPUT_MARKER } from '../../src/export/index.js';
import { PAIR_EN, PAIR_ZH, PREVIOUS_OUTPUT, listTree, previousOutput, removeScratch, scratch, writeFiles } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = scratch('silkalign-output-folder-');
});
afterAll(() => removeScratch(dir));

/** A project folder: a corpus of one pair, the user's notes, a file, an empty folder. */
function project(name: string): string {
  const root = join(dir, name);
  writeFiles(root, {
    'corpus/documents/2023-05-18_talks.zh.txt': PAIR_ZH,
    'corpus/documents/2023-05-18_talks.en.txt': PAIR_EN,
    'corpus/decisions.json': '{"version":1,"decisions":[]}\n',
    'notes/todo.txt': 'ask about Astana\n',
    'notes.txt': 'my notes\n',
  });
  mkdirSync(join(root, 'sub'));
  return root;
}

/** Every file below `root` with its bytes, links as links: what must survive a refusal. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) out.set(rel, `-> ${readlinkSync(path)}`);
      else if (stat.isDirectory()) {
        out.set(`${rel}/`, '');
        walk(path, rel);
      } else out.set(rel, readFileSync(path, 'latin1'));
    }
  };
  walk(root, '');
  return out;
}

function expectRefused(r: CliResult, names: string, why: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(names);
  expect(lines[0]).toMatch(why);
  expect(lines[0]).not.toMatch(/^\s+at |Error:/);
}

const REMEDY = /name a new or empty folder with --out/;

describe('run --out: folders that are not silkalign’s to replace', () => {
  it.each([
    { name: 'the corpus folder', cwd: '', args: ['--out', 'corpus'], names: 'corpus', why: /is the corpus folder/ },
    { name: 'the current folder holding the corpus (--out .)', cwd: '', args: ['--out', '.'], names: '.', why: /contains the corpus folder/ },
    { name: 'a folder above the corpus', cwd: 'sub', args: ['--corpus', '../corpus', '--out', '..'], names: '..', why: /contains the corpus folder/ },
    { name: 'the current folder, even empty', cwd: 'sub', args: ['--corpus', '../corpus', '--out', '.'], names: '.', why: /is the current folder/ },
    { name: 'a folder of the user’s files', cwd: '', args: ['--out', 'notes'], names: 'notes', why: /holds other files \(such as "todo\.txt"\) and no \.silkalign-output marker/ },
    { name: 'the corpus’s documents folder', cwd: '', args: ['--out', 'corpus/documents'], names: 'corpus/documents', why: /holds other files/ },
    { name: 'a file', cwd: '', args: ['--out', 'notes.txt'], names: 'notes.txt', why: /is a file, not a folder/ },
  ])('$name: exit 2, one line, everything intact', ({ name, cwd, args, names, why }) => {
    const root = project(`refused-${name.replace(/\W+/g, '-')}`);
    const before = snapshot(root);
    const r = runCli(['run', ...args, '--quiet'], { cwd: join(root, cwd) });
    expectRefused(r, names, why);
    expect(r.stderr).toMatch(REMEDY);
    expect(snapshot(root)).toEqual(before);
    // Nothing beside the project either (no staging or backup folder of a refused output).
    expect(readdirSync(dir).filter((f) => f.startsWith(`refused-${name.replace(/\W+/g, '-')}`))).toHaveLength(1);
  });

  it('a symbolic link to nothing: refused, the link kept', () => {
    const root = project('dangling-link');
    symlinkSync('nowhere', join(root, 'out'));
    const before = snapshot(root);
    expectRefused(runCli(['run', '--out', 'out', '--quiet'], { cwd: root }), 'out', /symbolic link to nothing/);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('run --out: folders it writes', () => {
  it('a new folder: written and marked; the next run replaces it, the marker kept', () => {
    const root = project('new-folder');
    const first = runCli(['run', '--out', 'out', '--quiet'], { cwd: root });
    expect(first.code, first.stderr).toBe(0);
    const files = listTree(join(root, 'out'));
    expect(files).toContain(OUTPUT_MARKER);
    expect(files).toContain('index.md');
    expect(readFileSync(join(root, 'out', OUTPUT_MARKER), 'utf8')).toMatch(/silkalign replaces it as a whole/);
    const again = runCli(['run', '--out', 'out', '--quiet'], { cwd: root });
    expect(again.code, again.stderr).toBe(0);
    expect(listTree(join(root, 'out'))).toEqual(files);
  });

  it('an earlier output (marked): replaced, its old files gone', () => {
    const root = project('earlier-output');
    writeFiles(root, previousOutput('out'));
    const r = runCli(['run', '--out', 'out', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const files = listTree(join(root, 'out'));
    expect(files).toContain(OUTPUT_MARKER);
    expect(files).not.toContain('previous.txt');
  });

  it('an empty folder: written', () => {
    const root = project('empty-folder');
    mkdirSync(join(root, 'out'));
    const r = runCli(['run', '--out', 'out', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(listTree(join(root, 'out'))).toContain(OUTPUT_MARKER);
  });

  it('a symbolic link to an earlier output: the folder it points to is written, the link kept', () => {
    const root = project('linked-output');
    writeFiles(root, previousOutput('real-out'));
    symlinkSync('real-out', join(root, 'out'));
    const r = runCli(['run', '--out', 'out', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(root, 'out')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'out'))).toBe('real-out');
    expect(statSync(join(root, 'real-out')).isDirectory()).toBe(true);
    expect(listTree(join(root, 'real-out'))).toContain('index.md');
  });
});

describe('run on an empty corpus', () => {
  it.each<{ name: string; files: Record<string, string>; why: RegExp }>([
    { name: 'a folder without documents', files: { 'readme.md': 'to do\n' }, why: /no documents: the corpus folder has no \.txt file/ },
    { name: 'an empty documents/ folder', files: { 'documents/readme.md': 'to do\n' }, why: /no documents: the corpus folder has no \.txt file in documents\// },
    { name: 'a manifest that lists no document', files: { 'manifest.json': '{"version": 1, "documents": []}\n' }, why: /manifest lists no document/ },
  ])('$name: exit 2, the previous output as it was', ({ name, files, why }) => {
    const root = join(dir, `empty-${name.replace(/\W+/g, '-')}`);
    writeFiles(join(root, 'corpus'), files);
    writeFiles(root, previousOutput('out'));
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: root });
    expectRefused(r, 'corpus', why);
    expect(listTree(join(root, 'out'))).toEqual(PREVIOUS_OUTPUT);
    expect(readdirSync(root).sort()).toEqual(['corpus', 'out']);
  });
});

describe('export --corpus: the output file outside the corpus', () => {
  it.each([
    { name: 'a new file in the corpus folder', args: ['--format', 'tmx', '--output', 'corpus/all.tmx'], names: 'corpus/all.tmx' },
    { name: 'a document of the corpus', args: ['--format', 'tsv', '--output', 'corpus/documents/2023-05-18_talks.en.txt'], names: 'talks.en.txt' },
    { name: 'Moses files in the corpus folder', args: ['--format', 'moses', '--output', 'corpus/documents/train'], names: 'corpus/documents/train.zh' },
  ])('$name: exit 2, the corpus intact', ({ name, args, names }) => {
    const root = project(`export-${name.replace(/\W+/g, '-')}`);
    const before = snapshot(root);
    const r = runCli(['export', '--corpus', 'corpus', ...args, '--quiet'], { cwd: root });
    expectRefused(r, names, /inside the corpus folder \(corpus\).*write it elsewhere/);
    expect(snapshot(root)).toEqual(before);
  });

  it('a file beside the corpus: written', () => {
    const root = project('export-beside');
    const r = runCli(['export', '--corpus', 'corpus', '--format', 'tsv', '--output', 'all.tsv', '--quiet'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(root, 'all.tsv'), 'utf8')).toContain('\t');
  });
});
