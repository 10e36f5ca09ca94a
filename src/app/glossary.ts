// Looking a term up in the glossary (`silkalign glossary lookup`): the entries it is a form of
// (English, a known garble, or Chinese), or the near misses when it is none.
import { findChineseTerms, findEnglishTerms, nearMissCandidates, type Glossary, type GlossaryEntry, type NearMiss } from '../glossary/index.js';

export interface TermLookup {
  /** The entries the term is a form of, with how it matched: preferred, variant, garble, zh. */
  entries: Array<GlossaryEntry & { matchedAs: string }>;
  /** Forms close to the term, when it is no entry's. */
  near: NearMiss[];
}

export function lookupTerm(glossary: Glossary, term: string): TermLookup {
  const text = term.trim();
  const whole = <T extends { start: number; end: number }>(m: T[]): T | undefined => (m.length === 1 && m[0].start === 0 && m[0].end === text.length ? m[0] : undefined);
  if (/\p{Script=Han}/u.test(text)) {
    const m = whole(findChineseTerms(glossary, text));
    return { entries: m ? [{ ...m.entry, matchedAs: `zh (${m.script})` }] : [], near: [] };
  }
  const m = whole(findEnglishTerms(glossary, text));
  if (m) return { entries: m.hits.map((h) => ({ ...h.entry, matchedAs: h.role })), near: [] };
  return { entries: [], near: nearMissCandidates(glossary, text, { threshold: 0.8, limit: 5 }) };
}
