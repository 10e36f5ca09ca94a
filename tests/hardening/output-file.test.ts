// `--output FILE` replaces that file and nothing else, as a careful editor would: through a
// symbolic link to its file (the link stays), keeping the file's mode; into a pipe rather than
// over it. A read-only file, a folder, a link to nothing and the command's own input are refused
// (exit 2, one line naming the file and what to do) with every file as it was. Naming a file
// with --output is the consent to replace it. Run as a user would: the CLI in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, createReadStream, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, runCli, type CliResult } from '../helpers/cli.js';
import { declaredPairsCorpus, listTree, PAIR_EN, PAIR_ZH, removeScratch, scratch, treeSnapshot, writeFiles } from './helpers.js';

let root: string;
beforeAll(() => {
  root = scratch('silkalign-output-file-');
  writeFiles(root, {
    ...Object.fromEntries(Object.entries(declaredPairsCorpus(1)).map(([k, v]) => [`corpus/${k}`, v])),
    'talks.zh.txt': PAIR_ZH,
    'talks.en.txt': PAIR_EN,
    'm.zh': PAIR_ZH,
    'm.en': PAIR_EN,
    'exports/kept.tmx': 'an earlier export\n',
    'exports/private.jsonl': 'private\n',
    'exports/readonly.tmx': 'a file the user protected\n',
  });
  chmodSync(join(root, 'exports/private.jsonl'), 0o600);
  chmodSync(join(root, 'exports/readonly.tmx'), 0o444);
  symlinkSync('exports/kept.tmx', join(root, 'latest.tmx'));
  symlinkSync('exports/missing.tmx', join(root, 'dangling.tmx'));
  mkdirSync(join(root, 'folder.tmx'));
});
afterAll(() => removeScratch(root));

const cli = (args: string[]) => runCli(args, { cwd: root });

function expectRefused(r: CliResult, file: string, says: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(says);
  expect(lines[0]).toMatch(/nothing was written$/);
}

describe('--output names the one file replaced', () => {
  it.each([
    { name: 'a read-only file (export ZH EN)', args: ['talks.zh.txt', 'talks.en.txt', '-o', 'exports/readonly.tmx'], file: 'exports/readonly.tmx', says: /is read-only \(mode 0444\); make it writable \(chmod u\+w\)/ },
    { name: 'a read-only file (export --corpus)', args: ['--corpus', 'corpus', '-o', 'exports/readonly.tmx'], file: 'exports/readonly.tmx', says: /is read-only/ },
    { name: 'the English input', args: ['talks.zh.txt', 'talks.en.txt', '-o', 'talks.en.txt'], file: 'talks.en.txt', says: /is the input talks\.en\.txt, which the output would replace; write it elsewhere/ },
    { name: 'the inputs as Moses’s NAME.zh and NAME.en', args: ['m.zh', 'm.en', '--format', 'moses', '-o', 'm'], file: 'm.zh', says: /is the input m\.zh, which the output would replace/ },
    { name: 'a folder', args: ['--corpus', 'corpus', '-o', 'folder.tmx'], file: 'folder.tmx', says: /is a folder; give a file name/ },
    { name: 'a link to nothing', args: ['talks.zh.txt', 'talks.en.txt', '-o', 'dangling.tmx'], file: 'dangling.tmx', says: /is a symbolic link to a file that does not exist/ },
  ])('refuses $name and touches nothing', ({ args, file, says }) => {
    const before = treeSnapshot(root);
    const r = cli(['export', ...args]);
    expectRefused(r, file, says);
    expect(treeSnapshot(root)).toEqual(before);
  });

  it('writes through a symbolic link: the link stays, the file it points to is replaced', () => {
    const r = cli(['export', '--corpus', 'corpus', '-o', 'latest.tmx', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(root, 'latest.tmx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'latest.tmx'))).toBe('exports/kept.tmx');
    expect(readFileSync(join(root, 'exports/kept.tmx'), 'utf8')).toMatch(/^<\?xml[\s\S]*<tu tuid="1">/);
    expect(listTree(join(root, 'exports')).sort()).toEqual(['kept.tmx', 'private.jsonl', 'readonly.tmx']);
  });

  it('keeps the mode of the file it replaces (0600 stays 0600), and of ZH EN’s single file too', () => {
    const r = cli(['export', '--corpus', 'corpus', '--format', 'jsonl', '-o', 'exports/private.jsonl', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(root, 'exports/private.jsonl')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(root, 'exports/private.jsonl'), 'utf8')).toMatch(/^\{"zh":/);
    chmodSync(join(root, 'exports/private.jsonl'), 0o640);
    const pair = cli(['export', 'talks.zh.txt', 'talks.en.txt', '--format', 'jsonl', '-o', 'exports/private.jsonl', '--quiet']);
    expect(pair.code, pair.stderr).toBe(0);
    expect(statSync(join(root, 'exports/private.jsonl')).mode & 0o777).toBe(0o640);
  });

  it('writes into a pipe instead of replacing it', async () => {
    const fifo = join(root, 'pipe.tmx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [binPath, 'export', 'talks.zh.txt', 'talks.en.txt', '-o', 'pipe.tmx', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The read ends when the writer closes the pipe; a writer that never came is stood in for.
    const chunks: Buffer[] = [];
    const reader = createReadStream(fifo);
    reader.on('data', (c) => chunks.push(c as Buffer));
    const read = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const code = await exited;
    if (code !== 0) writeFileSync(fifo, '');
    await read;
    expect(code, stderr).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toMatch(/^<\?xml[\s\S]*<\/tmx>\n$/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
