// The files the review server touches: the output folder it serves (read only, nothing outside
// it, not even through a link) and the decisions file, the one file it writes. Writes go one at a
// time, by way of a temporary file beside the target and a rename, so a reader never sees half
// a file; a decisions file that is a link is written through, its mode kept.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { emptyDecisions, parseDecisions, serializeDecisions, type DecisionFile } from '../fix/index.js';

/** A path segment a request may name: no `..`, `.`, separator or NUL, after decoding. */
export const safeSegment = (s: string): boolean => s !== '' && s !== '.' && s !== '..' && !/[/\\\0]/.test(s);

export class OutputFiles {
  private constructor(readonly root: string) {}

  /** The output folder, resolved through links once: every file served must lie inside it. */
  static async open(folder: string): Promise<OutputFiles> {
    return new OutputFiles(await realpath(folder));
  }

  /** A regular file inside the folder named by decoded `segments`, or undefined. */
  async file(segments: readonly string[]): Promise<string | undefined> {
    if (segments.length === 0 || !segments.every(safeSegment)) return undefined;
    const path = await realpath(join(this.root, ...segments)).catch(() => undefined);
    if (!path || !path.startsWith(this.root + sep)) return undefined;
    const info = await stat(path).catch(() => undefined);
    return info?.isFile() ? path : undefined;
  }

  async read(segments: readonly string[]): Promise<Buffer | undefined> {
    const path = await this.file(segments);
    return path === undefined ? undefined : readFile(path);
  }
}

export class DecisionsStore {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(readonly path: string) {}

  /** The file as it is now (none yet: no decisions). Throws an InputError for an invalid file. */
  async load(): Promise<DecisionFile> {
    if (!existsSync(this.path)) return emptyDecisions();
    return parseDecisions(await readFile(this.path, 'utf8'), this.path);
  }

  /** Reads, changes and writes the file, one change at a time; resolves to the file written. */
  update(change: (file: DecisionFile) => DecisionFile): Promise<DecisionFile> {
    const next = this.queue.then(async () => {
      const file = change(await this.load());
      await writeAtomic(this.path, serializeDecisions(file));
      return file;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function writeAtomic(path: string, content: string): Promise<void> {
  const target = existsSync(path) ? await realpath(path) : resolve(path);
  const mode = existsSync(target) ? (await stat(target)).mode & 0o7777 : 0o644;
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content, { mode, flag: 'wx' });
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
