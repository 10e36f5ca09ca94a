// Replacing output files all or none: Moses output is two files (NAME.zh, NAME.en) that only
// make sense together, so a failure while putting them in place must leave the old pair.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSystemError, replaceFiles, writeFilesAtomic } from '../../src/cli/io.js';
import { InputError } from '../../src/errors.js';
import { open } from 'node:fs/promises';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'silkalign-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Two finished temporary files for NAME.zh and NAME.en, with new content. */
function stagedPair(): Array<{ tmp: string; path: string }> {
  return ['zh', 'en'].map((side) => {
    const tmp = join(dir, `.train.${side}.tmp`);
    writeFileSync(tmp, `new ${side}\n`);
    return { tmp, path: join(dir, `train.${side}`) };
  });
}

describe('replaceFiles', () => {
  it('replaces every file and leaves nothing else behind', async () => {
    writeFileSync(join(dir, 'train.zh'), 'old zh\n');
    await replaceFiles(stagedPair());
    expect(readFileSync(join(dir, 'train.zh'), 'utf8')).toBe('new zh\n');
    expect(readFileSync(join(dir, 'train.en'), 'utf8')).toBe('new en\n');
    expect(readdirSync(dir).sort()).toEqual(['train.en', 'train.zh']);
  });

  it('puts the old files back when a later rename fails after an earlier one succeeded', async () => {
    writeFileSync(join(dir, 'train.zh'), 'old zh\n');
    writeFileSync(join(dir, 'train.en'), 'old en\n');
    const moves = stagedPair();
    // The second file's final rename fails (as a full disk or a lost mount would make it).
    const failing = async (from: string, to: string) => {
      if (from === moves[1].tmp) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return rename(from, to);
    };
    await expect(replaceFiles(moves, { rename: failing })).rejects.toThrow(/train\.en.*no space left/);
    expect(readFileSync(join(dir, 'train.zh'), 'utf8')).toBe('old zh\n');
    expect(readFileSync(join(dir, 'train.en'), 'utf8')).toBe('old en\n');
    expect(readdirSync(dir).sort()).toEqual(['train.en', 'train.zh']);
  });

  it('refuses a folder in the way before anything moves', async () => {
    writeFileSync(join(dir, 'train.zh'), 'old zh\n');
    mkdirSync(join(dir, 'train.en'));
    await expect(replaceFiles(stagedPair())).rejects.toThrow(/train\.en.*folder/);
    expect(readFileSync(join(dir, 'train.zh'), 'utf8')).toBe('old zh\n');
    expect(readdirSync(dir).sort()).toEqual(['train.en', 'train.zh']);
  });
});

describe('writeFilesAtomic', () => {
  it('writes a new pair of files', async () => {
    await writeFilesAtomic([
      [join(dir, 'a.zh'), '甲\n'],
      [join(dir, 'a.en'), 'A\n'],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.en', 'a.zh']);
    expect(readFileSync(join(dir, 'a.zh'), 'utf8')).toBe('甲\n');
  });

  it('writes neither file when one cannot be written', async () => {
    await expect(
      writeFilesAtomic([
        [join(dir, 'a.zh'), '甲\n'],
        [join(dir, 'missing', 'a.en'), 'A\n'],
      ]),
    ).rejects.toThrow(/a\.en/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('fileSystemError: the last word on a file-system error no command explained', () => {
  it('a real error of the file system becomes one InputError naming the path (exit 2)', async () => {
    const err = await open(join(dir, 'missing', 'x.txt'), 'r').catch((e: unknown) => e);
    const input = fileSystemError(err);
    expect(input).toBeInstanceOf(InputError);
    expect(input!.exitCode).toBe(2);
    expect(input!.message).toBe(`${join(dir, 'missing', 'x.txt')}: open failed (no such file or folder); check the path, its permissions and the free space`);
  });

  it('anything else is left alone (a bug stays a bug)', () => {
    expect(fileSystemError(new TypeError('x is not a function'))).toBeUndefined();
    expect(fileSystemError(Object.assign(new Error('odd'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    expect(fileSystemError(undefined)).toBeUndefined();
  });
});
