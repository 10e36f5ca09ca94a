// The output folder of a run over many units, written as the units finish (in unit order):
// each unit's own files go straight into a staging folder beside the target and are dropped
// from memory; corpus-level files are appended (TSV, JSONL, TMX units renumbered) or merged
// (index.md, index.html). At the end the staging folder replaces the target in one rename, so
// an interrupted run leaves the old output untouched.
//
// Writes are synchronous: this thread only writes while worker threads compute, and a unit's
// few files cost a third of the CPU time this way that the promise API's thread-pool round trips
// cost (about 14,000 files in a 2,000-pair run). Appended files stay open until commit or abort.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, renumberTmxUnits, splitTmx } from '../../export/index.js';
import { TemplateMerge } from './merge.js';

export class StagedOutput {
  readonly target: string;
  readonly staging: string;
  private files = 0;
  private readonly merges = new Map<string, TemplateMerge>();
  /** Appended corpus-level files (TSV, JSONL, TMX), and their descriptors while open. */
  private readonly appended = new Set<string>();
  private readonly open = new Map<string, number>();
  private readonly folders = new Set<string>();
  private readonly tmxTail = new Map<string, string>();
  private readonly tmxCount = new Map<string, number>();
  private started = false;

  constructor(dir: string) {
    this.target = resolve(dir);
    this.staging = `${this.target}.tmp-${randomBytes(6).toString('hex')}`;
  }

  get fileCount(): number {
    return this.files + this.merges.size + this.appended.size;
  }

  /** Adds one unit's files (relative POSIX paths), in unit order. */
  async addUnit(files: Iterable<[string, string]>): Promise<void> {
    if (!this.started) {
      mkdirSync(this.staging, { recursive: true });
      this.started = true;
    }
    for (const [rel, content] of files) {
      if (rel.includes('/')) {
        const path = join(this.staging, ...rel.split('/'));
        const folder = dirname(path);
        if (!this.folders.has(folder)) {
          mkdirSync(folder, { recursive: true });
          this.folders.add(folder);
        }
        writeFileSync(path, content);
        this.files++;
      } else this.addCorpusFile(rel, content);
    }
  }

  private addCorpusFile(name: string, content: string): void {
    if (/\.(tsv|jsonl)$/.test(name)) return this.append(name, content);
    if (name.endsWith('.tmx')) return this.addTmx(name, content);
    const merge = this.merges.get(name) ?? new TemplateMerge(name.endsWith('.html'));
    this.merges.set(name, merge);
    merge.add(content);
  }

  /** Appends to a corpus-level file, opening it on first use. */
  private append(name: string, content: string): void {
    let fd = this.open.get(name);
    if (fd === undefined) {
      this.open.set(name, (fd = openSync(join(this.staging, name), 'a')));
      this.appended.add(name);
    }
    // writeSync may write less than asked: loop until the whole text is out.
    const bytes = Buffer.from(content);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  }

  /** TMX: the first unit's header, every unit's translation units renumbered, one footer. */
  private addTmx(name: string, content: string): void {
    const parts = splitTmx(content);
    if (!parts) return;
    if (!this.tmxTail.has(name)) {
      this.append(name, parts.head);
      this.tmxTail.set(name, parts.tail);
      this.tmxCount.set(name, 0);
    }
    const { units, last } = renumberTmxUnits(parts.units, this.tmxCount.get(name)!);
    this.tmxCount.set(name, last);
    this.append(name, units);
  }

  private closeAppended(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }

  /** Writes the merged files and swaps the staging folder in for the target. */
  async commit(): Promise<void> {
    if (!this.started) mkdirSync(this.staging, { recursive: true });
    for (const [name, tail] of this.tmxTail) this.append(name, tail);
    this.closeAppended();
    for (const [name, merge] of this.merges) writeFileSync(join(this.staging, name), merge.text());
    writeFileSync(join(this.staging, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    const old = `${this.target}.old-${randomBytes(6).toString('hex')}`;
    await rename(this.target, old).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await rename(this.staging, this.target);
    await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    this.closeAppended();
    await rm(this.staging, { recursive: true, force: true });
  }
}
