// Every sub-command, registered in the order `--help` lists them.
import type { Command } from 'commander';
import { registerRun } from './run.js';
import { registerNormalize } from './normalize.js';
import { registerAlign } from './align.js';
import { registerCheck } from './check.js';
import { registerFix } from './fix.js';
import { registerExport } from './export.js';
import { registerGlossary } from './glossary.js';
import { registerWorker } from './worker.js';
import { registerReview } from './review.js';
import type { CommandPreparer, ExitReporter } from './command.js';

export type { CommandPreparer, ExitReporter } from './command.js';


export function registerCommands(program: Command, report: ExitReporter): void {
  const preparers = new Map<string, CommandPreparer>();
  const register = (name: string, preparer: CommandPreparer | void) => preparer && preparers.set(name, preparer);
  registerRun(program, report);
  registerNormalize(program, report);
  registerAlign(program, report);
  register('check', registerCheck(program, report));
  registerFix(program, report);
  register('export', registerExport(program, report));
  registerGlossary(program, report);
  registerReview(program, report);
  registerWorker(program, report);
  program.hook('preSubcommand', async (_program, command) => {
    await preparers.get(command.name())?.(command);
  });
}
