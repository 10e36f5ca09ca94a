// `silkalign run`: the main job over a corpus folder. The pipeline modules are imported when
// the command runs, not when the CLI starts (cold start of every other command).
import { Option, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import type { ReportSelection } from '../../app/index.js';
import { InputError } from '../../errors.js';
import type { ExitReporter } from './command.js';

interface RunFlags {
  corpus: string;
  out: string;
  glossary?: string;
  decisions?: string;
  keepBoilerplate?: boolean;
  quiet?: boolean;
  jobs: string;
  queue?: string;
  queueName: string;
  reports?: ReportSelection;
  profile?: boolean;
  connectTimeout: string;
}

const REPORT_CHOICES: ReportSelection[] = ['all', 'flagged', 'none'];

export function registerRun(program: Command, _report: ExitReporter): void {
  program
    .command('run')
    .description('run the whole pipeline over a corpus folder and write every report and export')
    .option('--corpus <dir>', 'corpus folder (documents/ and optional manifest.json)', 'corpus')
    .option('--out <dir>', 'output folder: new, empty or an earlier output (replaced as a whole)', 'alignments')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--decisions <file>', 'reviewer decisions (JSON; default: decisions.json in the corpus folder, when there is one)')
    .option('--keep-boilerplate', 'do not remove page chrome')
    .option('--quiet', 'no progress on stderr')
    .option('--jobs <n>', 'worker threads for a corpus of declared pairs (default: the number of cores)', String(availableParallelism()))
    .option('--queue <url>', 'distribute the units to `silkalign worker`s through the Redis server at URL (redis://HOST:PORT)')
    .option('--queue-name <name>', 'queue name, as given to the workers', 'silkalign')
    .option('--connect-timeout <s>', 'with --queue: give up (exit 2) when the server cannot be reached for this many seconds', '30')
    .addOption(
      new Option('--reports <which>', 'per-document and per-pair reports: all; flagged (pairs and documents with findings or low-confidence links); none (the index and parallel text only). Default: all up to 10 MB of documents, flagged above').choices(REPORT_CHOICES),
    )
    .option('--profile', 'print the time each stage took (read, normalise, …, write) on stderr')
    .action(async (opts: RunFlags) => {
      const jobs = Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs "${opts.jobs}" is not a whole number of at least 1`);
      const connectTimeout = Number(opts.connectTimeout);
      if (!Number.isInteger(connectTimeout) || connectTimeout < 1) throw new InputError(`--connect-timeout "${opts.connectTimeout}" is not a whole number of at least 1`);
      const { runCorpusFolder } = await import('./run-action.js');
      await runCorpusFolder({ ...opts, jobs, connectTimeout: connectTimeout * 1000 });
    });
}
