// The one place an output folder is written (`run --out`). Where a run may write: its output
// folder is replaced as a whole, so it must be a folder that is new, empty, or marked as a
// silkalign output (export/output-marker.ts); the corpus folder, a folder holding it or the
// current folder, and a folder of other files are refused before anything is read or written.
// `export --corpus` may not write its file into the corpus.
//
// How it is written: files go into a staging folder beside the target as the run produces them,
// and at the end the staging folder, with the marker, replaces the target in one rename, so an
// interrupted or failed run leaves the old output untouched. Writes are synchronous: this thread
// only writes while worker threads compute, and a unit's few files cost a third of the CPU time
// this way that the promise API's thread-pool round trips cost (about 14,000 files in a
// 2,000-pair run). Appended files stay open until commit or abort.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { lstat, readdir, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../export/index.js';
import type { OutputSink } from '../pipeline/index.js';
import { writeError } from './io.js';

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

export class OutputFolder implements OutputSink {
  readonly target: string;
  readonly staging: string;
  private readonly files = new Set<string>();
  private readonly open = new Map<string, number>();
  private readonly folders = new Set<string>();
  private started = false;

  /** `dir` as given, for messages. */
  constructor(private readonly dir: string) {
    this.target = resolve(dir);
    this.staging = `${this.target}.tmp-${randomBytes(6).toString('hex')}`;
  }

  /** Files the run wrote so far (the marker aside). */
  get fileCount(): number {
    return this.files.size;
  }

  write(rel: string, content: string): void {
    this.guard(() => writeFileSync(this.pathOf(rel), content));
    this.files.add(rel);
  }

  append(rel: string, content: string): void {
    this.guard(() => {
      let fd = this.open.get(rel);
      if (fd === undefined) this.open.set(rel, (fd = openSync(this.pathOf(rel), 'a')));
      // writeSync may write less than asked: loop until the whole text is out.
      const bytes = Buffer.from(content);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    });
    this.files.add(rel);
  }

  /** Swaps the staging folder, marked as a silkalign output, in for the target. */
  async commit(): Promise<void> {
    this.guard(() => {
      this.closeAll();
      // Not counted among the files the run wrote.
      writeFileSync(this.pathOf(OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    });
    const old = `${this.target}.old-${randomBytes(6).toString('hex')}`;
    try {
      await rename(this.target, old).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await rename(this.staging, this.target);
    } catch (err) {
      throw writeError(err, this.dir);
    }
    await rm(old, { recursive: true, force: true });
  }

  /** Removes the staging folder; the target is left as it was. */
  async abort(): Promise<void> {
    this.closeAll();
    await rm(this.staging, { recursive: true, force: true });
  }

  private pathOf(rel: string): string {
    this.ensureStaging();
    const path = join(this.staging, ...rel.split('/'));
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    return path;
  }

  private ensureStaging(): void {
    if (this.started) return;
    mkdirSync(this.staging, { recursive: true });
    this.started = true;
  }

  private closeAll(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }

  /** A file-system error while writing, as an InputError naming the output folder (exit 2). */
  private guard(write: () => void): void {
    try {
      write();
    } catch (err) {
      throw writeError(err, this.dir);
    }
  }
}
