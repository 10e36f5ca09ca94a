// `silkalign run`: the main job over a corpus folder. The pipeline modules are imported when
// the command runs, not when the CLI starts (cold start of every other command).
import type { Command } from 'commander';
import { writeTreeAtomic } from '../io.js';
import { packageVersion } from '../package-info.js';
import type { ExitReporter } from './index.js';

export function registerRun(program: Command, _report: ExitReporter): void {
  program
    .command('run')
    .description('run the whole pipeline over a corpus folder and write every report and export')
    .option('--corpus <dir>', 'corpus folder (documents/ and optional manifest.json)', 'corpus')
    .option('--out <dir>', 'output folder, replaced as a whole', 'alignments')
    .option('--keep-boilerplate', 'do not remove page chrome')
    .option('--quiet', 'no progress on stderr')
    .action(async (opts: { corpus: string; out: string; keepBoilerplate?: boolean; quiet?: boolean }) => {
      const { loadCorpus } = await import('../../corpus/index.js');
      const { runPipeline } = await import('../../pipeline/index.js');
      const { corpusDecisions } = await import('./fix-decisions.js');
      const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
      const entries = await loadCorpus(opts.corpus);
      log(`silkalign: ${entries.length} documents in ${opts.corpus}`);
      const decisions = await corpusDecisions(opts.corpus);
      const tree = runPipeline(entries, { keepBoilerplate: opts.keepBoilerplate, log, decisions, toolVersion: packageVersion() });
      await writeTreeAtomic(opts.out, tree);
      log(`silkalign: wrote ${tree.size} files to ${opts.out}/`);
    });
}
