// `silkalign review`: serves a run's reports on 127.0.0.1 so that a reviewer can decide findings
// and correct links in the browser; every choice goes at once to the decisions file, which the
// next run, export and check apply. Prints the URL (with its token) and serves until stopped.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import type { ExitReporter } from './command.js';

interface ReviewFlags {
  corpus: string;
  out: string;
  port: string;
  decisions?: string;
  quiet?: boolean;
}

export function registerReview(program: Command, _report: ExitReporter): void {
  program
    .command('review')
    .description('serve the reports on 127.0.0.1 to review them; choices are saved to the decisions file')
    .option('--corpus <dir>', 'corpus folder whose decisions.json is written', 'corpus')
    .option('--out <dir>', 'output folder of `silkalign run` (its reports)', 'alignments')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', '0')
    .option('--decisions <file>', 'decisions file to read and write instead of CORPUS/decisions.json')
    .option('--quiet', 'no log of saves and refusals on stderr')
    .action(async (opts: ReviewFlags) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port "${opts.port}" is not a port number (0 to 65535)`);
      if (!existsSync(join(opts.out, 'index.html'))) throw new InputError('has no reports (no index.html); run `silkalign run` first, or give the output folder with --out', { file: opts.out });
      if (opts.decisions === undefined && !(existsSync(opts.corpus) && statSync(opts.corpus).isDirectory())) {
        throw new InputError('no such corpus folder, where decisions.json is kept; give it with --corpus, or a file with --decisions', { file: opts.corpus });
      }
      const decisions = opts.decisions ?? join(opts.corpus, 'decisions.json');
      const { startReviewServer } = await import('../../server/index.js');
      const log = opts.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
      const server = await startReviewServer({ out: opts.out, decisions, port, log }).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EADDRINUSE') throw new InputError(`port ${port} is in use; choose another with --port, or 0 for any free port`);
        throw err;
      });
      process.stdout.write(`${server.url}\n`);
      log?.(`silkalign review: serving ${opts.out} on 127.0.0.1:${server.port}; choices are saved to ${decisions}; Ctrl-C stops`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await server.close();
    });
}
