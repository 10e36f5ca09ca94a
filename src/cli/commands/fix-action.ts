// The work of `silkalign fix` (declared in fix.ts): check, apply the safe and decided fixes in
// passes (app/fix), then print the diff or write the file. Imported only when `fix` runs.
import { englishChecker, fixEnglish, GlossaryLoader, ManifestLookup } from '../../app/index.js';
import { isCalendarDate, readSourceFile } from '../../corpus/index.js';
import { InputError } from '../../errors.js';
import { countOf } from '../../wording.js';
import { matchDecision, serializeDecisions, unifiedDiff } from '../../fix/index.js';
import { paintDiff, useColor } from '../color.js';
import { writeFileAtomic, writeReport } from '../io.js';
import { rewriteTextFile } from '../text-file.js';
import { askDecisions } from './fix-interactive.js';
import { loadDecisionsFile } from './decisions-file.js';

export interface FixCommandOptions {
  zh?: string;
  glossary?: string;
  decisions?: string;
  date?: string;
  write?: boolean;
  backup: boolean;
  interactive?: boolean;
  output?: string;
  quiet?: boolean;
  color?: boolean;
}

/** Runs `fix` on one file; returns the exit code (1 when an error finding is left). */
export async function runFix(file: string, opts: FixCommandOptions): Promise<number> {
  if (opts.write && file === '-') throw new InputError('--write needs a file, not stdin; drop --write to get the diff');
  if (opts.date !== undefined && !isCalendarDate(opts.date)) throw new InputError(`--date "${opts.date}" is not a date; give YYYY-MM-DD`);
  if (opts.interactive && (!process.stdin.isTTY || file === '-')) {
    throw new InputError('--interactive needs a terminal on stdin; run it in a terminal, or use --decisions FILE without --interactive');
  }
  const source = await readSourceFile(file);
  const glossary = new GlossaryLoader().load({ file: opts.glossary });
  const chineseText = opts.zh === undefined ? undefined : (await readSourceFile(opts.zh)).text;
  const date = await new ManifestLookup().dateOf(file, opts.date);
  let decisions = await loadDecisionsFile(opts.decisions, opts.interactive);
  const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`silkalign: ${line}\n`);

  if (opts.interactive) {
    const findings = englishChecker({ glossary, chineseText, date })(source.text);
    decisions = await askDecisions(file, source.text, findings, decisions);
    if (opts.decisions) await writeFileAtomic(opts.decisions, serializeDecisions(decisions));
  }
  const decided = decisions.decisions;
  const result = fixEnglish(source.text, {
    glossary,
    chineseText,
    date,
    decisions: decided,
    // Interactive mode applies only what the reviewer accepted or edited.
    keep: opts.interactive ? (text, f) => matchDecision(decided, text, f)?.decision !== undefined : undefined,
  });
  const changed = result.text !== source.text;
  const errors = result.remaining.filter((f) => f.severity === 'error').length;
  // Written first: a refused write is the one line on stderr.
  if (opts.write && changed) await rewriteTextFile(file, source, result.text, { backup: opts.backup });
  else if (!opts.write) {
    const diff = unifiedDiff(file === '-' ? 'stdin' : file, source.text, result.text);
    await writeReport(opts.output, useColor(opts.color, opts.output) ? paintDiff(diff) : diff);
  }
  log(
    `${file}: ${countOf(result.applied.length, 'fix')} applied in ${countOf(result.passes, 'pass')}` +
      (result.rejected.length ? `, ${countOf(result.rejected.length, 'finding')} rejected by decisions` : '') +
      `; ${countOf(result.remaining.length, 'finding')} left (${countOf(errors, 'error')})` +
      (result.settled ? '' : '; stopped at the pass limit'),
  );
  if (opts.write) log(changed ? `${file}: written${opts.backup ? ` (original in ${file}.orig)` : ''}` : `${file}: nothing to change`);
  return errors > 0 ? 1 : 0;
}
