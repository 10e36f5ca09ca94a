// The `silkalign` command: parses arguments, dispatches to one module per sub-command, maps
// errors to exit codes (0 clean, 1 error findings, 2 bad usage or input, 130 Ctrl-C). No logic of its own.
import { Command, CommanderError } from 'commander';
import { InterruptedError, isInputError } from '../errors.js';
import { packageVersion } from './package-info.js';
import { registerCommands } from './commands/index.js';
import { fileSystemError } from './io.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('silkalign')
    .description('Chinese–English bitext tool: normalise, align, check, correct and export parallel text')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });

  let exitCode = 0;
  registerCommands(program, (code) => {
    exitCode = Math.max(exitCode, code);
  });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      if (err.exitCode === 0) return 0;
      return 2;
    }
    const known = isInputError(err) || err instanceof InterruptedError ? err : fileSystemError(err);
    if (known) {
      process.stderr.write(`silkalign: ${known.message}\n`);
      return known.exitCode;
    }
    throw err;
  }
  return exitCode;
}
