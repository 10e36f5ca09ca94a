// Checking files as `silkalign check` does: each English file a job (computed on a worker
// thread or here), with its Chinese when it has one: given with --zh, or found among the files
// by pairing them as `run` pairs a corpus. A job carries a file name, not its text, so memory
// holds the files in flight only; notes for stderr come back with the findings.
import { isIgnored, type IgnoreEntry } from '../checks/index.js';
import { detectLanguage, readSourceFile } from '../corpus/index.js';
import { InputError, InterruptedError } from '../errors.js';
import { applyDecisions, type AlignmentDecision, type Decision } from '../fix/index.js';
import type { FileFindings, Finding, Language, SourceText } from '../types.js';
import { alignChinese, checkEnglish, type AlignedChinese, type PreparedEnglish } from './check.js';
import type { GlossarySource, JobEnvironment } from './context.js';
import { fileEntry, prepareDocument, prepareText, type PreparedDocument } from './documents.js';
import type { ManifestLookup } from './manifest.js';
import { pairPrepared } from './pairing.js';
import { reviewAlignment } from './review.js';

export interface CheckFileJob {
  kind: 'check-file';
  file: string;
  /** The text, when the file cannot be read again (stdin) or was read for one file only. */
  text?: string;
  glossary: GlossarySource;
  date?: string;
  rules: string[];
  disable: string[];
  /** The Chinese source: aligned already (found among the files), or its text (--zh). */
  chinese?: AlignedChinese | { text: string };
  english?: PreparedEnglish;
}

export interface CheckFileResult {
  findings: Finding[];
  notes: string[];
}

/** One English file's findings, before any filtering. */
export async function checkFile(job: CheckFileJob, env: JobEnvironment): Promise<CheckFileResult> {
  const text = job.text ?? (await readSourceFile(job.file)).text;
  const notes: string[] = [];
  // The aligner's memo (a file checked with its Chinese) need not outlive the file.
  env.alignment.clear();
  const findings = checkEnglish(text, {
    glossary: env.glossaries.load(job.glossary),
    alignment: env.alignment,
    chinese: job.chinese,
    english: job.english,
    date: job.date,
    rules: job.rules,
    disable: job.disable,
    note: (message) => notes.push(message),
  });
  return { findings, notes };
}

export interface CheckPlanOptions {
  /** --zh: the Chinese source of the one English file. */
  zhFile?: string;
  /** --date: for files the manifest gives no date. */
  date?: string;
  rules: string[];
  disable: string[];
  glossary: GlossarySource;
  manifests: ManifestLookup;
  note?: (message: string) => void;
  /** Stops reading files (Ctrl-C). */
  aborted?: () => boolean;
  /** Reviewers' alignment decisions (the decisions file's): the cross-lingual checks read the reviewed links. */
  alignmentDecisions?: readonly AlignmentDecision[];
}

export interface CheckPlan {
  jobs: CheckFileJob[];
  /** Characters of English to check: what decides whether threads repay their start. */
  englishChars: number;
}

interface CheckInput {
  file: string;
  /** Kept for stdin and a single file; other files are read again where they are checked. */
  source?: SourceText;
  language: Language;
}

/**
 * Reads every file once for its language (the first unreadable one is named) and makes a job of
 * each English one. Chinese files given among them are paired with the English ones.
 */
export async function planEnglishChecks(files: string[], options: CheckPlanOptions): Promise<CheckPlan> {
  const chinese = options.zhFile === undefined ? undefined : { text: (await readSourceFile(options.zhFile)).text };
  if (chinese && detectLanguage(chinese.text) !== 'zh') throw new InputError('--zh expects a Chinese document; this one is not Chinese', { file: options.zhFile! });
  const inputs: CheckInput[] = [];
  let englishChars = 0;
  for (const file of files) {
    if (options.aborted?.()) throw new InterruptedError();
    const source = await readSourceFile(file);
    const language = detectLanguage(source.text) === 'zh' ? 'zh' : 'en';
    if (language === 'en') englishChars += source.text.length;
    inputs.push({ file, source: file === '-' || files.length === 1 ? source : undefined, language });
  }
  const firstChinese = inputs.find((i) => i.language === 'zh');
  if (firstChinese && (chinese || inputs.every((i) => i.language === 'zh'))) {
    throw new InputError('this is a Chinese document; check the English text, giving the Chinese with --zh (or give both files)', { file: firstChinese.file });
  }
  const counterparts = firstChinese ? await pairChinese(inputs, options) : new Map<CheckInput, Counterpart>();
  const jobs: CheckFileJob[] = [];
  for (const input of inputs.filter((i) => i.language === 'en')) {
    const counterpart = counterparts.get(input) ?? (chinese && (await reviewedCounterpart(options.zhFile!, input, chinese.text, options)));
    jobs.push({
      kind: 'check-file',
      file: input.file,
      text: input.source?.text,
      glossary: options.glossary,
      chinese: counterpart?.chinese ?? chinese,
      english: counterpart?.english,
      date: await options.manifests.dateOf(input.file, options.date),
      rules: options.rules,
      disable: options.disable,
    });
  }
  return { jobs, englishChars };
}

