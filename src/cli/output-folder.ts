// Where `run` may write: its output folder is replaced as a whole, so it must be a folder that
// is new, empty, or marked as a silkalign output (export/output-marker.ts). The corpus folder,
// a folder holding it or the current folder, and a folder of other files are refused before
// anything is read or written. `export --corpus` may not write its file into the corpus.
import { lstat, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../export/index.js';
import { writeTreeAtomic } from './io.js';

const REMEDY = 'name a new or empty folder with --out (run replaces its output folder as a whole)';

/** `inner` is `outer` or lies below it (both absolute, resolved). */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The real absolute path of `path`: symbolic links followed, also for a path not yet created. */
async function realLocation(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(await realLocation(parent), basename(absolute));
}

/**
 * Checks that `out` may be replaced by a run over `corpus`; returns the folder to write (a
 * symbolic link followed to its folder, which then keeps the link). Throws an InputError, exit 2.
 */
export async function checkOutputFolder(out: string, corpus: string): Promise<string> {
  const refuse = (why: string) => new InputError(`${why}; ${REMEDY}`, { file: out });
  const link = await lstat(out).catch(() => undefined);
  const target = await realLocation(out);
  if (link?.isSymbolicLink() && !(await realpath(out).then(() => true, () => false))) throw refuse('is a symbolic link to nothing');
  const corpusReal = await realpath(corpus).catch(() => undefined);
  if (corpusReal !== undefined) {
    if (target === corpusReal) throw refuse('is the corpus folder');
    if (within(corpusReal, target)) throw refuse(`contains the corpus folder (${corpus})`);
  }
  const cwd = await realpath(process.cwd()).catch(() => process.cwd());
  if (target === cwd) throw refuse('is the current folder');
  if (within(cwd, target)) throw refuse('contains the current folder');
  const stat = await lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw refuse(`cannot be examined (${err.code ?? String(err)})`);
  });
  // The path as given, unless it is a link: then its folder (renaming the link would replace it).
  const folder = link?.isSymbolicLink() ? target : out;
  if (stat === undefined) return folder;
  if (!stat.isDirectory()) throw refuse('is a file, not a folder');
  const names = await readdir(target).catch((err: NodeJS.ErrnoException) => {
    throw refuse(`cannot be listed (${err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : (err.code ?? String(err))})`);
  });
  if (names.length === 0) return folder;
  const marker = await lstat(join(target, OUTPUT_MARKER)).catch(() => undefined);
  if (marker?.isFile()) return folder;
  const example = names.filter((n) => !n.startsWith('.')).sort()[0] ?? names.sort()[0];
  throw refuse(`holds other files (such as "${example}") and no ${OUTPUT_MARKER} marker, so it is not a silkalign output`);
}

/** Replaces folder `dir` with `tree` and the output marker, atomically (see writeTreeAtomic). */
export async function writeOutputFolder(dir: string, tree: ReadonlyMap<string, string>, signal?: AbortSignal): Promise<void> {
  await writeTreeAtomic(dir, new Map([...tree, [OUTPUT_MARKER, OUTPUT_MARKER_TEXT]]), signal);
}

/**
 * `export --corpus`: the output files must not land in the corpus folder, where they would
 * replace or join its documents, manifest or decisions.
 */
export async function checkExportFiles(paths: readonly string[], corpus: string): Promise<void> {
  const corpusReal = await realpath(corpus).catch(() => undefined);
  if (corpusReal === undefined) return;
  for (const path of paths) {
    const target = await realLocation(path);
    if (within(target, corpusReal) || within(corpusReal, target)) {
      throw new InputError(`is inside the corpus folder (${corpus}), whose files an export must not replace or join; write it elsewhere, e.g. --output corpus.tmx`, { file: path });
    }
  }
}
