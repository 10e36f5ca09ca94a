// `silkalign run`: the main job over a corpus folder. The pipeline modules are imported when
// the command runs, not when the CLI starts (cold start of every other command).
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { InputError } from '../../errors.js';
import { packageVersion } from '../package-info.js';
import type { ExitReporter } from './index.js';

export function registerRun(program: Command, _report: ExitReporter): void {
  program
    .command('run')
    .description('run the whole pipeline over a corpus folder and write every report and export')
    .option('--corpus <dir>', 'corpus folder (documents/ and optional manifest.json)', 'corpus')
    .option('--out <dir>', 'output folder: new, empty or an earlier output (replaced as a whole)', 'alignments')
    .option('--keep-boilerplate', 'do not remove page chrome')
    .option('--quiet', 'no progress on stderr')
    .option('--jobs <n>', 'worker threads for a corpus of declared pairs (default: the number of cores)', String(availableParallelism()))
    .option('--queue <url>', 'distribute the units to `silkalign worker`s through the Redis server at URL (redis://HOST:PORT)')
    .option('--queue-name <name>', 'queue name, as given to the workers', 'silkalign')
    .action(async (opts: { corpus: string; out: string; keepBoilerplate?: boolean; quiet?: boolean; jobs: string; queue?: string; queueName: string }) => {
      const { loadCorpus, readManifest } = await import('../../corpus/index.js');
      const { runPipeline } = await import('../../pipeline/index.js');
      const { corpusUnits, runUnitsParallel } = await import('../../pipeline/parallel/index.js');
      const { startProgress } = await import('../progress.js');
      const { corpusDecisions } = await import('./fix-decisions.js');
      const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
      const jobs = Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs "${opts.jobs}" is not a whole number of at least 1`);
      const { checkOutputFolder, writeOutputFolder } = await import('../output-folder.js');
      const out = await checkOutputFolder(opts.out, opts.corpus);
      // A corpus whose manifest declares pairs splits into independent units: run them on all
      // cores, streaming each unit's files to disk (see pipeline/parallel).
      const manifest = await readManifest(opts.corpus);
      const units = manifest ? corpusUnits(manifest.documents) : [];
      if (opts.queue && !manifest) throw new InputError('--queue needs a corpus with a manifest.json (the units are its declared pairs)', { file: opts.corpus });
      const { interruptible } = await import('../interrupt.js');
      await interruptible('the output folder was left as it was', async (signal) => {
        if (units.length > 1 || opts.queue) {
          const decisions = await corpusDecisions(opts.corpus);
          const where = opts.queue ? `the queue at ${opts.queue}` : `${Math.min(jobs, units.length)} thread(s)`;
          log(`silkalign: ${manifest!.documents.length} documents in ${opts.corpus}, ${units.length} units on ${where}`);
          const progress = startProgress(units.length, 'silkalign run', { enabled: !opts.quiet });
          try {
            const common = {
              corpus: opts.corpus,
              out,
              units,
              options: { keepBoilerplate: opts.keepBoilerplate, decisions, toolVersion: packageVersion() },
              onProgress: (n: number, documents: number) => progress.update(n, { documents }),
              signal,
            };
            if (opts.queue) {
              const { runUnitsOnQueue } = await import('../../queue/index.js');
              const done = await runUnitsOnQueue({ ...common, url: opts.queue, queueName: opts.queueName });
              progress.stop();
              if (done.recovered) log(`silkalign: ${done.recovered} unit(s) recovered from a stopped worker and done by another`);
              log(`silkalign: wrote ${done.files} files to ${opts.out}/`);
            } else {
              const done = await runUnitsParallel({ ...common, jobs });
              progress.stop();
              log(`silkalign: wrote ${done.files} files to ${opts.out}/`);
            }
          } finally {
            progress.stop();
          }
          return;
        }
        // One unit: the whole pipeline in this thread (a Ctrl-C takes effect before writing).
        const entries = await loadCorpus(opts.corpus);
        log(`silkalign: ${entries.length} documents in ${opts.corpus}`);
        const decisions = await corpusDecisions(opts.corpus);
        const tree = runPipeline(entries, { keepBoilerplate: opts.keepBoilerplate, log, decisions, toolVersion: packageVersion() });
        await writeOutputFolder(out, tree, signal);
        log(`silkalign: wrote ${tree.size} files to ${opts.out}/`);
      });
    });
}
