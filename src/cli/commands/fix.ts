// `silkalign fix EN [--zh ZH]`: runs the checks, applies the safe fixes (and the reviewer's
// accepted or edited ones) pass after pass, and prints a unified diff, or writes the file with
// --write (atomically, the original kept as FILE.orig). --interactive asks per suggestion.
// Options and help are declared here; the work is in fix-action.ts, loaded when the command runs.
import type { Command } from 'commander';
import type { ExitReporter } from './command.js';
import type { FixCommandOptions } from './fix-action.js';

const HELP_AFTER = `
Without --write the unified diff goes to stdout (or --output), coloured on a terminal; nothing is changed.
--write replaces FILE atomically and first copies it to FILE.orig (unless --no-backup; an
existing FILE.orig, the earliest original, is never overwritten). It writes through a symbolic
link (the link stays), keeps the mode, owner, encoding and byte-order mark, and refuses (exit 2,
nothing written) a read-only file, another user's file, a file with several hard links, a folder
it cannot write, and a fix the file's encoding cannot hold. Fixes are applied in passes until a
pass applies nothing: fixing the result again changes nothing.

Decisions (--decisions FILE, JSON; see the README): rejected findings are not fixed, edited
ones get the reviewer's replacement, accepted ones their suggestion. With --interactive the
answers are saved to that file.

Exit code: 0 when no error finding is left after fixing, 1 otherwise, 2 on bad input.

Examples:
  silkalign fix statement.en.txt | less
  silkalign fix statement.en.txt --zh statement.zh.txt --write
  silkalign fix statement.en.txt --interactive --decisions decisions.json`;

export function registerFix(program: Command, report: ExitReporter): void {
  program
    .command('fix')
    .description('apply safe fixes to an English document: prints a unified diff, or writes with --write')
    .argument('<file>', 'English document (- for stdin, diff only)')
    .option('--zh <file>', 'its Chinese source: adds the cross-lingual checks')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--decisions <file>', 'reviewer decisions (JSON): rejected findings are left alone, edits applied')
    .option('--date <YYYY-MM-DD>', 'document date for name validity, where no manifest gives one')
    .option('--write', 'write the fixed text back to FILE (atomically)')
    .option('--no-backup', 'with --write: do not keep FILE.orig')
    .option('-i, --interactive', 'ask per suggestion: accept, reject, edit or skip (needs a terminal)')
    .option('-o, --output <file>', 'write the diff to FILE instead of stdout')
    .option('--quiet', 'no summary on stderr')
    .option('--no-color', 'no ANSI colour in the diff (also: NO_COLOR set, or output not a terminal)')
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, opts: FixCommandOptions) => {
      const { runFix } = await import('./fix-action.js');
      report(await runFix(file, opts));
    });
}
