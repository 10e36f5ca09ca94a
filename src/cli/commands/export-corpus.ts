// `silkalign export --corpus DIR`: every translation pair of a corpus (the manifest's declared
// counterparts and pairs found by the pipeline's pairing) as ONE parallel file, pairs in the order
// of their ids; with --comparable the comparable pairs' links too, each unit marked (the formats
// that cannot mark a relation are refused before: export.ts). `run`'s routing, in one file.
// Units are computed on --jobs threads (pipeline/export-corpus.ts) and each pair's segments
// written through the format's stream as they arrive, into a temporary file beside the output,
// renamed into place at the end: an error or Ctrl-C leaves no file.
import { open, rm, type FileHandle } from 'node:fs/promises';
import { GlossaryLoader } from '../../app/index.js';
import { InterruptedError } from '../../errors.js';
import { countOf } from '../../wording.js';
import type { ParallelFormat } from '../../export/index.js';
import { exportCorpusPairs, planCorpus, threadExecutor } from '../../pipeline/index.js';
import { checkExportFiles } from '../output-folder.js';
import { outputTarget } from '../output-file.js';
import { packageVersion } from '../package-info.js';
import { startProgress } from '../progress.js';
import { interruptible } from '../interrupt.js';
import { replaceFiles, temporaryPathFor, writeError, type FileMove } from '../io.js';
import { runDecisions } from './decisions-file.js';

export interface CorpusExportOptions {
  corpus: string;
  format: ParallelFormat;
  output: string;
  minScore: number;
  /** Comparable pairs' links too (the format marks each unit's relation). */
  comparable?: boolean;
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

export async function exportCorpus(opts: CorpusExportOptions): Promise<void> {
  // An invalid glossary or decisions file is named before any work.
  const glossary = { file: new GlossaryLoader().load({ file: opts.glossary }).path };
  const decisions = await runDecisions(opts.corpus, opts.decisions);
  // Without a manifest the corpus is one unit, found and read as `run` reads it.
  const { units, sources } = await planCorpus(opts.corpus);
  const paths = opts.format.files.map((suffix) => `${opts.output}${suffix}`);
  await checkExportFiles(paths, opts.corpus);
  for (const path of paths) await outputTarget(path);
  const files = paths.map((p) => new StagedFile(p));
  const stream = opts.format.open({ toolVersion: packageVersion() });
  const progress = startProgress(units.length, 'silkalign export', { enabled: !opts.quiet && units.length > 1 });
  let segments = 0;
  const leftOut: string[] = [];
  const writeAll = (texts: string[]) => Promise.all(files.map((f, i) => f.append(texts[i])));
  await interruptible('no output file was written', async (signal) => {
    try {
      await writeAll(stream.header());
      const done = await exportCorpusPairs({
        corpus: opts.corpus,
        units,
        sources,
        settings: { glossary, decisions, keepBoilerplate: opts.keepBoilerplate, minScore: opts.minScore },
        executor: threadExecutor(opts.jobs),
        onPair: async (pair) => {
          if (pair.relation !== 'translation' && !opts.comparable) {
            leftOut.push(pair.id);
            return;
          }
          segments += pair.segments.length;
          if (pair.segments.length) await writeAll(stream.segments(pair.segments));
        },
        onProgress: (n, documents) => progress.update(n, { documents }),
        signal,
      });
      await writeAll(stream.footer());
      progress.stop();
      if (signal.aborted) throw new InterruptedError();
      const moves: FileMove[] = [];
      for (const f of files) moves.push(await f.finish());
      // Moses: NAME.zh and NAME.en replace the old pair together or not at all.
      await replaceFiles(moves);
      if (!opts.quiet) {
        const pairs = countOf(done.pairs - leftOut.length, opts.comparable ? 'document pair' : 'translation pair');
        process.stderr.write(`silkalign: ${countOf(segments, 'sentence pair')} scored ≥ ${opts.minScore} from ${pairs} (${countOf(done.documents, 'document')}) written to ${paths.join(' and ')}\n`);
        if (leftOut.length) {
          const which = leftOut.length > 3 ? `${leftOut.slice(0, 3).join(', ')}, …` : leftOut.join(', ');
          process.stderr.write(`silkalign: ${countOf(leftOut.length, 'comparable pair')} left out (${which}): their links are not translations; --comparable adds them, marked\n`);
        }
      }
    } catch (err) {
      progress.stop();
      await Promise.all(files.map((f) => f.abort()));
      throw err;
    }
  });
}
