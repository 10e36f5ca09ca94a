// Reviewer decisions files for the commands: reading one (`--decisions FILE`, the corpus's
// `decisions.json`) and applying it to `check`'s findings. Loaded only when a command runs.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../../corpus/index.js';
import { InputError } from '../../errors.js';
import { applyDecisions, emptyDecisions, parseDecisions, type DecisionFile } from '../../fix/index.js';
import type { FileFindings } from '../../types.js';

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
