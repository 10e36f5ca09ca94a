// crosslingual/missing-name: a name in the Chinese paragraph (a glossary name) whose English is
// missing from the aligned English paragraph; points at the likely garbled span when there is one.
import type { CheckDefinition, FindingDraft } from './types.js';
import { findChineseTerms, lettersKey, nearMissCandidates, NAME_TYPES } from '../glossary/index.js';
import { documentTerms } from './glossary-index.js';
import { NEAR_MISS_THRESHOLD } from './near-miss.js';

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/gu;

export const missingName: CheckDefinition = {
  id: 'crosslingual/missing-name',
  severity: 'warning',
  doc: 'A name in the Chinese paragraph whose English is missing from the aligned English paragraph.',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const { terms } = documentTerms(ctx);
    for (const pair of ctx.pairs) {
      const inEnglish = new Set<string>();
      for (const t of terms) {
        if (t.end <= pair.start || t.start >= pair.end) continue;
        for (const h of t.hits) {
          inEnglish.add(h.entry.id);
          if (h.entry.sameAs) inEnglish.add(h.entry.sameAs);
        }
      }
      const seen = new Set<string>();
      for (const zhTerm of findChineseTerms(ctx.glossary, pair.zh)) {
        const entry = zhTerm.entry;
        if (!NAME_TYPES.has(entry.type) || seen.has(entry.id)) continue;
        seen.add(entry.id);
        if (inEnglish.has(entry.id) || ctx.glossary.entries.some((e) => e.sameAs === entry.id && inEnglish.has(e.id))) continue;
        if (entry.type === 'country' && hasDemonym(ctx.text.slice(pair.start, pair.end), entry.preferred)) continue;
        const suspect = likelySpan(ctx.text, pair, entry.id, ctx.glossary);
        const span = suspect ?? { start: pair.start, end: pair.end };
        out.push({
          offset: span.start,
          length: span.end - span.start,
          message: suspect
            ? `the Chinese names ${zhTerm.text} (${entry.preferred}); the English has “${ctx.text.slice(span.start, span.end)}” instead`
            : `the Chinese names ${zhTerm.text} (${entry.preferred}) but the aligned English paragraph does not`,
          suggestions: [entry.preferred],
        });
      }
    }
    return out;
  },
};

/** 中国政府 is "the Chinese government": a word sharing the country name's stem renders it. */
function hasDemonym(english: string, country: string): boolean {
  const stem = country.slice(0, Math.min(5, country.length - 1));
  return new RegExp(`(?<![\\p{L}])${stem}\\p{L}*`, 'u').test(english);
}

/** A capitalised span of the paragraph that is a near miss of the entry, if any. */
function likelySpan(
  text: string,
  pair: { start: number; end: number },
  entryId: string,
  glossary: Parameters<typeof nearMissCandidates>[0],
): { start: number; end: number } | undefined {
  const body = text.slice(pair.start, pair.end);
  for (const m of body.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(' ');
    for (let n = words.length; n >= 1; n--) {
      const span = words.slice(0, n).join(' ');
      if (lettersKey(span).length < 4) continue;
      if (nearMissCandidates(glossary, span, { threshold: NEAR_MISS_THRESHOLD - 0.1, limit: 5 }).some((c) => c.entry.id === entryId)) {
        return { start: pair.start + m.index, end: pair.start + m.index + span.length };
      }
    }
  }
  return undefined;
}
