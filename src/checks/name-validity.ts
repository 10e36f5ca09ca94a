// glossary/name-validity: a correct name used outside the dates it was in use for the
// document's date ("Nur-Sultan" in a 2024 text: Astana).
import { nameValidity } from '../glossary/index.js';
import type { CheckDefinition, FindingDraft } from './types.js';
import { documentTerms } from './glossary-index.js';

export const nameValidityCheck: CheckDefinition = {
  id: 'glossary/name-validity',
  severity: 'warning',
  supersedes: [{ rules: ['crosslingual/*-name'] }],
  doc: 'A name used outside its validity dates for the document date (Nur-Sultan after 2022-09).',
  run(ctx) {
    const date = ctx.date;
    if (!date) return [];
    const out: FindingDraft[] = [];
    for (const match of documentTerms(ctx).terms) {
      const hit = match.hits.find((h) => h.role !== 'garble');
      if (!hit || !hit.entry.valid) continue;
      const validity = nameValidity(ctx.glossary, hit.entry, date);
      if (validity.valid) continue;
      const periods = hit.entry.valid.map((p) => `${p.from ?? '…'} to ${p.to ?? '…'}`).join(', ');
      const instead = validity.alternative?.preferred;
      out.push({
        offset: match.start,
        length: match.end - match.start,
        message: `“${match.text}” was not the name in use on ${date} (in use ${periods})${instead ? `: ${instead}` : ''}`,
        suggestions: instead ? [instead] : [],
      });
    }
    return out;
  },
};