interface Counterpart {
  /** The aligned Chinese: only for a pair the aligner calls a translation (as `run` does). */
  chinese?: AlignedChinese;
  english: PreparedEnglish;
}

/**
 * Pairs the Chinese files among the inputs with the English ones, as `run` pairs a corpus (event
 * evidence, manifest dates and events, content links). An English file in a translation pair
 * gets its Chinese for the cross-lingual checks; a comparable pair and an unpaired Chinese file
 * are noted.
 */
async function pairChinese(inputs: CheckInput[], options: CheckPlanOptions): Promise<Map<CheckInput, Counterpart>> {
  const ids = new Map(inputs.map((input, i) => [input, String(i).padStart(6, '0')]));
  const byId = new Map(inputs.map((input) => [ids.get(input)!, input]));
  const known = await Promise.all(inputs.map((input) => options.manifests.entryOf(input.file)));
  const idOfManifestId = new Map(known.flatMap((entry, i) => (entry ? [[entry.id, ids.get(inputs[i])!] as const] : [])));
  const prepared = new Map<CheckInput, PreparedDocument>();
  for (const [i, input] of inputs.entries()) {
    const entry = known[i];
    const counterpart = entry?.counterpart === undefined ? undefined : idOfManifestId.get(entry.counterpart);
    const source = input.source ?? (await readSourceFile(input.file));
    prepared.set(input, prepareDocument(fileEntry(input.file, input.language, entry, { id: ids.get(input), counterpart }), source));
  }
  const pairing = pairPrepared([...prepared.values()]);
  const out = new Map<CheckInput, Counterpart>();
  for (const [input, doc] of prepared) if (input.language === 'en') out.set(input, { english: { normalized: doc.normalized, paragraphs: doc.paragraphs } });
  for (const pair of pairing.pairs) {
    const zh = byId.get(pair.zh)!;
    const en = byId.get(pair.en)!;
    if (pair.relation === 'translation') {
      const paragraphs = prepared.get(zh)!.paragraphs;
      const { alignment } = reviewAlignment(await options.manifests.pairIdOf(zh.file, en.file), pair.alignment, paragraphs, prepared.get(en)!.paragraphs, options.alignmentDecisions);
      out.get(en)!.chinese = { paragraphs, alignment };
      options.note?.(`${en.file}: checked against its Chinese source ${zh.file} (pair score ${pair.score.toFixed(2)})`);
    } else {
      options.note?.(`${en.file}: ${zh.file} reports the same event but is not a translation of it: cross-lingual checks skipped`);
    }
  }
  const paired = new Set(pairing.pairs.map((p) => p.zh));
  for (const input of inputs) {
    if (input.language === 'zh' && !paired.has(ids.get(input)!)) options.note?.(`${input.file}: Chinese, with no English counterpart among the files given: not checked`);
  }
  return out;
}

/**
 * `--zh` with alignment decisions for the pair: the two aligned here and the decisions applied, so
 * the job carries the reviewed alignment (without decisions the job aligns, as the library does).
 */
async function reviewedCounterpart(zhFile: string, input: CheckInput, zhText: string, options: CheckPlanOptions): Promise<Counterpart | undefined> {
  if (!options.alignmentDecisions?.length || input.file === '-') return undefined;
  const pair = await options.manifests.pairIdOf(zhFile, input.file);
  if (!options.alignmentDecisions.some((d) => d.pair === pair)) return undefined;
  const zh = prepareText(zhText, 'zh').paragraphs;
  const english = prepareText(input.source?.text ?? (await readSourceFile(input.file)).text, 'en');
  const aligned = alignChinese(zh, english.paragraphs);
  return { chinese: { paragraphs: zh, alignment: reviewAlignment(pair, aligned.alignment, zh, english.paragraphs, options.alignmentDecisions).alignment }, english };
}

/**
 * Reviewers' decisions applied to checked files' findings: rejected ones dropped, accepted or
 * edited ones given the reviewer's fix. Files are read again for the context that keys the
 * decisions; stdin cannot be, so it is refused.
 */
export async function applyDecisionsToFiles(files: readonly FileFindings[], decisions: readonly Decision[]): Promise<{ files: FileFindings[]; rejected: number }> {
  const out: FileFindings[] = [];
  let rejected = 0;
  for (const file of files) {
    if (file.path === '-') throw new InputError('--decisions needs the checked text in a file, not on stdin');
    const { text } = await readSourceFile(file.path);
    const decided = applyDecisions(text, file.findings, decisions);
    rejected += decided.rejected.length;
    out.push({ path: file.path, findings: decided.findings });
  }
  return { files: out, rejected };
}

/** The findings to report: those no ignore entry silences and, with `errorsOnly` (`--quiet`), errors only. */
export function reportableFindings(files: readonly FileFindings[], ignore: IgnoreEntry[], options: { errorsOnly: boolean }): FileFindings[] {
  return files.map((f) => ({
    path: f.path,
    findings: f.findings.filter((x) => !isIgnored(x, f.path, ignore) && (!options.errorsOnly || x.severity === 'error')),
  }));
}
