// The glossary as the checks use it: term matches found once per document (cached on the
// context), garbles resolved against their context, and the English to suggest for a name on
// the document's date.
import {
  findChineseTerms,
  findEnglishTerms,
  garbleApplies,
  nameValidity,
  type FormHit,
  type Garble,
  type Glossary,
  type GlossaryEntry,
  type TermMatch,
} from '../glossary/index.js';
import type { CheckContext, Supersession } from './types.js';

/**
 * What a glossary finding makes redundant: a cross-lingual name finding on the same span, and
 * the shape checks' guesses (a non-word, pinyin) on any span it overlaps: the glossary knows better.
 */
export const GLOSSARY_SUPERSEDES: Supersession[] = [
  { rules: ['crosslingual/*-name'] },
  { rules: ['artifact/non-word', 'artifact/untranslated-pinyin'], overlapping: true },
];

export interface GarbleMatch {
  match: TermMatch;
  hit: FormHit & { garble: Garble };
  /** What to write instead, allowing for the document date. */
  correction: string;
}

interface DocumentTerms {
  terms: TermMatch[];
  garbles: GarbleMatch[];
  /** The garble (if any) each match is. */
  garbleOf: Map<TermMatch, GarbleMatch>;
}

const perContext = new WeakMap<CheckContext, DocumentTerms>();

/** Every glossary form in the document, and the garbles among them that apply in context. */
export function documentTerms(ctx: CheckContext): DocumentTerms {
  let found = perContext.get(ctx);
  if (found) return found;
  const terms = findEnglishTerms(ctx.glossary, ctx.text);
  const garbles: GarbleMatch[] = [];
  for (const match of terms) {
    const zh = chineseAt(ctx, match.start);
    const hit = match.hits.find(
      (h): h is FormHit & { garble: Garble } =>
        h.role === 'garble' && h.garble !== undefined && garbleApplies(h.garble, { zh, text: ctx.text, start: match.start, end: match.end }),
    );
    if (hit) garbles.push({ match, hit, correction: correctionOnDate(ctx, hit.entry, hit.garble.correction) });
  }
  found = { terms, garbles, garbleOf: new Map(garbles.map((g) => [g.match, g])) };
  perContext.set(ctx, found);
  return found;
}

/** The aligned Chinese of the English paragraph holding `offset` (undefined without Chinese). */
export function chineseAt(ctx: CheckContext, offset: number): string | undefined {
  if (!ctx.hasChinese) return undefined;
  const p = paragraphAt(ctx, offset);
  return p?.zh ?? (p ? '' : undefined);
}

export function paragraphAt(ctx: CheckContext, offset: number): CheckContext['paragraphs'][number] | undefined {
  const list = ctx.paragraphs;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else if (list[mid].start > offset) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

/** The correction, or the entry's name on the document date when the correction is a dated name. */
function correctionOnDate(ctx: CheckContext, entry: GlossaryEntry, correction: string): string {
  if (!ctx.date || correction !== entry.preferred) return correction;
  const validity = nameValidity(ctx.glossary, entry, ctx.date);
  return !validity.valid && validity.alternative ? validity.alternative.preferred : correction;
}

/** The Chinese form to quote for an entry in a message. */
export function chineseLabel(entry: GlossaryEntry): string {
  return entry.zhHans[0] ?? entry.zhHant[0] ?? entry.preferred;
}

/** The preferred English when `han` is exactly a glossary Chinese form. */
export function englishForChinese(glossary: Glossary, han: string): string | undefined {
  const terms = findChineseTerms(glossary, han);
  return terms.length === 1 && terms[0].start === 0 && terms[0].end === han.length ? terms[0].entry.preferred : undefined;
}

/** Ids of the entries a Chinese text names (with their `sameAs` twins). */
export function entriesNamedIn(glossary: Glossary, zh: string): Set<string> {
  const ids = new Set<string>();
  // Names inside a longer name count too: 上海合作组织成员国外长理事会 names the SCO.
  const searched = new Set<string>();
  const search = (text: string): void => {
    if (searched.has(text)) return;
    searched.add(text);
    for (const t of findChineseTerms(glossary, text)) {
      ids.add(t.entry.id);
      if (t.entry.sameAs) ids.add(t.entry.sameAs);
      if (t.text.length > 2) {
        search(t.text.slice(1));
        search(t.text.slice(0, -1));
      }
    }
  };
  search(zh);
  for (const e of glossary.entries) if (e.sameAs && ids.has(e.sameAs)) ids.add(e.id);
  return ids;
}

/** The document's glossary matches inside [start, end) (matches are in text order: a binary search). */
export function termsIn(ctx: CheckContext, start: number, end: number): TermMatch[] {
  const terms = documentTerms(ctx).terms;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: TermMatch[] = [];
  for (let k = lo; k < terms.length && terms[k].start < end; k++) if (terms[k].end <= end) out.push(terms[k]);
  return out;
}
