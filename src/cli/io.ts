// Writing results: stdout or a file, always atomically, to the file output-file.ts says may be
// replaced (output folders: output-folder.ts).
import { chmod, chown, copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import { outputTarget, type OutputTarget } from './output-file.js';

/** A file-system error while writing output, as an InputError naming the target (exit 2). */
export function writeError(err: unknown, target: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
  };
  return code && why[code] ? new InputError(`cannot write the output (${why[code]}); choose another path`, { file: target }) : err;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'name too long',
  EEXIST: 'already exists',
  EBUSY: 'busy',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * Any file-system error that reached the command line unexplained, as one InputError naming its
 * path (exit 2, no stack trace): undefined for errors that are not the file system's.
 */
export function fileSystemError(err: unknown): InputError | undefined {
  const { code, path, syscall } = (err ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof syscall !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const reason = FS_REASONS[code] ?? code;
  return new InputError(`${syscall} failed (${reason}); check the path, its permissions and the free space`, { file: path ?? '(unknown file)' });
}

/** A fresh hidden temporary name beside `path` (same folder, so a rename replaces it atomically). */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Gives a finished temporary file the mode, owner and group of the file it replaces (owner and group: when allowed). */
async function keepAttributes(tmp: string, target: OutputTarget): Promise<void> {
  if (!target.keep) return;
  await chmod(tmp, target.keep.mode);
  await chown(tmp, target.keep.uid, target.keep.gid).catch(() => {});
}

/** Writes `content` to `path` (through a link to its file) by way of a temporary file in the same folder and a rename. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const target = await outputTarget(path);
  if (target.special) {
    await writeFile(target.path, content).catch((err: unknown) => Promise.reject(writeError(err, path)));
    return;
  }
  const tmp = temporaryPathFor(target.path);
  try {
    await writeFile(tmp, content);
    await keepAttributes(tmp, target);
    await rename(tmp, target.path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw writeError(err, path);
  }
}

/** A finished temporary file and the path it is to replace. */
export interface FileMove {
  tmp: string;
  path: string;
}

/**
 * Renames each temporary file onto its path (through a link: onto its file), all or none (Moses
 * output is two files that only make sense together): existing files are moved aside first, and
 * put back, with the new ones removed, if any rename fails. A path that must not be replaced (a
 * folder, a read-only file: output-file.ts) is refused before anything moves; a device or a pipe
 * is written into once the files are in place.
 */
export async function replaceFiles(moves: readonly FileMove[], fs: { rename: (from: string, to: string) => Promise<void> } = { rename }): Promise<void> {
  const asides: Array<{ path: string; aside: string }> = [];
  const placed: string[] = [];
  const staged: FileMove[] = [];
  const special: FileMove[] = [];
  let current = moves[0]?.path ?? '';
  try {
    for (const move of moves) {
      current = move.path;
      const target = await outputTarget(move.path);
      if (target.special) {
        special.push({ tmp: move.tmp, path: target.path });
        continue;
      }
      // A link to another folder: the file is staged beside its target, so that the rename stays on one file system.
      let tmp = move.tmp;
      if (dirname(tmp) !== dirname(target.path)) {
        tmp = temporaryPathFor(target.path);
        await copyFile(move.tmp, tmp);
      }
      staged.push({ tmp, path: target.path });
      await keepAttributes(tmp, target);
    }
    for (const { path } of staged) {
      current = path;
      const aside = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.old`);
      const moved = await fs.rename(path, aside).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return false;
          throw err;
        },
      );
      if (moved) asides.push({ path, aside });
    }
    for (const { tmp, path } of staged) {
      current = path;
      await fs.rename(tmp, path);
      placed.push(path);
    }
    for (const { tmp, path } of special) {
      current = path;
      await writeFile(path, await readFile(tmp));
    }
  } catch (err) {
    for (const path of placed) await rm(path, { force: true });
    for (const { path, aside } of asides) await fs.rename(aside, path).catch(() => {});
    for (const { tmp } of [...moves, ...staged]) await rm(tmp, { force: true });
    throw writeError(err, current);
  }
  for (const { aside } of asides) await rm(aside, { force: true });
  for (const { tmp } of [...moves, ...staged]) await rm(tmp, { force: true });
}

/** Writes `files` (path → content) by way of temporary files, then replaces them all or none. */
export async function writeFilesAtomic(files: ReadonlyArray<[string, string]>): Promise<void> {
  const moves = files.map(([path]) => ({ path, tmp: temporaryPathFor(path) }));
  try {
    for (const [k, [path, content]] of files.entries()) await writeFile(moves[k].tmp, content).catch((err: unknown) => Promise.reject(writeError(err, path)));
  } catch (err) {
    for (const { tmp } of moves) await rm(tmp, { force: true });
    throw err;
  }
  await replaceFiles(moves);
}

/** Writes the report to `--output FILE` atomically, or to stdout. */
export async function writeReport(output: string | undefined, content: string): Promise<void> {
  if (output === undefined || output === '-') {
    process.stdout.write(content);
    return;
  }
  await writeFileAtomic(output, content);
}
