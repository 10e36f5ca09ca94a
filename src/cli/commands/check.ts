// `silkalign check FILE… [--zh ZH_FILE]`: flags garbling and mistranslation. The flow is
// findings → filter → format: each English file is checked (against its Chinese when given
// with --zh or found among the files), findings are filtered (rules, ignore file, --quiet),
// then formatted once and written to stdout or --output. Options and help are declared here;
// the work is in check-action.ts, loaded when the command runs.
import type { Command } from 'commander';
import type { CommandPreparer, ExitReporter } from './command.js';
import type { CheckCommandOptions } from './check-action.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerCheck(program: Command, report: ExitReporter): CommandPreparer {
  program
    .command('check')
    .description('flag garbling and mistranslation in English text; with --zh, align first and add cross-lingual checks')
    .argument('<files...>', 'English document(s) to check (- for stdin); Chinese ones among them are paired with their English counterparts')
    .option('--zh <file>', 'the Chinese source of the (single) English file: adds cross-lingual checks')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--format <format>', 'output format (see Formats below)', 'stylish')
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--date <YYYY-MM-DD>', 'document date for name validity, where no manifest gives one')
    .option('--rule <id>', 'run only this rule (repeatable; "family/*" for a family)', collect, [])
    .option('--disable <id>', 'do not run this rule (repeatable; "family/*" for a family)', collect, [])
    .option('--ignore-file <file>', 'ignore file (JSON) of {rule, text, file?} entries (default: ./.silkalignignore if present)')
    .option('--decisions <file>', 'reviewer decisions (JSON): rejected findings are not reported, edits become fixes')
    .option('--quiet', 'report errors only, and no notes or progress on stderr')
    .option('--jobs <n>', 'check many files on N worker threads (default: the number of cores, fewer when there is under 0.5 MB of English text a thread); the report is the same for any N')
    .option('--no-color', 'no ANSI colour in stylish output (also: NO_COLOR set, or output not a terminal)')
    .action(async (files: string[], opts: CheckCommandOptions) => {
      const { runCheck } = await import('./check-action.js');
      report(await runCheck(files, opts));
    });
  // The formats come from the findings registry, loaded only when `check` runs (cold start).
  return async (command) => {
    const { findingsFormatters } = await import('../../export/index.js');
    const lines = findingsFormatters.map((f) => `  ${f.name.padEnd(8)} ${f.description}`);
    command.addHelpText('after', `\nFormats:\n${lines.join('\n')}\n`);
  };
}
