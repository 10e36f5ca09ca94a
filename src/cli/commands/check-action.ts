// The work of `silkalign check` (declared in check.ts): validate the options, plan a job per
// English file (app/check-files), compute the jobs on --jobs threads in input order, then
// filter (decisions, ignore file, --quiet), format once and write. Imported only when `check` runs.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { GlossaryLoader, ManifestLookup, planEnglishChecks, reportableFindings } from '../../app/index.js';
import { listRules, IgnoreFileSchema, type IgnoreEntry } from '../../checks/index.js';
import { isCalendarDate } from '../../corpus/index.js';
import { findingsFormats, formatFindings } from '../../export/index.js';
import { InputError, InterruptedError } from '../../errors.js';
import { threadExecutor } from '../../pipeline/index.js';
import type { FileFindings } from '../../types.js';
import { useColor } from '../color.js';
import { writeReport } from '../io.js';
import { packageVersion } from '../package-info.js';
import { startProgress } from '../progress.js';
import { applyDecisionsFile, loadDecisionsFile } from './decisions-file.js';

export interface CheckCommandOptions {
  zh?: string;
  glossary?: string;
  format: string;
  output?: string;
  date?: string;
  rule: string[];
  disable: string[];
  ignoreFile?: string;
  decisions?: string;
  quiet?: boolean;
  color?: boolean;
  jobs?: string;
}

/** Runs `check` over the files; returns the exit code (1 when an error finding is reported). */
export async function runCheck(files: string[], opts: CheckCommandOptions): Promise<number> {
  const check = async (signal?: AbortSignal) => {
    const results = await collectFindings(files, opts, signal);
    const filtered = filterFindings(await applyDecisionsFile(results, opts.decisions, opts.quiet), opts);
    const report = formatReport(filtered, opts);
    if (signal?.aborted) throw new InterruptedError();
    await writeReport(opts.output, report);
    return filtered.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0;
  };
  // One file: no threads and no Ctrl-C handler (nothing is written before the end).
  if (files.length < 2) return check();
  const { interruptible } = await import('../interrupt.js');
  return interruptible('no report was written', check);
}

/** Validates the options and checks every English file: the findings before any filtering, in input order. */
async function collectFindings(files: string[], opts: CheckCommandOptions, signal?: AbortSignal): Promise<FileFindings[]> {
  if (!findingsFormats.includes(opts.format)) throw new InputError(`unknown --format "${opts.format}"; use one of ${findingsFormats.join(', ')}`);
  if (opts.date !== undefined && !isCalendarDate(opts.date)) throw new InputError(`--date "${opts.date}" is not a date; give YYYY-MM-DD`);
  for (const id of [...opts.rule, ...opts.disable]) validateRuleId(id);
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new InputError(`--jobs "${opts.jobs}" is not a whole number of at least 1`);
  if (opts.zh !== undefined && files.length !== 1) throw new InputError('--zh pairs one Chinese file with one English file; check the other files separately');
  if (files.filter((f) => f === '-').length > 1) throw new InputError('stdin (-) can be read only once');
  // Validated here, before any work; each thread loads it again from the file.
  const glossary = { file: new GlossaryLoader().load({ file: opts.glossary }).path };
  const note = opts.quiet ? undefined : (m: string) => process.stderr.write(`silkalign: ${m}\n`);
  const plan = await planEnglishChecks(files, {
    zhFile: opts.zh,
    date: opts.date,
    rules: opts.rule,
    disable: opts.disable,
    glossary,
    manifests: new ManifestLookup(),
    note,
    aborted: () => signal?.aborted === true,
    // Read here too: alignment decisions change the links the cross-lingual checks read.
    alignmentDecisions: opts.decisions === undefined ? undefined : (await loadDecisionsFile(opts.decisions)).alignment,
  });
  const out: FileFindings[] = [];
  const progress = startProgress(plan.jobs.length, 'silkalign check', { enabled: !opts.quiet && plan.jobs.length > 1 });
  try {
    await threadExecutor(jobs ?? defaultThreads(plan.englishChars)).run(
      plan.jobs,
      (index, result) => {
        // Notes come back with the findings and are printed in input order: stderr too is the same for any number of threads.
        for (const message of result.notes) note?.(message);
        out.push({ path: plan.jobs[index].file, findings: result.findings });
        progress.update(index + 1, { documents: index + 1 });
      },
      signal,
    );
  } finally {
    progress.stop();
  }
  return out;
}

/** Characters of English a thread must get to repay its start (loading the checks, warming up). */
const THREAD_MIN_CHARS = 512 * 1024;

/** Without --jobs: the cores, but no more threads than the text repays (a few seeds: none). */
function defaultThreads(englishChars: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(englishChars / THREAD_MIN_CHARS)));
}

/** The ignore file's entries, --quiet: the findings to report. */
function filterFindings(files: FileFindings[], opts: CheckCommandOptions): FileFindings[] {
  return reportableFindings(files, loadIgnoreFile(opts.ignoreFile), { errorsOnly: opts.quiet === true });
}

function formatReport(files: FileFindings[], opts: CheckCommandOptions): string {
  return formatFindings(files, opts.format, { color: useColor(opts.color, opts.output), rules: listRules(), toolVersion: packageVersion() });
}

function validateRuleId(id: string): void {
  const rules = listRules();
  const known = id.endsWith('/*') ? rules.some((r) => r.family === id.slice(0, -2)) : rules.some((r) => r.id === id);
  if (!known) throw new InputError(`unknown rule "${id}"; known rules: ${rules.map((r) => r.id).join(', ')}`);
}

function loadIgnoreFile(path: string | undefined): IgnoreEntry[] {
  const file = path ?? (existsSync('.silkalignignore') ? '.silkalignignore' : undefined);
  if (file === undefined) return [];
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read the ignore file (${(err as NodeJS.ErrnoException).code ?? String(err)}); check the path`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`the ignore file is not valid JSON (${(err as Error).message}); fix it`, { file });
  }
  const parsed = IgnoreFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`invalid ignore file: ${issue.path.join('.') || '(top level)'}: ${issue.message}; see the README (suppression)`, { file });
  }
  return parsed.data.ignore;
}
