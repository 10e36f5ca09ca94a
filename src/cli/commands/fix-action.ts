// The work of `silkalign fix` (declared in fix.ts): check, apply the safe and decided fixes in
// passes, then print the diff or write the file. Imported only when `fix` runs.
import { fileNameDate, readSourceFile } from '../../corpus/index.js';
import { checkEnglish } from '../../checks/index.js';
import { loadGlossary } from '../../glossary/index.js';
import { InputError } from '../../errors.js';
import { fixText, matchDecision, serializeDecisions, unifiedDiff, type TextChecker } from '../../fix/index.js';
import { writeFileAtomic, writeReport } from '../io.js';
import { rewriteTextFile } from '../text-file.js';
import { askDecisions } from './fix-interactive.js';
import { loadDecisionsFile } from './fix-decisions.js';
import type { FixCommandOptions } from './fix.js';

/** Runs `fix` on one file; returns the exit code (1 when an error finding is left). */
export async function runFix(file: string, opts: FixCommandOptions): Promise<number> {
  if (opts.write && file === '-') throw new InputError('--write needs a file, not stdin; drop --write to get the diff');
  if (opts.interactive && (!process.stdin.isTTY || file === '-')) {
    throw new InputError('--interactive needs a terminal on stdin; run it in a terminal, or use --decisions FILE without --interactive');
  }
  const source = await readSourceFile(file);
  const glossary = loadGlossary(opts.glossary);
  const chinese = opts.zh === undefined ? undefined : { text: (await readSourceFile(opts.zh)).text };
  const date = opts.date ?? fileNameDate(file);
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
  // Written first: a refused write is the one line on stderr.
  if (opts.write && changed) await rewriteTextFile(file, source, result.text, { backup: opts.backup });
  else if (!opts.write) await writeReport(opts.output, unifiedDiff(file === '-' ? 'stdin' : file, source.text, result.text));
  log(
    `${file}: ${result.applied.length} fixes applied in ${result.passes} passes` +
      (result.rejected.length ? `, ${result.rejected.length} findings rejected by decisions` : '') +
      `; ${result.remaining.length} findings left (${errors} errors)` +
      (result.settled ? '' : '; stopped at the pass limit'),
  );
  if (opts.write) log(changed ? `${file}: written${opts.backup ? ` (original in ${file}.orig)` : ''}` : `${file}: nothing to change`);
  return errors > 0 ? 1 : 0;
}
