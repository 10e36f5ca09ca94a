// Splitting a corpus into independent units of work: each pair the manifest declares (its
// `counterpart`) is one unit; every other document goes into one unit together, since pairing
// must compare those with each other. A corpus with no declared pair is a single unit, so the
// run job gives exactly the output of the whole pipeline over it.
import type { ManifestEntry } from '../../types.js';

export function corpusUnits(entries: readonly ManifestEntry[]): ManifestEntry[][] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const taken = new Set<string>();
  const units: ManifestEntry[][] = [];
  const rest: ManifestEntry[] = [];
  for (const entry of entries) {
    if (taken.has(entry.id)) continue;
    const other = entry.counterpart === undefined ? undefined : byId.get(entry.counterpart);
    if (other && !taken.has(other.id) && other.language !== entry.language) {
      taken.add(entry.id).add(other.id);
      units.push(entry.language === 'zh' ? [entry, other] : [other, entry]);
    } else rest.push(entry);
  }
  // Pairs in the order of their Chinese ids, as pairing lists them; the undeclared rest first.
  units.sort((a, b) => (a[0].id < b[0].id ? -1 : a[0].id > b[0].id ? 1 : 0));
  return rest.length ? [rest.filter((e) => !taken.has(e.id)), ...units].filter((u) => u.length > 0) : units;
}
