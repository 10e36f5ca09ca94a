// `silkalign check EN_FILE… [--zh ZH_FILE]`: flags garbling and mistranslation. The flow is
// findings → filter → format: each English file is checked, findings are filtered (rules,
// ignore file, --quiet), then formatted once and written to stdout or --output.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { detectLanguage, readSourceFile } from '../../corpus/index.js';
import { checkEnglish, isIgnored, listRules, IgnoreFileSchema, type IgnoreEntry } from '../../checks/index.js';
import { formatFindings, findingsFormats, type FindingsFormat } from '../../export/index.js';
import { loadGlossary, type Glossary } from '../../glossary/index.js';
import { InputError } from '../../errors.js';
import { ManifestSchema, type FileFindings } from '../../types.js';
import { writeReport } from '../io.js';
import { packageVersion } from '../package-info.js';
import { applyDecisionsFile } from './fix.js';
import type { ExitReporter } from './index.js';

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
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerCheck(program: Command, report: ExitReporter): void {
  program
    .command('check')
    .description('flag garbling and mistranslation in English text; with --zh, align first and add cross-lingual checks')
    .argument('<files...>', 'English document(s) to check (- for stdin)')
    .option('--zh <file>', 'the Chinese source of the (single) English file: adds cross-lingual checks')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--format <format>', `output format: ${findingsFormats.join(', ')}`, 'stylish')
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--date <YYYY-MM-DD>', 'document date for name validity, where no manifest gives one')
    .option('--rule <id>', 'run only this rule (repeatable; "family/*" for a family)', collect, [])
    .option('--disable <id>', 'do not run this rule (repeatable; "family/*" for a family)', collect, [])
    .option('--ignore-file <file>', 'ignore file (JSON) of {rule, text, file?} entries (default: ./.silkalignignore if present)')
    .option('--decisions <file>', 'reviewer decisions (JSON): rejected findings are not reported, edits become fixes')
    .option('--quiet', 'report errors only, and no notes on stderr')
    .option('--no-color', 'no ANSI colour in stylish output (also: NO_COLOR set, or output not a terminal)')
    .action(async (files: string[], opts: CheckCommandOptions) => {
      const { files: results } = await collectFindings(files, opts);
      const filtered = filterFindings(await applyDecisionsFile(results, opts.decisions, opts.quiet), opts);
      await writeReport(opts.output, formatReport(filtered, opts));
      report(filtered.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0);
    });
}

/** Validates the options and checks every file: the findings before any filtering. */
export async function collectFindings(files: string[], opts: CheckCommandOptions): Promise<{ files: FileFindings[]; glossary: Glossary }> {
  const format = opts.format as FindingsFormat;
  if (!findingsFormats.includes(format)) throw new InputError(`unknown --format "${opts.format}"; use one of ${findingsFormats.join(', ')}`);
  if (opts.date !== undefined && !isDate(opts.date)) throw new InputError(`--date "${opts.date}" is not a date; give YYYY-MM-DD`);
  for (const id of [...opts.rule, ...opts.disable]) validateRuleId(id);
  if (opts.zh !== undefined && files.length !== 1) throw new InputError('--zh pairs one Chinese file with one English file; check the other files separately');
  if (files.filter((f) => f === '-').length > 1) throw new InputError('stdin (-) can be read only once');
  const glossary = loadGlossary(opts.glossary);
  const chinese = opts.zh === undefined ? undefined : { text: (await readSourceFile(opts.zh)).text };
  if (chinese && detectLanguage(chinese.text) !== 'zh') throw new InputError('--zh expects a Chinese document; this one is not Chinese', { file: opts.zh! });
  const sources = [];
  for (const file of files) {
    const source = await readSourceFile(file);
    if (detectLanguage(source.text) === 'zh') throw new InputError('this is a Chinese document; check the English text, giving the Chinese with --zh', { file });
    sources.push(source);
  }
  const note = opts.quiet ? undefined : (m: string) => process.stderr.write(`silkalign: ${m}\n`);
  const out: FileFindings[] = sources.map((source, i) => ({
    path: files[i],
    findings: checkEnglish(source.text, {
      glossary,
      chinese,
      date: manifestDate(files[i]) ?? opts.date ?? fileNameDate(files[i]),
      rules: opts.rule,
      disable: opts.disable,
      note,
    }),
  }));
  return { files: out, glossary };
}

/** The ignore file's entries, --quiet: the findings to report. */
export function filterFindings(files: FileFindings[], opts: CheckCommandOptions): FileFindings[] {
  const ignore = loadIgnoreFile(opts.ignoreFile);
  return files.map((f) => ({
    path: f.path,
    findings: f.findings.filter((x) => !isIgnored(x, f.path, ignore) && (!opts.quiet || x.severity === 'error')),
  }));
}

export function formatReport(files: FileFindings[], opts: CheckCommandOptions): string {
  const toTerminal = opts.output === undefined || opts.output === '-';
  const color = opts.color !== false && !process.env.NO_COLOR && toTerminal && process.stdout.isTTY === true;
  return formatFindings(files, opts.format as FindingsFormat, { color, rules: listRules(), toolVersion: packageVersion() });
}

function validateRuleId(id: string): void {
  const rules = listRules();
  const known = id.endsWith('/*') ? rules.some((r) => r.family === id.slice(0, -2)) : rules.some((r) => r.id === id);
  if (!known) throw new InputError(`unknown rule "${id}"; known rules: ${rules.map((r) => r.id).join(', ')}`);
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The date a corpus manifest (in the file's folder or the one above) gives the file. */
function manifestDate(file: string): string | undefined {
  if (file === '-') return undefined;
  const target = resolve(file);
  for (const dir of [dirname(target), dirname(dirname(target))]) {
    const path = join(dir, 'manifest.json');
    if (!existsSync(path)) continue;
    const parsed = ManifestSchema.safeParse(safeJson(path));
    const entry = parsed.success ? parsed.data.documents.find((d) => resolve(dir, d.file) === target) : undefined;
    if (entry?.date) return entry.date;
  }
  return undefined;
}

/** Corpus file names start with the date: 2022-06-08_third-meeting….en.txt. */
function fileNameDate(file: string): string | undefined {
  const m = /(?:^|[/\\])(\d{4}-\d{2}-\d{2})[_-][^/\\]*$/.exec(file);
  return m && isDate(m[1]) ? m[1] : undefined;
}

function safeJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
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
