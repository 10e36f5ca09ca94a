// `silkalign fix EN [--zh ZH]`: runs the checks, applies the safe fixes (and the reviewer's
// accepted or edited ones) pass after pass, and prints a unified diff, or writes the file with
// --write (atomically, the original kept as FILE.orig). --interactive asks per suggestion.
import { copyFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readSourceFile } from '../../corpus/index.js';
import { checkEnglish } from '../../checks/index.js';
import { loadGlossary } from '../../glossary/index.js';
import { InputError } from '../../errors.js';
import { applyDecisions, emptyDecisions, fixText, matchDecision, parseDecisions, serializeDecisions, unifiedDiff, type DecisionFile, type TextChecker } from '../../fix/index.js';
import { writeFileAtomic, writeReport } from '../io.js';
import { askDecisions } from './fix-interactive.js';
import type { FileFindings } from '../../types.js';
import type { ExitReporter } from './index.js';

interface FixCommandOptions {
  zh?: string;
  glossary?: string;
  decisions?: string;
  date?: string;
  write?: boolean;
  backup: boolean;
  interactive?: boolean;
  output?: string;
  quiet?: boolean;
}

const HELP_AFTER = `
Without --write the unified diff goes to stdout (or --output); nothing is changed.
--write replaces FILE atomically and first copies it to FILE.orig (unless --no-backup; an
existing FILE.orig, the earliest original, is never overwritten). Fixes are applied in passes
until a pass applies nothing: fixing the result again changes nothing.

Decisions (--decisions FILE, JSON; see the README): rejected findings are not fixed, edited
ones get the reviewer's replacement, accepted ones their suggestion. With --interactive the
answers are saved to that file.

Exit code: 0 when no error finding is left after fixing, 1 otherwise, 2 on bad input.

Examples:
  silkalign fix statement.en.txt | less
  silkalign fix statement.en.txt --zh statement.zh.txt --write
  silkalign fix statement.en.txt --interactive --decisions decisions.json`;

/** Reads a decisions file; a missing file is an error unless `allowMissing` (it will be created). */
export async function loadDecisionsFile(path: string | undefined, allowMissing = false): Promise<DecisionFile> {
  if (path === undefined) return emptyDecisions();
  if (!existsSync(path)) {
    if (allowMissing) return emptyDecisions();
    throw new InputError('no such decisions file; check the path (fix --interactive --decisions FILE creates one)', { file: path });
  }
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read the decisions file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file: path });
  }
  return parseDecisions(json, path);
}

/** The corpus's reviewer decisions, `CORPUS/decisions.json`, when the file exists. */
export async function corpusDecisions(corpus: string): Promise<DecisionFile['decisions']> {
  const path = join(corpus, 'decisions.json');
  return existsSync(path) ? (await loadDecisionsFile(path)).decisions : [];
}

export function registerFix(program: Command, report: ExitReporter): void {
  program
    .command('fix')
    .description('apply safe fixes to an English document: prints a unified diff, or writes with --write')
    .argument('<file>', 'English document (- for stdin, diff only)')
    .option('--zh <file>', 'its Chinese source: adds the cross-lingual checks')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--decisions <file>', 'reviewer decisions (JSON): rejected findings are left alone, edits applied')
    .option('--date <YYYY-MM-DD>', 'document date for name validity')
    .option('--write', 'write the fixed text back to FILE (atomically)')
    .option('--no-backup', 'with --write: do not keep FILE.orig')
    .option('-i, --interactive', 'ask per suggestion: accept, reject, edit or skip (needs a terminal)')
    .option('-o, --output <file>', 'write the diff to FILE instead of stdout')
    .option('--quiet', 'no summary on stderr')
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, opts: FixCommandOptions) => {
      if (opts.write && file === '-') throw new InputError('--write needs a file, not stdin; drop --write to get the diff');
      if (opts.interactive && (!process.stdin.isTTY || file === '-')) {
        throw new InputError('--interactive needs a terminal on stdin; run it in a terminal, or use --decisions FILE without --interactive');
      }
      const source = await readSourceFile(file);
      const glossary = loadGlossary(opts.glossary);
      const chinese = opts.zh === undefined ? undefined : { text: (await readSourceFile(opts.zh)).text };
      const date = opts.date ?? /(?:^|[/\\])(\d{4}-\d{2}-\d{2})[_-][^/\\]*$/.exec(file)?.[1];
      const check: TextChecker = (text) => checkEnglish(text, { glossary, chinese, date });
      let decisions = await loadDecisionsFile(opts.decisions, opts.interactive);
      const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`silkalign: ${line}\n`);

      if (opts.interactive) {
        decisions = await askDecisions(file, source.text, check(source.text), decisions);
        if (opts.decisions) await writeFileAtomic(opts.decisions, serializeDecisions(decisions));
      }
      // Interactive mode applies only what the reviewer accepted or edited.
      const checker: TextChecker = opts.interactive
        ? (text) => check(text).filter((f) => matchDecision(decisions.decisions, text, f)?.decision !== undefined)
        : check;
      const result = fixText(source.text, checker, { decisions: decisions.decisions });
      const changed = result.text !== source.text;
      const errors = result.remaining.filter((f) => f.severity === 'error').length;
      log(
        `${file}: ${result.applied.length} fixes applied in ${result.passes} passes` +
          (result.rejected.length ? `, ${result.rejected.length} findings rejected by decisions` : '') +
          `; ${result.remaining.length} findings left (${errors} errors)` +
          (result.settled ? '' : '; stopped at the pass limit'),
      );

      if (opts.write) {
        if (changed) {
          const backup = `${file}.orig`;
          if (opts.backup && !existsSync(backup)) await copyFile(file, backup);
          await writeFileAtomic(file, result.text);
          log(`${file}: written${opts.backup ? ` (original in ${backup})` : ''}`);
        } else log(`${file}: nothing to change`);
      } else {
        await writeReport(opts.output, unifiedDiff(file === '-' ? 'stdin' : file, source.text, result.text));
      }
      report(errors > 0 ? 1 : 0);
    });
}

/**
 * `check --decisions FILE`: drops the findings reviewers rejected (reporting their number on
 * stderr) and gives accepted or edited ones the reviewer's fix. Files are read again for the
 * context that keys the decisions; stdin cannot be, so it is refused.
 */
export async function applyDecisionsFile(files: FileFindings[], decisionsPath: string | undefined, quiet = false): Promise<FileFindings[]> {
  if (decisionsPath === undefined) return files;
  const { decisions } = await loadDecisionsFile(decisionsPath);
  const out: FileFindings[] = [];
  let rejected = 0;
  for (const file of files) {
    if (file.path === '-') throw new InputError('--decisions needs the checked text in a file, not on stdin');
    const { text } = await readSourceFile(file.path);
    const decided = applyDecisions(text, file.findings, decisions);
    rejected += decided.rejected.length;
    out.push({ path: file.path, findings: decided.findings });
  }
  if (!quiet && rejected) process.stderr.write(`silkalign: ${rejected} findings rejected by reviewer decisions (${decisionsPath}) not reported\n`);
  return out;
}
