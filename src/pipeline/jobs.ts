// The jobs worker threads and queue workers compute, all through the application layer: a unit
// of a run (its data, for the reports), a unit's parallel text only (`export --corpus`), and one
// English file of `check`. Jobs and results are plain data (they cross threads and machines).
import type { PairRelation } from '../align/index.js';
import { analyseUnit, checkFile, type CheckFileJob, type CheckFileResult, type GlossarySource, type JobEnvironment, type ReportSelection, type UnitResult } from '../app/index.js';
import { readCorpusDocument, type CorpusEntry } from '../corpus/index.js';
import type { ParallelSegment } from '../export/index.js';
import type { Decision } from '../fix/index.js';
import { StageClock } from '../profile.js';
import type { ManifestEntry, SourceText } from '../types.js';

/** What every unit of one run shares. */
export interface UnitSettings {
  glossary: GlossarySource;
  decisions: readonly Decision[];
  keepBoilerplate?: boolean;
  /** Parallel segments scored under this are left out. */
  minScore: number;
  /** The per-document and per-pair reports a `run-unit` prepares (default `all`). */
  reports?: ReportSelection;
  /** Time each unit's stages (`run --profile`): the result carries them. */
  profile?: boolean;
}

/** A unit of a corpus: `run-unit` gives everything the reports need, `parallel-unit` the pairs' parallel text only. */
export interface UnitJob<K extends 'run-unit' | 'parallel-unit' = 'run-unit' | 'parallel-unit'> {
  kind: K;
  corpus: string;
  entries: ManifestEntry[];
  /** The documents' text, when the job carries it (read already, or for a machine without the corpus). */
  sources?: SourceText[];
  settings: UnitSettings;
}

/** One document pair's parallel segments. */
export interface PairSegments {
  id: string;
  relation: PairRelation;
  segments: ParallelSegment[];
}

export type ThreadJob = UnitJob<'run-unit'> | UnitJob<'parallel-unit'> | CheckFileJob;

export interface JobResults {
  'run-unit': UnitResult;
  'parallel-unit': PairSegments[];
  'check-file': CheckFileResult;
}
export type ResultOf<J extends ThreadJob> = JobResults[J['kind']];

export async function computeJob<J extends ThreadJob>(job: J, env: JobEnvironment): Promise<ResultOf<J>> {
  if (job.kind === 'check-file') return (await checkFile(job, env)) as ResultOf<J>;
  const { settings } = job;
  const clock = settings.profile ? new StageClock() : undefined;
  const entries: CorpusEntry[] = [];
  for (const [i, entry] of job.entries.entries()) {
    const source = job.sources?.[i] ?? (await (clock ? clock.timeAsync('read', () => readCorpusDocument(job.corpus, entry.file)) : readCorpusDocument(job.corpus, entry.file)));
    entries.push({ entry, source });
  }
  const ctx = { glossary: env.glossaries.load(settings.glossary), decisions: settings.decisions, alignment: env.alignment, clock };
  const result = analyseUnit(entries, ctx, { keepBoilerplate: settings.keepBoilerplate, minScore: settings.minScore, reports: job.kind === 'run-unit' ? (settings.reports ?? 'all') : false });
  if (clock) result.stageTimes = clock.times;
  if (job.kind === 'run-unit') return result as ResultOf<J>;
  return result.pairs.map(({ pair, segments }) => ({ id: pair.id, relation: pair.relation, segments })) as ResultOf<J>;
}
