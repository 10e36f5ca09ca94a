// `fix --write`: replacing a user's text file as a careful editor does. A symbolic link is
// written through (its target replaced, the link kept); the new file gets the old one's mode,
// owner and group, its encoding and byte-order mark; a read-only file, a file of another user,
// a file with several hard links or in a folder that cannot be written is refused before
// anything is written; the replacement is a rename of a finished, synced temporary file, with
// the original first copied to FILE.orig. Every refusal or failure is one InputError (exit 2).
import { constants } from 'node:fs';
import { access, copyFile, open, readFile, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeBytes, encodeLike, fsReason, lineColumn, lineStarts, type EncodingObstacle } from '../corpus/index.js';
import { InputError } from '../errors.js';
import type { SourceText } from '../types.js';
import { temporaryPathFor } from './io.js';

const NOTHING_WRITTEN = 'nothing was written (drop --write to get the diff)';

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' };

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A file-system error of `step` on `file` as a one-line InputError. */
function failure(file: string, step: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const reason = fsReason(err as NodeJS.ErrnoException);
  return new InputError(`cannot ${step} (${reason}): check the file and its folder; ${NOTHING_WRITTEN}`, { file });
}

/** Where a character stops the write, as line and column of `text`. */
function obstacleAt(file: string, text: string, obstacle: EncodingObstacle): { file: string; line: number; column: number } {
  return { file, ...lineColumn(lineStarts(text), obstacle.index) };
}

/** `bytes` still decode to `text` (a file someone changed meanwhile does not). */
function sameText(bytes: Uint8Array, text: string): boolean {
  try {
    return decodeBytes(bytes, '').text === text;
  } catch {
    return false;
  }
}

export interface RewriteResult {
  /** FILE.orig, when this write created it. */
  backup?: string;
}

/**
 * Replaces the text of `file` (read as `source`) with `text`. `backup`: copy the original to
 * FILE.orig first, unless that file exists (the earliest original is kept).
 */
export async function rewriteTextFile(file: string, source: SourceText, text: string, options: { backup: boolean }): Promise<RewriteResult> {
  const refuse = (why: string) => new InputError(`${why}; ${NOTHING_WRITTEN}`, { file });
  // Through symbolic links to the file itself: the link stays as it is.
  const target = await realpath(file).catch((err: unknown) => Promise.reject(failure(file, 'find the file', err)));
  const before = await stat(target).catch((err: unknown) => Promise.reject(failure(file, 'examine the file', err)));
  if (!before.isFile()) throw refuse('is not a regular file');
  const mode = before.mode & 0o7777;
  if ((mode & 0o222) === 0) throw refuse(`is read-only (mode ${mode.toString(8).padStart(4, '0')}); make it writable first (chmod u+w) to fix it in place`);
  if (before.nlink > 1) throw refuse(`has ${before.nlink} hard links, which replacing it would separate (the other names would keep the old text); fix a copy`);
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && before.uid !== uid) throw refuse(`belongs to another user (uid ${before.uid}), whom replacing it would dispossess; run fix as that user`);
  await access(target, constants.W_OK).catch(() => Promise.reject(refuse('is not writable for you (permission denied)')));
  const folder = dirname(target);
  await access(folder, constants.W_OK | constants.X_OK).catch(() =>
    Promise.reject(refuse(`its folder ${folder} is not writable (the fixed text is written beside the file, then renamed over it)`)),
  );

  // The file as it is now, which must still be what was read and fixed.
  const original = await readFile(target).catch((err: unknown) => Promise.reject(failure(file, 'read the file again', err)));
  if (!sameText(original, source.text)) throw refuse('changed while it was being fixed; run fix again');
  const encoded = await encodeLike(original, source.encoding, source.text, text).catch((err: unknown) => Promise.reject(failure(file, 'encode the fixed text', err)));
  const name = ENCODING_NAMES[source.encoding === 'utf-8-bom' ? 'utf-8' : source.encoding] ?? source.encoding;
  if ('unencodable' in encoded) {
    const { char } = encoded.unencodable;
    throw new InputError(`the fixed text has "${char}" (${codePoint(char)}) here, which ${name} cannot hold: convert the file to UTF-8 and fix it again; ${NOTHING_WRITTEN}`, obstacleAt(file, text, encoded.unencodable));
  }
  if ('irreproducible' in encoded) {
    const { char } = encoded.irreproducible;
    const what = char ? `"${char}" (${codePoint(char)})` : 'the end of the file';
    throw new InputError(`${what} would not be written back as the ${name} bytes it was read from: convert the file to UTF-8 and fix it again; ${NOTHING_WRITTEN}`, obstacleAt(file, source.text, encoded.irreproducible));
  }

  const tmp = temporaryPathFor(target);
  let handle: FileHandle | undefined;
  let backup: string | undefined;
  try {
    handle = await open(tmp, 'wx', 0o600);
    await handle.writeFile(encoded.bytes);
    // Mode, owner and group of the old file (the umask and our own ids would give others).
    await handle.chmod(mode);
    const written = await handle.stat();
    if (written.uid !== before.uid || written.gid !== before.gid) {
      await handle.chown(before.uid, before.gid).catch(() =>
        Promise.reject(refuse(`its owner and group (${before.uid}:${before.gid}) cannot be kept by you; run fix as its owner`)),
      );
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.backup) {
      const path = `${file}.orig`;
      const created = await copyFile(target, path, constants.COPYFILE_EXCL).then(
        () => true,
        (err: NodeJS.ErrnoException) => (err.code === 'EEXIST' ? false : Promise.reject(failure(path, 'keep a copy of the original', err))),
      );
      if (created) backup = path;
    }
    // The file may have changed while it was being fixed: then nothing is replaced.
    if (!(await readFile(target)).equals(original)) throw refuse('changed while it was being fixed; run fix again');
    await rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => {});
    await rm(tmp, { force: true });
    if (backup) await rm(backup, { force: true });
    throw failure(file, 'write the file', err);
  }
  return backup ? { backup } : {};
}
