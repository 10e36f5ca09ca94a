// The main job (`silkalign run`): a corpus's units computed by an executor (threads, or the
// queue) and written by one RunWriter as they arrive, in unit order. `runPipeline` does the same
// for documents already read, in this thread, into memory.
import { AlignmentContext } from '../align/index.js';
import { analyseUnit, GlossaryLoader } from '../app/index.js';
import type { Glossary } from '../glossary/index.js';
import type { CorpusEntry } from '../corpus/index.js';
import { InterruptedError } from '../errors.js';
import type { AlignmentDecision, Decision } from '../fix/index.js';
import { CONFIDENT_SCORE } from '../scores.js';
import type { SourceText } from '../types.js';
import type { Executor } from './executor.js';
import type { UnitJob, UnitSettings } from './jobs.js';
import { RunWriter, type OutputSink } from './run-writer.js';
import type { CorpusUnit } from './units.js';

export interface CorpusRun {
  corpus: string;
  units: readonly CorpusUnit[];
  /** The documents' text by unit, when read already (a corpus without a manifest is one unit, read to find it). */
  sources?: ReadonlyArray<SourceText[] | undefined>;
  settings: UnitSettings;
  executor: Executor;
  writer: RunWriter;
  /** Called after each unit is written: units done, documents done. */
  onProgress?: (unitsDone: number, documentsDone: number) => void;
  signal?: AbortSignal;
}

export async function runCorpus(run: CorpusRun): Promise<{ documents: number }> {
  const jobs: Array<UnitJob<'run-unit'>> = run.units.map((unit, i) => ({ kind: 'run-unit', corpus: run.corpus, entries: unit.entries, sources: run.sources?.[i], settings: run.settings }));
  let documents = 0;
  await run.executor.run(
    jobs,
    (i, result) => {
      run.writer.addUnit(result, run.units[i].pairId !== undefined);
      documents += run.units[i].entries.length;
      run.onProgress?.(i + 1, documents);
    },
    run.signal,
  );
  if (run.signal?.aborted) throw new InterruptedError();
  run.writer.finish();
  return { documents };
}

/** Relative path (POSIX separators) → file content. */
export type OutputTree = Map<string, string>;

export interface RunOptions {
  keepBoilerplate?: boolean;
  /** Called with a short line of progress for stderr. */
  log?: (line: string) => void;
  /** Reviewer decisions (corpus/decisions.json): rejected findings left out, edits applied. */
  decisions?: readonly Decision[];
  /** Reviewers' alignment decisions (the same file's `alignment`). */
  alignmentDecisions?: readonly AlignmentDecision[];
  /** Default: the curated glossary. */
  glossary?: Glossary;
  /** silkalign's version, for export headers. */
  toolVersion?: string;
}

/** The whole pipeline over documents already read, as one unit, into memory: the files `run` writes. */
export function runPipeline(entries: CorpusEntry[], options: RunOptions = {}): OutputTree {
  const tree: OutputTree = new Map();
  const sink: OutputSink = {
    write: (path, content) => void tree.set(path, content),
    append: (path, content) => void tree.set(path, (tree.get(path) ?? '') + content),
  };
  const writer = new RunWriter(sink, { toolVersion: options.toolVersion ?? '0.0.0', log: options.log });
  const ctx = { glossary: options.glossary ?? new GlossaryLoader().load(), decisions: options.decisions ?? [], alignmentDecisions: options.alignmentDecisions, alignment: new AlignmentContext() };
  writer.addUnit(analyseUnit(entries, ctx, { keepBoilerplate: options.keepBoilerplate, minScore: CONFIDENT_SCORE, reports: 'all' }));
  writer.finish();
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
