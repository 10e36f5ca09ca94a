// The work of `silkalign run` (declared in run.ts): the corpus's units computed on threads or
// by queue workers, written into the output folder as they arrive. Imported only when `run` runs.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultReportSelection, GlossaryLoader, type ReportSelection } from '../../app/index.js';
import { InputError } from '../../errors.js';
import { planCorpus, runCorpus, RunWriter, threadExecutor, type Executor } from '../../pipeline/index.js';
import { formatStageTimes, StageClock } from '../../profile.js';
import { CONFIDENT_SCORE } from '../../scores.js';
import { countOf } from '../../wording.js';
import { interruptible } from '../interrupt.js';
import { checkOutputFolder, OutputFolder } from '../output-folder.js';
import { packageVersion } from '../package-info.js';
import { startProgress } from '../progress.js';
import { runDecisions } from './decisions-file.js';

export interface CorpusRunFlags {
  corpus: string;
  out: string;
  glossary?: string;
  decisions?: string;
  keepBoilerplate?: boolean;
  quiet?: boolean;
  jobs: number;
  queue?: string;
  queueName: string;
  reports?: ReportSelection;
  profile?: boolean;
  /** With a queue: how long to try to reach its server, in ms. */
  connectTimeout?: number;
}

export async function runCorpusFolder(opts: CorpusRunFlags): Promise<void> {
  const started = performance.now();
  const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  // A folder run may not replace is refused before anything is read or written.
  const out = await checkOutputFolder(opts.out, opts.corpus);
  // An invalid glossary or decisions file is named before any work. A queue job carries the
  // glossary's text: the workers need not have the file.
  const glossaries = new GlossaryLoader();
  const glossary = opts.queue ? glossaries.loadPortable(opts.glossary).source : { file: glossaries.load({ file: opts.glossary }).path };
  const decisions = await runDecisions(opts.corpus, opts.decisions);
  // A corpus whose manifest declares pairs splits into independent units (see pipeline/units);
  // without a manifest its documents are found and read here, and are one unit.
  const { entries, units, sources, manifest } = await planCorpus(opts.corpus);
  if (opts.queue && !manifest) throw new InputError('--queue needs a corpus with a manifest.json (the units are its declared pairs)', { file: opts.corpus });
  const executor: Executor = opts.queue
    ? (await import('../../queue/index.js')).queueExecutor({ url: opts.queue, queueName: opts.queueName, corpus: opts.corpus, log, connectTimeout: opts.connectTimeout })
    : threadExecutor(opts.jobs);
  // One unit (or none) in this thread: what each stage found is worth a line; many: a progress bar.
  const reports = opts.reports ?? defaultReportSelection(await corpusBytes(opts.corpus, entries));
  const detailed = units.length <= 1 && !opts.queue;
  log(`silkalign: ${countOf(entries.length, 'document')} in ${opts.corpus}` + (detailed ? '' : `, ${countOf(units.length, 'unit')} on ${executor.where(units.length)}`));
  if (!opts.reports && reports !== 'all') log(`silkalign: a large corpus: only the reports of flagged pairs and documents are written (--reports all writes every one)`);
  const output = new OutputFolder(out);
  const clock = opts.profile ? new StageClock() : undefined;
  const writer = new RunWriter(output, { toolVersion: packageVersion(), documentOrder: entries.map((e) => e.id), log: detailed ? log : undefined, clock });
  const progress = startProgress(units.length, 'silkalign run', { enabled: !opts.quiet && !detailed });
  await interruptible('the output folder was left as it was', async (signal) => {
    try {
      await runCorpus({
        corpus: opts.corpus,
        units,
        sources,
        settings: { glossary, decisions, keepBoilerplate: opts.keepBoilerplate, minScore: CONFIDENT_SCORE, reports, profile: opts.profile },
        executor,
        writer,
        onProgress: (n, documents) => progress.update(n, { documents }),
        signal,
      });
      progress.stop();
      await (clock ? clock.timeAsync('write', () => output.commit()) : output.commit());
    } catch (err) {
      progress.stop();
      await output.abort();
      throw err;
    }
  });
  log(`silkalign: wrote ${countOf(output.fileCount, 'file')} to ${opts.out}/`);
  // Asked for: printed even with --quiet.
  if (clock) for (const line of formatStageTimes(clock.times, performance.now() - started)) process.stderr.write(`silkalign: ${line}\n`);
}

/** The documents' size on disk (a file that cannot be read counts 0: reading it will say why). */
async function corpusBytes(corpus: string, entries: ReadonlyArray<{ file: string }>): Promise<number> {
  const sizes = await Promise.all(entries.map((e) => stat(join(corpus, e.file)).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}
