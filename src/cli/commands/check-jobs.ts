// Checking the English files of `silkalign check` as jobs: one job a file (with its paired
// Chinese, decided beforehand in the main thread), computed on worker threads (--jobs) or in
// this thread, and collected in input order. A job carries a file name, not its text, so that
// memory holds the files in flight only; notes for stderr come back with the findings and are
// printed in input order, so stderr too is the same for any number of threads.
import { clearTextMemos } from '../../align/lexicon/index.js';
import { checkEnglish, type ChineseInput } from '../../checks/index.js';
import { readSourceFile } from '../../corpus/index.js';
import { runOrdered } from '../../pipeline/parallel/index.js';
import { loadGlossary } from '../../glossary/index.js';
import type { FileFindings, Finding, NormalizedDocument, Paragraph } from '../../types.js';
import { startProgress } from '../progress.js';

export interface CheckJob {
  file: string;
  /** The text, when the file cannot be read again (stdin) or was read for one file only. */
  text?: string;
  /** --glossary, loaded (once per thread) where the job runs. */
  glossary?: string;
  date?: string;
  rules: string[];
  disable: string[];
  chinese?: ChineseInput;
  english?: { normalized: NormalizedDocument; paragraphs: Paragraph[] };
}

export interface CheckResult {
  findings: Finding[];
  notes: string[];
}

/** One English file's findings, before any filtering. Runs in a worker or in this thread. */
export async function checkFileJob(job: CheckJob): Promise<CheckResult> {
  const text = job.text ?? (await readSourceFile(job.file)).text;
  const notes: string[] = [];
  // The aligner's text memos (a file checked with its Chinese) need not outlive the file.
  clearTextMemos();
  const findings = checkEnglish(text, {
    glossary: loadGlossary(job.glossary),
    chinese: job.chinese,
    english: job.english,
    date: job.date,
    rules: job.rules,
    disable: job.disable,
    note: (message) => notes.push(message),
  });
  return { findings, notes };
}

export interface CheckJobsOptions {
  jobs: number;
  /** Prints a note on stderr (undefined: --quiet). */
  note?: (message: string) => void;
  progress: boolean;
  signal?: AbortSignal;
}

/** Checks every job, on `options.jobs` threads when there is more than one; input order kept. */
export async function checkFiles(jobs: CheckJob[], options: CheckJobsOptions): Promise<FileFindings[]> {
  const out: FileFindings[] = [];
  const progress = startProgress(jobs.length, 'silkalign check', { enabled: options.progress && jobs.length > 1 });
  try {
    await runOrdered<CheckJob, CheckResult>({
      count: jobs.length,
      jobs: options.jobs,
      script: new URL('./check-worker.js', import.meta.url),
      job: (index) => jobs[index],
      compute: checkFileJob,
      consume: (index, result) => {
        for (const message of result.notes) options.note?.(message);
        out.push({ path: jobs[index].file, findings: result.findings });
        progress.update(index + 1, { documents: index + 1 });
      },
      signal: options.signal,
    });
  } finally {
    progress.stop();
  }
  return out;
}
