// The work of `silkalign check` (declared in check.ts): read and pair the files, check each
// English one (on --jobs threads, see check-jobs.ts), filter and format the findings. Imported
// only when `check` runs.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pairDocuments, type DocumentAlignment, type PairingDocument } from '../../align/index.js';
import { detectLanguage, fileNameDate as corpusFileNameDate, readSourceFile } from '../../corpus/index.js';
import { isIgnored, listRules, IgnoreFileSchema, type IgnoreEntry } from '../../checks/index.js';
import { formatFindings, findingsFormats, type FindingsFormat } from '../../export/index.js';
import { loadGlossary, type Glossary } from '../../glossary/index.js';
import { normalizeDocument } from '../../normalize/index.js';
import { segmentParagraphs } from '../../segment/index.js';
import { InputError, InterruptedError } from '../../errors.js';
import { ManifestSchema, type FileFindings, type Language, type ManifestEntry, type NormalizedDocument, type Paragraph, type SourceText } from '../../types.js';
import { writeReport } from '../io.js';
import { packageVersion } from '../package-info.js';
import { applyDecisionsFile } from './fix-decisions.js';
import type { CheckCommandOptions } from './check.js';
import { checkFiles, type CheckJob } from './check-jobs.js';

/** Runs `check` over the files; returns the exit code (1 when an error finding is reported). */
export async function runCheck(files: string[], opts: CheckCommandOptions): Promise<number> {
  const check = async (signal?: AbortSignal) => {
    const { files: results } = await collectFindings(files, opts, signal);
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

interface CheckInput {
  file: string;
  /** Kept for stdin and a single file; other files are read again where they are checked. */
  source?: SourceText;
  language: Language;
}

/**
 * Validates the options and checks every English file: the findings before any filtering.
 * Chinese files given among them are paired with the English ones (see pairChinese). Files are
 * read once here for their language (the first unreadable one is named), then checked on
 * --jobs threads.
 */
export async function collectFindings(files: string[], opts: CheckCommandOptions, signal?: AbortSignal): Promise<{ files: FileFindings[]; glossary: Glossary }> {
  const format = opts.format as FindingsFormat;
  if (!findingsFormats.includes(format)) throw new InputError(`unknown --format "${opts.format}"; use one of ${findingsFormats.join(', ')}`);
  if (opts.date !== undefined && !isDate(opts.date)) throw new InputError(`--date "${opts.date}" is not a date; give YYYY-MM-DD`);
  for (const id of [...opts.rule, ...opts.disable]) validateRuleId(id);
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new InputError(`--jobs "${opts.jobs}" is not a whole number of at least 1`);
  if (opts.zh !== undefined && files.length !== 1) throw new InputError('--zh pairs one Chinese file with one English file; check the other files separately');
  if (files.filter((f) => f === '-').length > 1) throw new InputError('stdin (-) can be read only once');
  const glossary = loadGlossary(opts.glossary);
  const chinese = opts.zh === undefined ? undefined : { text: (await readSourceFile(opts.zh)).text };
  if (chinese && detectLanguage(chinese.text) !== 'zh') throw new InputError('--zh expects a Chinese document; this one is not Chinese', { file: opts.zh! });
  const inputs: CheckInput[] = [];
  let englishSize = 0;
  for (const file of files) {
    if (signal?.aborted) throw new InterruptedError();
    const source = await readSourceFile(file);
    const keep = file === '-' || files.length === 1;
    const language = detectLanguage(source.text) === 'zh' ? 'zh' : 'en';
    if (language === 'en') englishSize += source.text.length;
    inputs.push({ file, source: keep ? source : undefined, language });
  }
  const firstChinese = inputs.find((i) => i.language === 'zh');
  if (firstChinese && (chinese || inputs.every((i) => i.language === 'zh'))) {
    throw new InputError('this is a Chinese document; check the English text, giving the Chinese with --zh (or give both files)', { file: firstChinese.file });
  }
  const note = opts.quiet ? undefined : (m: string) => process.stderr.write(`silkalign: ${m}\n`);
  const counterparts = firstChinese ? await pairChinese(inputs, note) : new Map<CheckInput, Counterpart>();
  const checkJobs: CheckJob[] = inputs
    .filter((input) => input.language === 'en')
    .map((input) => {
      const counterpart = counterparts.get(input);
      return {
        file: input.file,
        text: input.source?.text,
        glossary: opts.glossary,
        chinese: chinese ?? counterpart?.chinese,
        english: counterpart?.english,
        date: manifestEntry(input.file)?.date ?? opts.date ?? fileNameDate(input.file),
        rules: opts.rule,
        disable: opts.disable,
      };
    });
  const out = await checkFiles(checkJobs, { jobs: jobs ?? defaultJobs(englishSize), note, progress: !opts.quiet, signal });
  return { files: out, glossary };
}

/** Characters of English a thread must get to repay its start (loading the checks, warming up). */
const THREAD_MIN_CHARS = 512 * 1024;

/** Without --jobs: the cores, but no more threads than the text repays (a few seeds: none). */
function defaultJobs(englishSize: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(englishSize / THREAD_MIN_CHARS)));
}

