// Splitting a corpus into independent units of work: each pair the manifest declares (its
// `counterpart`) is one unit; every other document goes into one unit together, since pairing
// must compare those with each other. A corpus with no declared pair is a single unit, so a run
// over units gives exactly the output of a run over the whole corpus at once.
import { declaredPairs, loadCorpus, pairId, readManifest } from '../corpus/index.js';
import type { ManifestEntry, SourceText } from '../types.js';

export interface CorpusUnit {
  entries: ManifestEntry[];
  /** The pair's id when the unit is one declared pair. */
  pairId?: string;
}

/** The undeclared rest first (when there is any), then the declared pairs in the order of their ids. */
export function corpusUnits(entries: readonly ManifestEntry[]): CorpusUnit[] {
  const pairs = declaredPairs(entries);
  const taken = new Set(pairs.flatMap(([zh, en]) => [zh.id, en.id]));
  const rest = entries.filter((e) => !taken.has(e.id));
  const declared = pairs.map(([zh, en]) => ({ entries: [zh, en], pairId: pairId(zh, en) })).sort((a, b) => (a.pairId < b.pairId ? -1 : 1));
  return rest.length ? [{ entries: rest }, ...declared] : declared;
}

/** A corpus folder as units: its manifest's, or (no manifest) its documents found, read and taken as one unit. */
export interface CorpusPlan {
  /** Every document, in manifest order (found order without a manifest). */
  entries: ManifestEntry[];
  units: CorpusUnit[];
  /** The documents' text by unit, when they had to be read to be found (no manifest). */
  sources?: Array<SourceText[] | undefined>;
  /** Whether the corpus has a manifest (the queue needs one: its units are the declared pairs). */
  manifest: boolean;
}

export async function planCorpus(corpus: string): Promise<CorpusPlan> {
  const manifest = await readManifest(corpus);
  if (manifest) return { entries: manifest.documents, units: corpusUnits(manifest.documents), manifest: true };
  const loaded = await loadCorpus(corpus);
  const entries = loaded.map((e) => e.entry);
  return { entries, units: [{ entries }], sources: [loaded.map((e) => e.source)], manifest: false };
}
