// `silkalign align ZH EN`: aligns two documents (or two files of pre-split segments) and
// prints the beads as beads, json, tsv or md. Options and help are declared here; the work is in
// align-action.ts, loaded when the command runs.
import { Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import type { ExitReporter } from './command.js';
import type { AlignOptions } from './align-action.js';

const HELP_AFTER = `
Segments:
  Without --presegmented both files are normalised and split into paragraphs and sentences;
  paragraphs are aligned first, then sentences inside each aligned paragraph group, and bead
  indices count paragraphs (--level paragraph) or sentences (--level sentence) from 0.
  With --presegmented each input line is one segment, blank lines included, exactly as given.

Formats:
  beads  one bead a line, Chinese side first, 0-based: [0,1]:[0]  ([]:[5] = no counterpart)
  json   the same beads with a score in [0, 1] each, and the segments they index
  tsv    zh_index, en_index, score, Chinese, English (header row; tabs and newlines escaped)
  md     a side-by-side Markdown table with scores; unmatched segments are shown as such

Examples:
  silkalign align statement.zh.txt statement.en.txt --format md
  silkalign align zh.lines en.lines --presegmented --format beads --output out.align
  cat zh.txt | silkalign align - en.txt --level paragraph --format json
`;

export function registerAlign(program: Command, _report: ExitReporter): void {
  program
    .command('align')
    .description('align a Chinese and an English document: paragraphs, then sentences, a score for each bead')
    .argument('<zh>', 'Chinese document (- for stdin)')
    .argument('<en>', 'English document (- for stdin)')
    .addOption(new Option('--level <level>', 'segments the beads link').choices(['paragraph', 'sentence']).default('sentence'))
    .option('--presegmented', 'each input line is one segment (blank lines too); nothing is re-split or dropped')
    .addOption(new Option('--format <format>', 'output format').choices(['beads', 'json', 'tsv', 'md']).default('beads'))
    .option('--max-bead <n>', 'largest number of segments on one side of a bead (1-6, default 5)', parseMaxBead)
    .addOption(
      new Option('--mode <mode>', 'translation: every segment linked where the bead search finds a counterpart; comparable: only clearly corresponding segments linked, the rest unmatched; auto: decide from the text (pre-split lines: translation)')
        .choices(['auto', 'translation', 'comparable'])
        .default('auto'),
    )
    .option('--keep-boilerplate', 'do not remove page chrome before aligning')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--quiet', 'no warnings or summary on stderr')
    .addHelpText('after', HELP_AFTER)
    .action(async (zhFile: string, enFile: string, opts: AlignOptions) => {
      const { runAlign } = await import('./align-action.js');
      await runAlign(zhFile, enFile, opts);
    });
}

function parseMaxBead(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new InputError(`--max-bead must be a whole number from 1 to 6, not "${value}"`);
  return n;
}
