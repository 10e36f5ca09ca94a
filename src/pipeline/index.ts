// The main job (`silkalign run`): the whole pipeline over a corpus folder, as an in-memory
// tree of output files that the CLI writes atomically. Each stage contributes files and a
// section of alignments/index.md.
import type { CorpusEntry } from '../corpus/index.js';
import { prepareDocuments, documentsSection, documentFiles } from './documents.js';
import { pairCorpus } from './pairs.js';
import { checkCorpus } from './findings.js';
import { writeReports } from './reports.js';
import type { Decision } from '../fix/index.js';

/** Relative path (POSIX separators) → file content. */
export type OutputTree = Map<string, string>;

export interface RunOptions {
  keepBoilerplate?: boolean;
  /** Called with a short line of progress for stderr. */
  log?: (line: string) => void;
  /** Reviewer decisions (corpus/decisions.json): rejected findings left out, edits applied. */
  decisions?: readonly Decision[];
  /** silkalign's version, for export headers. */
  toolVersion?: string;
}

export function runPipeline(entries: CorpusEntry[], options: RunOptions = {}): OutputTree {
  const tree: OutputTree = new Map();
  const documents = prepareDocuments(entries, options);
  for (const [path, content] of documentFiles(documents)) tree.set(path, content);
  // Stage 2: pairs and their alignments; later stages read `pairs.pairing`.
  const pairs = pairCorpus(documents, options);
  for (const [path, content] of pairs.files) tree.set(path, content);
  // Stage 3: findings of every English document; later stages read `findings.byDocument`.
  const findings = checkCorpus(documents, pairs.pairing, options);
  for (const [path, content] of findings.files) tree.set(path, content);
  // Stage 4 (last): fixed text, review reports, index.html and the parallel text.
  const reports = writeReports(documents, pairs.pairing, findings.byDocument, { ...options, consistency: findings.consistency });
  for (const [path, content] of reports.files) tree.set(path, content);
  const sections = [documentsSection(documents), pairs.section, findings.section, reports.section];
  tree.set('index.md', ['# silkalign: corpus report', '', ...sections].join('\n'));
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
