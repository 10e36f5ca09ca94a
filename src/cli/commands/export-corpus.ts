// `silkalign export --corpus DIR`: every pair of a corpus folder (declared counterparts and
// pairs found by the pipeline's pairing) as ONE parallel file, pairs in the order of their ids.
// Units are computed on --jobs threads (pipeline/parallel/export.ts) and each pair's segments
// appended to a temporary file beside the output as they arrive (TMX: one header, units
// renumbered, one footer), renamed into place at the end: an error or Ctrl-C leaves no file.
import { open, rm, type FileHandle } from 'node:fs/promises';
import { InterruptedError } from '../../errors.js';
import type { ParallelSegment } from '../../export/index.js';
import { packageVersion } from '../package-info.js';
import { startProgress } from '../progress.js';
import { interruptible } from '../interrupt.js';
import { replaceFiles, temporaryPathFor, writeError, type FileMove } from '../io.js';

export interface CorpusExportOptions {
  corpus: string;
  format: 'tmx' | 'tsv' | 'jsonl' | 'moses';
  output: string;
  minScore: number;
  jobs: number;
  glossary?: string;
  decisions?: string;
  keepBoilerplate?: boolean;
  quiet?: boolean;
}

/** An output file written through a temporary sibling, renamed into place by `commit`. */
class StagedFile {
  private readonly tmp: string;
  private handle: FileHandle | undefined;
  constructor(readonly path: string) {
    this.tmp = temporaryPathFor(path);
  }
  async append(text: string): Promise<void> {
    if (!this.handle) this.handle = await open(this.tmp, 'w').catch((err: unknown) => {
      throw writeError(err, this.path);
    });
    if (text) await this.handle.appendFile(text);
  }
  /** Closes the finished temporary file: replaceFiles then puts it in place. */
  async finish(): Promise<FileMove> {
    await this.append('');
    await this.handle!.close();
    this.handle = undefined;
    return { tmp: this.tmp, path: this.path };
  }
  async abort(): Promise<void> {
    await this.handle?.close().catch(() => {});
    await rm(this.tmp, { force: true });
  }
}

/** The formatted text of one pair's segments, per output file; TMX units numbered on. */
type Formatter = (segments: ParallelSegment[]) => string[];

async function formatterFor(format: CorpusExportOptions['format']): Promise<{ head: string[]; body: Formatter; tail: string[] }> {
  const { formatJsonl, formatMoses, formatTmx, formatTsv, renumberTmxUnits, splitTmx } = await import('../../export/index.js');
  switch (format) {
    case 'tsv':
      return { head: [''], body: (s) => [formatTsv(s)], tail: [''] };
    case 'jsonl':
      return { head: [''], body: (s) => [formatJsonl(s)], tail: [''] };
    case 'moses':
      return { head: ['', ''], body: (s) => Object.values(formatMoses(s)), tail: ['', ''] };
    case 'tmx': {
      // One header and footer; every pair's units numbered on (as run's parallel.tmx).
      const frame = splitTmx(formatTmx([], { toolVersion: packageVersion() }))!;
      let last = 0;
      const body: Formatter = (segments) => {
        const renumbered = renumberTmxUnits(splitTmx(formatTmx(segments, { toolVersion: packageVersion() }))!.units, last);
        last = renumbered.last;
        return [renumbered.units];
      };
      return { head: [frame.head], body, tail: [frame.tail] };
    }
  }
}

export async function exportCorpus(opts: CorpusExportOptions): Promise<void> {
  const { loadCorpus, readManifest } = await import('../../corpus/index.js');
  const { corpusUnits, exportUnitsParallel } = await import('../../pipeline/parallel/index.js');
  const { corpusDecisions, loadDecisionsFile } = await import('./fix-decisions.js');
  const { loadGlossary } = await import('../../glossary/index.js');
  loadGlossary(opts.glossary); // an invalid glossary is named before any work
  // Reviewer decisions: --decisions, else the corpus's decisions.json (as `run`).
  const decisions = opts.decisions === undefined ? await corpusDecisions(opts.corpus) : (await loadDecisionsFile(opts.decisions)).decisions;
  const manifest = await readManifest(opts.corpus);
  // Without a manifest the corpus is one unit, found and read as `run` reads it.
  const loaded = manifest ? undefined : await loadCorpus(opts.corpus);
  const units = manifest ? corpusUnits(manifest.documents) : [loaded!.map((e) => e.entry)];
  const paths = opts.format === 'moses' ? [`${opts.output}.zh`, `${opts.output}.en`] : [opts.output];
  await (await import('../output-folder.js')).checkExportFiles(paths, opts.corpus);
  const files = paths.map((p) => new StagedFile(p));
  const format = await formatterFor(opts.format);
  const progress = startProgress(units.length, 'silkalign export', { enabled: !opts.quiet && units.length > 1 });
  let segments = 0;
  const writeAll = (texts: string[]) => Promise.all(files.map((f, i) => f.append(texts[i])));
  await interruptible('no output file was written', async (signal) => {
    try {
      await writeAll(format.head);
      const done = await exportUnitsParallel({
        corpus: opts.corpus,
        units,
        sources: loaded ? [loaded.map((e) => e.source)] : undefined,
        jobs: opts.jobs,
        options: { keepBoilerplate: opts.keepBoilerplate, decisions, glossary: opts.glossary, minScore: opts.minScore },
        onPair: async (pair) => {
          segments += pair.segments.length;
          if (pair.segments.length) await writeAll(format.body(pair.segments));
        },
        onProgress: (n, documents) => progress.update(n, { documents }),
        signal,
      });
      await writeAll(format.tail);
      progress.stop();
      if (signal.aborted) throw new InterruptedError();
      const moves: FileMove[] = [];
      for (const f of files) moves.push(await f.finish());
      // Moses: NAME.zh and NAME.en replace the old pair together or not at all.
      await replaceFiles(moves);
      if (!opts.quiet) {
        process.stderr.write(`silkalign: ${segments} sentence pairs scored ≥ ${opts.minScore} from ${done.pairs} document pairs (${done.documents} documents) written to ${paths.join(' and ')}\n`);
      }
    } catch (err) {
      progress.stop();
      await Promise.all(files.map((f) => f.abort()));
      throw err;
    }
  });
}