interface Counterpart {
  /** The aligned Chinese: only for a pair the aligner calls a translation (as `run` does). */
  chinese?: { paragraphs: Paragraph[]; alignment: DocumentAlignment };
  english: { normalized: NormalizedDocument; paragraphs: Paragraph[] };
}

/**
 * Pairs the Chinese files among the inputs with the English ones, as `run` pairs a corpus
 * (pairDocuments: event evidence, manifest dates and events, content links). An English file
 * in a translation pair gets its Chinese for the cross-lingual checks; a comparable pair and an
 * unpaired Chinese file are noted on stderr.
 */
async function pairChinese(inputs: CheckInput[], note: ((message: string) => void) | undefined): Promise<Map<CheckInput, Counterpart>> {
  const ids = new Map(inputs.map((input, i) => [input, String(i).padStart(6, '0')]));
  const byId = new Map(inputs.map((input) => [ids.get(input)!, input]));
  const idOfManifestId = new Map<string, string>();
  const prepared = [];
  for (const input of inputs) {
    const source = input.source ?? (await readSourceFile(input.file));
    const normalized = normalizeDocument(source.text, { language: input.language });
    const entry = manifestEntry(input.file);
    if (entry) idOfManifestId.set(entry.id, ids.get(input)!);
    prepared.push({ input, normalized, paragraphs: segmentParagraphs(normalized), entry });
  }
  const documents: PairingDocument[] = prepared.map(({ input, paragraphs, entry }) => ({
    id: ids.get(input)!,
    language: input.language,
    paragraphs,
    date: entry?.date ?? fileNameDate(input.file),
    event: entry?.event,
    counterpart: entry?.counterpart === undefined ? undefined : idOfManifestId.get(entry.counterpart),
  }));
  const pairing = pairDocuments(documents);
  const out = new Map<CheckInput, Counterpart>();
  for (const { input, normalized, paragraphs } of prepared) {
    if (input.language === 'en') out.set(input, { english: { normalized, paragraphs } });
  }
  const zhParagraphs = new Map(prepared.map((p) => [p.input, p.paragraphs]));
  for (const pair of pairing.pairs) {
    const zh = byId.get(pair.zh)!;
    const en = byId.get(pair.en)!;
    if (pair.relation === 'translation') {
      out.get(en)!.chinese = { paragraphs: zhParagraphs.get(zh)!, alignment: pair.alignment };
      note?.(`${en.file}: checked against its Chinese source ${zh.file} (pair score ${pair.score.toFixed(2)})`);
    } else {
      note?.(`${en.file}: ${zh.file} reports the same event but is not a translation of it: cross-lingual checks skipped`);
    }
  }
  const paired = new Set(pairing.pairs.map((p) => p.zh));
  for (const input of inputs) {
    if (input.language === 'zh' && !paired.has(ids.get(input)!)) {
      note?.(`${input.file}: Chinese, with no English counterpart among the files given: not checked`);
    }
  }
  return out;
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

/** The corpus manifest's entry for a file (manifest.json in its folder or the one above). */
function manifestEntry(file: string): ManifestEntry | undefined {
  if (file === '-') return undefined;
  const target = resolve(file);
  for (const dir of [dirname(target), dirname(dirname(target))]) {
    const entry = manifestEntries(dir).get(target);
    if (entry) return entry;
  }
  return undefined;
}

/** A folder's manifest entries by resolved file path, read once per folder (many files, one manifest). */
const manifestsByDir = new Map<string, Map<string, ManifestEntry>>();
function manifestEntries(dir: string): Map<string, ManifestEntry> {
  let entries = manifestsByDir.get(dir);
  if (entries) return entries;
  const path = join(dir, 'manifest.json');
  const parsed = existsSync(path) ? ManifestSchema.safeParse(safeJson(path)) : undefined;
  entries = new Map();
  // The first entry for a file wins, as a search through the list would find it.
  for (const d of parsed?.success ? parsed.data.documents : []) if (!entries.has(resolve(dir, d.file))) entries.set(resolve(dir, d.file), d);
  manifestsByDir.set(dir, entries);
  return entries;
}

/** Corpus file names start with the date: 2022-06-08_third-meeting….en.txt. */
function fileNameDate(file: string): string | undefined {
  const date = corpusFileNameDate(file);
  return date && isDate(date) ? date : undefined;
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
