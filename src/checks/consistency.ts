// consistency/name-variants and consistency/shared-rendering: within a document, the same
// Chinese name or glossary term written in different English forms ("Khodjaev" and
// "Huojiayefu" for 霍贾耶夫), and one English form used for different Chinese names; each
// reported once, with every variant and the lines it is on. `consistencyTable` does the same
// across the documents of a corpus, for `run`'s index.
import { lineColumn, lineStarts } from '../corpus/index.js';
import type { CheckContext, CheckDefinition, FindingDraft } from './types.js';
import { distinctForms, documentRenderings, sameForm, type TermRendering } from './source/renderings.js';
import { spellingDifference } from './source/transliteration.js';

export type { TermRendering } from './source/renderings.js';

/** Forms this close are two spellings of one name, not two names. */
const SPELLING_VARIANT = 0.3;

export const nameVariants: CheckDefinition = {
  id: 'consistency/name-variants',
  severity: 'warning',
  doc: 'One Chinese name or glossary term written in different English forms within a document (every variant and its lines listed once).',
  run(ctx) {
    const out: FindingDraft[] = [];
    const starts = lineStarts(ctx.text);
    const line = (offset: number): number => lineColumn(starts, offset).line;
    for (const [, list] of groupBy(documentRenderings(ctx), (r) => r.key)) {
      const forms = distinctForms(list);
      if (forms.length < 2) continue;
      // Two names the glossary lists for one thing (Kyrgyzstan, Kyrgyz Republic) are both right; two
      // spellings of one name (Centre, Center; Khorgos, Horgos) are the inconsistency.
      const listed = (g: TermRendering[]): boolean => g[0].glossaryForm === true && g[0].known.concat(g[0].expected ?? []).some((k) => sameForm(k, g[0].form));
      if (forms.every((g) => g[0].glossaryForm) && forms.every(listed) && !forms.some((g, i) => forms.some((h, j) => j > i && spellingDifference(g[0].form, h[0].form) <= SPELLING_VARIANT))) continue;
      // 奥克兰 is Auckland and Oakland: forms the dictionary gives for the same Chinese are not variants.
      if (!list[0].glossaryForm && list[0].known.length > 1 && forms.every((g) => list[0].known.some((k) => sameForm(k, g[0].form)))) continue;
      const odd = oddForm(forms);
      const first = odd[0];
      out.push({
        offset: first.offset,
        length: first.form.length,
        message: `${first.label} is written ${forms.map((g) => `“${g[0].form}” (line${g.length > 1 ? 's' : ''} ${[...new Set(g.map((r) => line(r.offset)))].join(', ')})`).join(' and ')} in this document`,
        suggestions: [forms.filter((g) => g !== odd).sort((a, b) => b.length - a.length)[0][0].form],
      });
    }
    return out;
  },
};

export const sharedRendering: CheckDefinition = {
  id: 'consistency/shared-rendering',
  severity: 'warning',
  doc: 'One English form used for different Chinese names within a document ("Akylbek Japarov" for two people).',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const starts = lineStarts(ctx.text);
    const renderings = documentRenderings(ctx).filter((r) => r.key.startsWith('zh:') || r.form.trim().includes(' '));
    // Only full forms: a surname two people share ("Japarov") is not one form for two names.
    const full = renderings.filter((r) => /\s/.test(r.form.trim()));
    for (const [, list] of groupBy(full, (r) => r.form.toLowerCase().replace(/['’]s\b/g, ''))) {
      const keys = [...new Set(list.map((r) => r.key))];
      if (keys.length < 2) continue;
      const second = list.find((r) => r.key === keys[1])!;
      out.push({
        offset: second.offset,
        length: second.form.length,
        message: `“${second.form}” renders ${keys.map((k) => `${list.find((r) => r.key === k)!.label} (line ${lineColumn(starts, list.find((r) => r.key === k)!.offset).line})`).join(' and ')}`,
        suggestions: [],
      });
    }
    return out;
  },
};

/**
 * The distinct forms of one term's renderings when they are an inconsistency, else undefined.
 * 奥克兰 is Auckland and Oakland: forms a dictionary gives for the same Chinese are not variants;
 * two names the glossary lists for one thing (Kyrgyzstan, Kyrgyz Republic) are both right; two
 * spellings of one name (Centre, Center; Khorgos, Horgos) or a form no list gives are the inconsistency.
 */
function inconsistentForms(list: TermRendering[]): TermRendering[][] | undefined {
  const forms = distinctForms(list);
  if (forms.length < 2) return undefined;
  if (!list[0].glossaryForm && list[0].known.length > 1 && forms.every((g) => list[0].known.some((k) => sameForm(k, g[0].form)))) return undefined;
  const listed = (g: TermRendering[]): boolean => g[0].glossaryForm === true && g[0].known.concat(g[0].expected ?? []).some((k) => sameForm(k, g[0].form));
  const spellings = forms.some((g, i) => forms.some((h, j) => j > i && spellingDifference(g[0].form, h[0].form) <= SPELLING_VARIANT));
  if (forms.every(listed) && !spellings) return undefined;
  return forms;
}

/** The form to point at: a garbled one, else the one farthest from what is expected, else the rarer, else the later. */
function oddForm(forms: TermRendering[][]): TermRendering[] {
  const scored = forms.map((g, order) => ({
    g,
    garbled: g.some((r) => r.garbled) ? 1 : 0,
    distance: g[0].expected ? spellingDifference(g[0].expected, g[0].form) : 0,
    count: g.length,
    order,
  }));
  scored.sort((a, b) => b.garbled - a.garbled || b.distance - a.distance || a.count - b.count || b.order - a.order);
  return scored[0].g;
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** A term written in more than one form across a corpus. */
export interface ConsistencyRow {
  term: string;
  variants: Array<{ form: string; count: number; documents: string[] }>;
}

/**
 * Across documents: each term (glossary entry or Chinese name) written in more than one form,
 * with how often each form is used and where; sorted by term. Pure: reads the renderings each
 * document's check reported (`checkEnglish`'s `renderings` option).
 */
export function consistencyTable(documents: ReadonlyArray<{ id: string; renderings: readonly TermRendering[] }>): ConsistencyRow[] {
  const byKey = new Map<string, Array<TermRendering & { document: string }>>();
  for (const doc of documents) for (const r of doc.renderings) byKey.set(r.key, [...(byKey.get(r.key) ?? []), { ...r, document: doc.id }]);
  const rows: ConsistencyRow[] = [];
  for (const list of byKey.values()) {
    const forms = inconsistentForms(list);
    if (!forms) continue;
    rows.push({
      term: list[0].label,
      variants: forms.map((g) => ({ form: g[0].form, count: g.length, documents: [...new Set(g.map((r) => (r as TermRendering & { document: string }).document))].sort() })),
    });
  }
  return rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/** Renderings of one checked document (for `checkEnglish`'s `renderings` option). */
export function renderingsOf(ctx: CheckContext): TermRendering[] {
  return documentRenderings(ctx);
}

export { sameForm };
