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

/** `report(code)` raises the process exit code (1 for error findings); errors thrown become 2. */
export type ExitReporter = (code: number) => void;

export function registerCommands(program: Command, report: ExitReporter): void {
  registerRun(program, report);
  registerNormalize(program, report);
  registerAlign(program, report);
  registerCheck(program, report);
  registerFix(program, report);
  registerExport(program, report);
  registerGlossary(program, report);
  registerWorker(program, report);
}
