// Declared pairs: a manifest entry's `counterpart` names its translation or original (the
// manifest loader checks that it names a document of the other language that names it back).
// Pairing takes such a pair as given, and a large run makes each one a unit of its own.

interface Declaring {
  id: string;
  language: string;
  counterpart?: string;
}

/** The Chinese–English pairs `documents` declare, [zh, en], in the order of their first document. */
export function declaredPairs<T extends Declaring>(documents: readonly T[]): Array<[T, T]> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const out: Array<[T, T]> = [];
  const seen = new Set<string>();
  for (const d of documents) {
    const other = d.counterpart === undefined ? undefined : byId.get(d.counterpart);
    if (!other || other.language === d.language || seen.has(d.id) || seen.has(other.id)) continue;
    const [zh, en] = d.language === 'zh' ? [d, other] : [other, d];
    if (zh.language !== 'zh' || en.language !== 'en') continue;
    seen.add(zh.id).add(en.id);
    out.push([zh, en]);
  }
  return out;
}

/** The id of a declared pair's alignment folder, as pairing names it: `<zh id>--<en id>`. */
export const pairId = (zh: { id: string }, en: { id: string }): string => `${zh.id}--${en.id}`;
