// Hostile and broken input through the real CLI: every command exits 2 with one stderr line
// naming the file, prints nothing on stdout and leaves no output file behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { PAIR_EN, PAIR_ZH, PREVIOUS_OUTPUT, listTree, previousOutput, removeScratch, scratch, writeFiles } from './helpers.js';

let dir: string;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');

beforeAll(() => {
  dir = scratch();
  writeFiles(dir, { 'zh.txt': PAIR_ZH, 'en.txt': PAIR_EN, 'empty.txt': '', 'blank.txt': '  \n\n\t\n', 'image.png': PNG });
  // Deterministic noise that is no text in any encoding (NUL bytes at odd places, invalid UTF-8).
  writeFileSync(join(dir, 'noise.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 197 + 13) % 256)));
  // Text with one fault each, in the second line (the message must lead a user to the byte).
  writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.concat([Buffer.from('联合声明\nThe '), Buffer.from([0xc3, 0x28]), Buffer.from(' talks.\n')]));
  writeFileSync(join(dir, 'nul.txt'), 'Joint statement\nThe\0 talks.\n');
  writeFileSync(join(dir, 'bell.txt'), 'Joint statement\r\nThe talks\u0007.\r\n');
  mkdirSync(join(dir, 'folder.txt'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
});
afterAll(() => removeScratch(dir));

/** How each broken input must be explained (besides naming the file). */
const BROKEN: Array<{ name: string; file: string; reason: RegExp }> = [
  { name: 'a missing file', file: 'missing.txt', reason: /no such file/ },
  { name: 'a folder given as a file', file: 'folder.txt', reason: /folder/ },
  { name: 'a symlink loop', file: 'loop-a.txt', reason: /loop/i },
  { name: 'an empty file', file: 'empty.txt', reason: /empty/ },
  { name: 'a file of white space only', file: 'blank.txt', reason: /no text|empty/ },
  { name: 'a PNG image', file: 'image.png', reason: /binary|PNG/i },
  { name: 'random bytes', file: 'noise.bin', reason: /binary|undecodable|not a text/ },
  { name: 'an invalid UTF-8 sequence', file: 'bad-utf8.txt', reason: /^silkalign: bad-utf8\.txt:2:5: invalid UTF-8 sequence 0xC3 0x28 \(byte offset 17\).*delete or retype/ },
  { name: 'a NUL byte', file: 'nul.txt', reason: /^silkalign: nul\.txt:2:4: NUL byte \(byte offset 19\)/ },
  { name: 'a control character', file: 'bell.txt', reason: /^silkalign: bell\.txt:2:10: control character U\+0007 \(byte offset 26\).*remove it/ },
];

/** Each command with the broken file in the position under test. */
const COMMANDS: Array<{ name: string; args: (bad: string) => string[] }> = [
  { name: 'normalize', args: (bad) => ['normalize', bad] },
  { name: 'check', args: (bad) => ['check', bad] },
  { name: 'check --zh', args: (bad) => ['check', 'en.txt', '--zh', bad] },
  { name: 'align (Chinese side)', args: (bad) => ['align', bad, 'en.txt'] },
  { name: 'align (English side)', args: (bad) => ['align', 'zh.txt', bad] },
  { name: 'export', args: (bad) => ['export', 'zh.txt', bad, '--format', 'tmx'] },
  { name: 'fix', args: (bad) => ['fix', bad] },
];

function expectOneLineError(r: { code: number; stdout: string; stderr: string }, file: string, reason: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).not.toMatch(/^\s+at |Error:/);
}

// The reader is shared: every kind of broken file through one command, then each command with
// two kinds (keeps the suite to a few dozen CLI starts).
describe('normalize on broken input', () => {
  it.each(BROKEN)('$name: exit 2, one line naming the file', ({ file, reason }) => {
    expectOneLineError(runCli(['normalize', file], { cwd: dir }), file, reason);
  });
});

describe.each(COMMANDS.filter((c) => c.name !== 'normalize'))('$name on broken input', ({ args }) => {
  it.each(BROKEN.filter((b) => ['missing.txt', 'loop-a.txt', 'image.png'].includes(b.file)))('$name: exit 2, one line naming the file', ({ file, reason }) => {
    expectOneLineError(runCli(args(file), { cwd: dir }), file, reason);
  });
});

describe('no output file is written when the input is broken', () => {
  it.each([
    { name: 'check --output', args: ['check', 'missing.txt', '--output', 'report.json', '--format', 'json'], out: 'report.json' },
    { name: 'align --output', args: ['align', 'zh.txt', 'image.png', '--output', 'beads.txt'], out: 'beads.txt' },
    { name: 'export --output', args: ['export', 'zh.txt', 'empty.txt', '--format', 'tmx', '--output', 'pair.tmx'], out: 'pair.tmx' },
  ])('$name', ({ args, out }) => {
    const before = readdirSync(dir).sort();
    const r = runCli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(existsSync(join(dir, out))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('run on a broken corpus', () => {
  const cases: Array<{ name: string; files: Record<string, string | Buffer>; links?: Record<string, string>; reason: RegExp; names: string }> = [
    {
      name: 'a manifest document outside the corpus folder (relative)',
      files: { 'manifest.json': manifest([{ id: 'x', file: '../outside.txt', language: 'en' }]), '../outside.txt': PAIR_EN },
      reason: /outside the corpus/,
      names: 'manifest.json',
    },
    {
      name: 'a manifest document outside the corpus folder (absolute)',
      files: { 'manifest.json': manifest([{ id: 'x', file: '/etc/hostname', language: 'en' }]) },
      reason: /outside the corpus/,
      names: 'manifest.json',
    },
    {
      name: 'a symbolic link in documents/ that leads outside the corpus folder',
      files: { 'documents/a.zh.txt': PAIR_ZH, '../secret.en.txt': PAIR_EN },
      links: { 'documents/b.en.txt': '../../secret.en.txt' },
      reason: /symbolic link leads outside the corpus folder \(to .*secret\.en\.txt\)/,
      names: 'b.en.txt',
    },
    {
      name: 'a manifest document that is a symbolic link leading outside the corpus folder',
      files: { 'manifest.json': manifest([{ id: 'x', file: 'documents/b.en.txt', language: 'en' }]), '../secret.en.txt': PAIR_EN },
      links: { 'documents/b.en.txt': '../../secret.en.txt' },
      reason: /outside the corpus folder/,
      names: 'b.en.txt',
    },
    {
      name: 'a manifest document that does not exist',
      files: { 'manifest.json': manifest([{ id: 'x', file: 'documents/none.en.txt', language: 'en' }]) },
      reason: /no such file/,
      names: 'none.en.txt',
    },
    {
      name: 'a manifest that is not JSON',
      files: { 'manifest.json': '{"version": 1, "documents": [' },
      reason: /JSON/,
      names: 'manifest.json',
    },
    {
      name: 'a manifest entry with a wrong field',
      files: { 'manifest.json': manifest([{ id: 'x', file: 'documents/a.en.txt', language: 'klingon' }]), 'documents/a.en.txt': PAIR_EN },
      reason: /documents\.0\.language/,
      names: 'manifest.json',
    },
    {
      name: 'a binary document in a corpus without manifest',
      files: { 'documents/a.zh.txt': PAIR_ZH, 'documents/b.en.txt': PNG },
      reason: /binary|PNG/i,
      names: 'b.en.txt',
    },
    {
      name: 'a document with a NUL byte in a corpus without manifest',
      files: { 'documents/a.zh.txt': PAIR_ZH, 'documents/b.en.txt': `${PAIR_EN}one more\0 line\n` },
      reason: /b\.en\.txt:10:9: NUL byte \(byte offset \d+\)/,
      names: 'b.en.txt',
    },
    {
      name: 'an empty document in a corpus without manifest',
      files: { 'documents/a.zh.txt': PAIR_ZH, 'documents/b.en.txt': '' },
      reason: /empty/,
      names: 'b.en.txt',
    },
  ];

  it.each(cases)('$name: exit 2, the old output folder untouched', ({ name, files, links, reason, names }) => {
    const root = join(dir, `run-${name.replace(/\W+/g, '-')}`);
    const corpus = join(root, 'corpus');
    mkdirSync(corpus, { recursive: true });
    writeFiles(corpus, files);
    for (const [path, target] of Object.entries(links ?? {})) {
      mkdirSync(dirname(join(corpus, path)), { recursive: true });
      symlinkSync(target, join(corpus, path));
    }
    writeFiles(root, previousOutput());
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: root });
    expectOneLineError(r, names, reason);
    expect(listTree(join(root, 'out'))).toEqual(PREVIOUS_OUTPUT);
    // No staging or backup folder left beside the output.
    expect(readdirSync(root).filter((f) => f === 'out' || f.startsWith('out.')).sort()).toEqual(['out']);
  });

  it('follows a symbolic link that stays inside the corpus folder', () => {
    const corpus = join(dir, 'run-inner-link', 'corpus');
    writeFiles(corpus, { 'documents/a.zh.txt': PAIR_ZH, 'originals/b.en.txt': PAIR_EN });
    symlinkSync('../originals/b.en.txt', join(corpus, 'documents', 'b.en.txt'));
    const r = runCli(['run', '--corpus', 'corpus', '--out', 'out', '--quiet'], { cwd: join(dir, 'run-inner-link') });
    expect(r.code, r.stderr).toBe(0);
    expect(listTree(join(dir, 'run-inner-link', 'out'))).toEqual(expect.arrayContaining(['a.zh/normalized.txt', 'b.en/normalized.txt']));
  });

  it('a corpus folder that does not exist: exit 2 naming it', () => {
    expectOneLineError(runCli(['run', '--corpus', 'no-such-corpus', '--out', 'out', '--quiet'], { cwd: dir }), 'no-such-corpus', /corpus folder/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

function manifest(documents: object[]): string {
  return JSON.stringify({ version: 1, documents }, null, 2);
}
