// What each name or term of a document is rendered as in its English: the names the source
// checks matched (with the Chinese as the key), and every glossary form the English uses (with
// the glossary entry as the key). What the consistency checks and the corpus table read.
import type { CheckContext } from '../types.js';
import { NAME_TYPES } from '../../glossary/index.js';
import { documentTerms } from '../glossary-index.js';
import { documentNames } from './analysis.js';
import { contentStems } from './stems.js';
import { spellingKey } from './transliteration.js';

export interface TermRendering {
  /** The same thing wherever it is named: `g:` + glossary id, or `zh:` + the Chinese. */
  key: string;
  /** How the table shows the term: the Chinese, or the glossary's preferred English. */
  label: string;
  /** The English as written. */
  form: string;
  offset: number;
  /** A rendering another rule flags as garbled (pinyin read-out, misspelling). */
  garbled: boolean;
  /** The form it should have, when known. */
  expected?: string;
  /** Every form known for it (glossary, dictionary): a Chinese name for two places (奥克兰 Auckland, Oakland) may take both. */
  known: string[];
  /** A glossary name: its forms are preferred and variants, not names of other things. */
  glossaryForm?: boolean;
}

const perContext = new WeakMap<CheckContext, TermRendering[]>();

export function documentRenderings(ctx: CheckContext): TermRendering[] {
  let found = perContext.get(ctx);
  if (found) return found;
  found = [];
  const seen = new Set<number>();
  if (ctx.hasChinese) {
    for (const pair of documentNames(ctx)) {
      const garbled = new Set(pair.findings.filter((f) => f.problem !== 'missing').map((f) => f.span.start));
      for (const r of pair.renderings) {
        if (seen.has(r.start)) continue;
        seen.add(r.start);
        const name = r.name;
        found.push({
          key: name.entry ? entryKey(name.entry.id, name.entry.sameAs) : name.key,
          label: name.entry ? name.entry.preferred : name.zh,
          form: r.text,
          offset: r.start,
          garbled: garbled.has(r.start),
          expected: name.forms[0] ?? name.likely,
          known: name.forms,
          glossaryForm: name.source === 'glossary' || undefined,
        });
      }
    }
  }
  for (const term of documentTerms(ctx).terms) {
    if (seen.has(term.start)) continue;
    const hit = term.hits.find((h) => h.role !== 'garble');
    // Names only: set phrases and titles have several right forms ("all parties", "the parties").
    if (!hit || !NAME_TYPES.has(hit.entry.type)) continue;
    seen.add(term.start);
    found.push({ key: entryKey(hit.entry.id, hit.entry.sameAs), label: hit.entry.preferred, form: term.text, offset: term.start, garbled: false, expected: hit.entry.preferred, known: [hit.entry.preferred, ...hit.entry.variants], glossaryForm: true });
  }
  found.sort((a, b) => a.offset - b.offset);
  perContext.set(ctx, found);
  return found;
}

function entryKey(id: string, sameAs?: string): string {
  // Nur-Sultan and Astana are one place under two names: their own keys (the names differ by date).
  void sameAs;
  return `g:${id}`;
}

/**
 * Whether two renderings are the same form for consistency: equal letters, one's words inside
 * the other's ("Tokayev", "Kassym-Jomart Tokayev"), an acronym of it ("SCO"), or the same
 * stems ("Central Asia", "Central Asian").
 */
export function sameForm(a: string, b: string): boolean {
  const x = spellingKey(a.replace(/['’]s\b/g, ''));
  const y = spellingKey(b.replace(/['’]s\b/g, ''));
  if (x === y) return true;
  const wordsA = a.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const wordsB = b.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const [short, long] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (short.every((w) => long.includes(w))) return true;
  // "Jeff Bezos", "Preston Bezos": one person, the given names told apart elsewhere.
  if (wordsA.length > 1 && wordsB.length > 1 && spellingKey(wordsA[wordsA.length - 1]) === spellingKey(wordsB[wordsB.length - 1])) return true;
  const acronym = (words: string[]): string => words.filter((w) => !/^(?:of|the|and|for|in|on)$/.test(w)).map((w) => w[0]).join('');
  if (/^[A-Z.]{2,8}$/.test(a.replace(/\s/g, '')) && acronym(wordsB) === x) return true;
  if (/^[A-Z.]{2,8}$/.test(b.replace(/\s/g, '')) && acronym(wordsA) === y) return true;
  const stemsA = contentStems(a).join(' ');
  const stemsB = contentStems(b).join(' ');
  return stemsA === stemsB || stemsA.startsWith(stemsB) || stemsB.startsWith(stemsA);
}

/** Renderings grouped into distinct forms (same-form renderings together), in order of first use. */
export function distinctForms(list: TermRendering[]): TermRendering[][] {
  const groups: TermRendering[][] = [];
  for (const r of list) {
    const group = groups.find((g) => sameForm(g[0].form, r.form));
    if (group) group.push(r);
    else groups.push([r]);
  }
  return groups;
}
