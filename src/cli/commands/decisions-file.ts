// Reviewer decisions files for the commands: reading one (`--decisions FILE`, the corpus's
// `decisions.json`) and applying it to `check`'s findings. Loaded only when a command runs.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyDecisionsToFiles } from '../../app/index.js';
import { InputError } from '../../errors.js';
import { countOf } from '../../wording.js';
import { emptyDecisions, parseDecisions, type DecisionFile } from '../../fix/index.js';
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

/** Where a corpus's decisions are: --decisions FILE, else CORPUS/decisions.json. */
export const corpusDecisionsPath = (corpus: string, file: string | undefined): string => file ?? join(corpus, 'decisions.json');

/**
 * A corpus run's decisions (`run`, `export --corpus`): --decisions FILE, else CORPUS/decisions.json
 * when it exists; finding decisions, and alignment decisions as the run settings carry them.
 */
export async function runDecisions(corpus: string, file: string | undefined): Promise<{ decisions: DecisionFile['decisions']; alignmentDecisions: NonNullable<DecisionFile['alignment']> }> {
  const path = corpusDecisionsPath(corpus, file);
  const loaded = file !== undefined || existsSync(path) ? await loadDecisionsFile(path) : emptyDecisions();
  return { decisions: loaded.decisions, alignmentDecisions: loaded.alignment ?? [] };
}

/**
 * `check --decisions FILE`: drops the findings reviewers rejected (reporting their number on
 * stderr) and gives accepted or edited ones the reviewer's fix.
 */
export async function applyDecisionsFile(files: FileFindings[], decisionsPath: string | undefined, quiet = false): Promise<FileFindings[]> {
  if (decisionsPath === undefined) return files;
  const { decisions } = await loadDecisionsFile(decisionsPath);
  const decided = await applyDecisionsToFiles(files, decisions);
  if (!quiet && decided.rejected) process.stderr.write(`silkalign: ${countOf(decided.rejected, 'finding')} rejected by reviewer decisions (${decisionsPath}) not reported\n`);
  return decided.files;
}
