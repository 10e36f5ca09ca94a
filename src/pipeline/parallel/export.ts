// `silkalign export --corpus` over a corpus's units (see units.ts) on worker threads: each
// unit's pairs and their segments come back in unit order and are handed on in the order of
// their pair ids, whatever the number of threads. The pairs of the undeclared rest of the
// corpus (one unit, computed first) are held and merged in among the declared pairs.
import type { ManifestEntry, SourceText } from '../../types.js';
import type { PairSegments, ParallelTextOptions } from '../parallel-text.js';
import type { ExportUnitJob, ExportUnitResult } from './export-unit.js';
import { runOrdered } from './pool.js';

export interface ParallelExportOptions {
  corpus: string;
  units: ManifestEntry[][];
  /** The documents' text by unit, when already read. */
  sources?: SourceText[][];
  jobs: number;
  options: ParallelTextOptions;
  /** Called once per pair, in pair id order; the next call waits for this one. */
  onPair: (pair: PairSegments) => Promise<void> | void;
  /** Called after each unit: units done, documents done. */
  onProgress?: (unitsDone: number, documentsDone: number) => void;
  signal?: AbortSignal;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The id of the pair a unit of two declared counterparts gives (pairing: `zh--en`). */
function declaredPairId(unit: ManifestEntry[]): string | undefined {
  const [zh, en] = unit;
  const declared = unit.length === 2 && zh.language === 'zh' && en.language === 'en' && (zh.counterpart === en.id || en.counterpart === zh.id);
  return declared ? `${zh.id}--${en.id}` : undefined;
}

export async function exportUnitsParallel(run: ParallelExportOptions): Promise<{ pairs: number; documents: number }> {
  const { exportUnit } = await import('./export-unit.js');
  const order = run.units.map((unit, i) => ({ i, key: declaredPairId(unit) }));
  const rest = order.filter((u) => u.key === undefined);
  const declared = order.filter((u) => u.key !== undefined).sort((a, b) => byId({ id: a.key! }, { id: b.key! }));
  const units = [...rest, ...declared];
  let held: PairSegments[] = [];
  let next = 0;
  let pairs = 0;
  let documents = 0;
  const emit = async (pair: PairSegments) => {
    pairs++;
    await run.onPair(pair);
  };
  await runOrdered<ExportUnitJob, ExportUnitResult>({
    count: units.length,
    jobs: run.jobs,
    script: new URL('./export-worker.js', import.meta.url),
    job: (k) => ({ corpus: run.corpus, entries: run.units[units[k].i], sources: run.sources?.[units[k].i], options: run.options }),
    compute: exportUnit,
    consume: async (k, result) => {
      documents += result.documents;
      if (k < rest.length) {
        held.push(...result.pairs);
        if (k === rest.length - 1) held = held.sort(byId);
      } else {
        const first = result.pairs[0]?.id ?? units[k].key!;
        while (next < held.length && held[next].id < first) await emit(held[next++]);
        for (const pair of result.pairs) await emit(pair);
      }
      run.onProgress?.(k + 1, documents);
    },
    signal: run.signal,
  });
  while (next < held.length) await emit(held[next++]);
  return { pairs, documents };
}
