// crosslingual/unsourced-name: an English name with no source in the aligned Chinese paragraph
// ("Harbin" where the Chinese says 哈方). A country named by abbreviation (哈方, 中哈) has a source.
import type { CheckDefinition, FindingDraft } from './types.js';
import { NAME_TYPES } from '../glossary/index.js';
import { documentTerms, entriesNamedIn } from './glossary-index.js';
import { countriesAbbreviatedIn } from './abbreviations.js';

export const unsourcedName: CheckDefinition = {
  id: 'crosslingual/unsourced-name',
  severity: 'warning',
  doc: 'An English name with no source in the aligned Chinese paragraph ("Harbin" for 哈方).',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const { terms } = documentTerms(ctx);
    let k = 0;
    for (const pair of ctx.pairs) {
      const named = entriesNamedIn(ctx.glossary, pair.zh);
      for (const id of countriesAbbreviatedIn(pair.zh)) named.add(id);
      while (k < terms.length && terms[k].start < pair.start) k++;
      for (let j = k; j < terms.length && terms[j].start < pair.end; j++) {
        const t = terms[j];
        const correct = t.hits.filter((h) => h.role !== 'garble');
        if (correct.length === 0 || !correct.some((h) => NAME_TYPES.has(h.entry.type))) continue;
        if (correct.some((h) => named.has(h.entry.id) || h.entry.zhHans.length + h.entry.zhHant.length === 0)) continue;
        out.push({
          offset: t.start,
          length: t.end - t.start,
          message: `“${t.text}” has no source in the aligned Chinese paragraph (no ${correct[0].entry.zhHans[0] ?? correct[0].entry.preferred} there)`,
          suggestions: [],
        });
      }
    }
    return out;
  },
};
