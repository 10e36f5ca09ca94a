// Where `--output FILE` is written, as a careful editor writes: through a symbolic link to the
// file it points to (the link stays a link), keeping an existing file's mode, owner and group;
// into a device or a pipe (/dev/stdout) rather than over it. A folder, a link to nothing, a
// read-only file and one the user may not write are refused before anything is written (exit
// 2). Naming a file with --output is consent to replace that file, and only that one: a
// command's own input is refused as an output (checkNotInput).
import { constants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';

export interface OutputTarget {
  /** The file to replace: the path given, or the file its symbolic link points to. */
  path: string;
  /** The existing file's mode, owner and group, which its replacement keeps. */
  keep?: { mode: number; uid: number; gid: number };
  /** A device or a pipe: written into, never replaced. */
  special: boolean;
}

const NOTHING_WRITTEN = 'nothing was written';

/** Where `given` is to be written, or an InputError naming it when it must not be replaced. */
export async function outputTarget(given: string): Promise<OutputTarget> {
  const refuse = (why: string) => new InputError(`${why}; ${NOTHING_WRITTEN}`, { file: given });
  const link = await lstat(given).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw refuse(`cannot be examined (${err.code === 'EACCES' ? 'permission denied' : (err.code ?? String(err))}); choose another path`);
  });
  if (link === undefined) return { path: given, special: false };
  const path = link.isSymbolicLink()
    ? await realpath(given).catch(() => Promise.reject(refuse('is a symbolic link to a file that does not exist; give the file itself or another path')))
    : given;
  const file = link.isSymbolicLink() ? await stat(path) : link;
  if (file.isDirectory()) throw refuse('is a folder; give a file name');
  if (!file.isFile()) return { path, special: true };
  const mode = file.mode & 0o7777;
  if ((mode & 0o222) === 0) throw refuse(`is read-only (mode ${mode.toString(8).padStart(4, '0')}); make it writable (chmod u+w) to replace it, or choose another path`);
  await access(path, constants.W_OK).catch(() => Promise.reject(refuse('is not writable for you (permission denied); choose another path')));
  return { path, keep: { mode, uid: file.uid, gid: file.gid }, special: false };
}

/** Refuses an output that is one of the command's input files (through links too): writing it would destroy the input. */
export async function checkNotInput(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  const read = new Map<string, string>();
  for (const input of inputs) if (input !== '-') read.set(await real(input), input);
  for (const output of outputs) {
    const input = read.get(await real(output));
    if (input !== undefined) throw new InputError(`is the input ${input}, which the output would replace; write it elsewhere; ${NOTHING_WRITTEN}`, { file: output });
  }
}
