// `silkalign export --corpus`: every pair of a corpus, its units computed by an executor and each
// pair's segments handed on in the order of the pair ids, whatever the number of threads.
import { InterruptedError } from '../errors.js';
import type { SourceText } from '../types.js';
import type { Executor } from './executor.js';
import type { PairSegments, UnitJob, UnitSettings } from './jobs.js';
import { PairOrder } from './pair-order.js';
import type { CorpusUnit } from './units.js';

export interface CorpusExport {
  corpus: string;
  units: readonly CorpusUnit[];
  sources?: ReadonlyArray<SourceText[] | undefined>;
  settings: UnitSettings;
  executor: Executor;
  /** Called once per pair, in pair id order; the next call waits for this one. */
  onPair: (pair: PairSegments) => Promise<void> | void;
  /** Called after each unit: units done, documents done. */
  onProgress?: (unitsDone: number, documentsDone: number) => void;
  signal?: AbortSignal;
}

export async function exportCorpusPairs(run: CorpusExport): Promise<{ pairs: number; documents: number }> {
  const jobs: Array<UnitJob<'parallel-unit'>> = run.units.map((unit, i) => ({ kind: 'parallel-unit', corpus: run.corpus, entries: unit.entries, sources: run.sources?.[i], settings: run.settings }));
  const order = new PairOrder<PairSegments>();
  let pairs = 0;
  let documents = 0;
  const emit = async (due: PairSegments[]) => {
    for (const pair of due) {
      pairs++;
      await run.onPair(pair);
    }
  };
  await run.executor.run(
    jobs,
    async (i, result) => {
      await emit(order.add(result, run.units[i].pairId !== undefined));
      documents += run.units[i].entries.length;
      run.onProgress?.(i + 1, documents);
    },
    run.signal,
  );
  if (run.signal?.aborted) throw new InterruptedError();
  await emit(order.flush());
  return { pairs, documents };
}
