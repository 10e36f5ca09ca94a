// `silkalign glossary validate|export|lookup`: checks a glossary file, exports it for CAT tools
// (TBX, OmegaT), and looks a term up (English, garble or Chinese; near misses when not found).
// Options and help are declared here; the work is in glossary-action.ts, loaded when it runs.
import type { Command } from 'commander';
import type { ExitReporter } from './command.js';

const GLOSSARY_OPTION = ['--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)'] as const;

export function registerGlossary(program: Command, report: ExitReporter): void {
  const glossary = program.command('glossary').description('validate, export or look up the glossary');

  glossary
    .command('validate')
    .description('check a glossary file: schema, duplicate forms, corrections, regexes; lists every problem')
    .argument('[file]', 'glossary JSON (default: --glossary, else the curated one)')
    .option(...GLOSSARY_OPTION)
    .action(async (file: string | undefined, opts: { glossary?: string }) => {
      (await import('./glossary-action.js')).runValidate(file, opts);
    });

  glossary
    .command('export')
    .description('export the glossary for CAT tools: TBX-Basic or OmegaT glossary TSV')
    .requiredOption('--format <format>', 'tbx or omegat')
    .option(...GLOSSARY_OPTION)
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .action(async (opts: { format: string; glossary?: string; output?: string }) => {
      await (await import('./glossary-action.js')).runExport(opts);
    });

  glossary
    .command('lookup')
    .description('show the entries a term (English, a known garble, or Chinese) belongs to; near misses when none (exit 1 when nothing is found)')
    .argument('<term>', 'the term to look up')
    .option(...GLOSSARY_OPTION)
    .option('--format <format>', 'text or json', 'text')
    .action(async (term: string, opts: { glossary?: string; format: string }) => {
      report(await (await import('./glossary-action.js')).runLookup(term, opts));
    });
}
