// The output folder of a run over many units, written as the units finish (in unit order):
// each unit's own files go straight into a staging folder beside the target and are dropped
// from memory; corpus-level files are appended (TSV, JSONL, TMX units renumbered) or merged
// (index.md, index.html). At the end the staging folder replaces the target in one rename, so
// an interrupted run leaves the old output untouched.
import { appendFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { renumberTmxUnits, splitTmx } from '../../export/index.js';
import { TemplateMerge } from './merge.js';

export class StagedOutput {
  readonly target: string;
  readonly staging: string;
  private files = 0;
  private readonly merges = new Map<string, TemplateMerge>();
  private readonly appended = new Set<string>();
  private readonly tmxTail = new Map<string, string>();
  private readonly tmxCount = new Map<string, number>();
  private started = false;

  constructor(dir: string) {
    this.target = resolve(dir);
    this.staging = `${this.target}.tmp-${randomBytes(6).toString('hex')}`;
  }

  get fileCount(): number {
    return this.files + this.merges.size + this.appended.size + this.tmxTail.size;
  }

  /** Adds one unit's files (relative POSIX paths), in unit order. */
  async addUnit(files: Iterable<[string, string]>): Promise<void> {
    if (!this.started) {
      await mkdir(this.staging, { recursive: true });
      this.started = true;
    }
    for (const [rel, content] of files) {
      if (rel.includes('/')) {
        const path = join(this.staging, ...rel.split('/'));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, content);
        this.files++;
      } else await this.addCorpusFile(rel, content);
    }
  }

  private async addCorpusFile(name: string, content: string): Promise<void> {
    const path = join(this.staging, name);
    if (/\.(tsv|jsonl)$/.test(name)) {
      if (!this.appended.has(name)) this.appended.add(name);
      await appendFile(path, content);
      return;
    }
    if (name.endsWith('.tmx')) return this.addTmx(name, path, content);
    const merge = this.merges.get(name) ?? new TemplateMerge(name.endsWith('.html'));
    this.merges.set(name, merge);
    merge.add(content);
  }

  /** TMX: the first unit's header, every unit's translation units renumbered, one footer. */
  private async addTmx(name: string, path: string, content: string): Promise<void> {
    const parts = splitTmx(content);
    if (!parts) return;
    if (!this.tmxTail.has(name)) {
      await writeFile(path, parts.head);
      this.tmxTail.set(name, parts.tail);
      this.tmxCount.set(name, 0);
    }
    const { units, last } = renumberTmxUnits(parts.units, this.tmxCount.get(name)!);
    this.tmxCount.set(name, last);
    await appendFile(path, units);
  }

  /** Writes the merged files and swaps the staging folder in for the target. */
  async commit(): Promise<void> {
    if (!this.started) await mkdir(this.staging, { recursive: true });
    for (const [name, merge] of this.merges) await writeFile(join(this.staging, name), merge.text());
    for (const [name, tail] of this.tmxTail) await appendFile(join(this.staging, name), tail);
    const old = `${this.target}.old-${randomBytes(6).toString('hex')}`;
    await rename(this.target, old).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(this.staging, this.target);
    await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
