// crosslingual/unsourced-name: an English name (a glossary name, capitalised) with no source in
// the aligned Chinese ("Harbin" where the Chinese says 哈方), reported only from a confidently
// aligned sentence and when neither the paragraph nor its neighbours name it. A country the
// Chinese names by one character (哈方, 中哈, 访华, 中欧) has a source; so has a name the Chinese
// writes without its generic word (塔城 for 塔城市), inside a longer name, or in another
// transliteration the name matcher reads as this English (阿克勒别克 for 阿克尔别克).
import type { CheckDefinition, FindingDraft } from './types.js';
import { NAME_TYPES } from '../glossary/index.js';
import { entriesNamedIn, termsIn } from './glossary-index.js';
import type { GlossaryEntry } from '../glossary/index.js';
import { documentNames } from './source/analysis.js';
import { GENERIC_WORDS } from './source/chinese-names.js';
import { pairUnits } from './source/name-match.js';
import { shortFormsIn } from './source/short-forms.js';

/** A sentence aligned at least this confidently can say a name has no source. */
const UNSOURCED_CONFIDENCE = 0.8;

export const unsourcedName: CheckDefinition = {
  id: 'crosslingual/unsourced-name',
  severity: 'warning',
  doc: 'An English name with no source in the aligned Chinese ("Harbin" for 哈方), in a confidently aligned sentence.',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const named = ctx.pairs.map((pair, p) => {
      const ids = entriesNamedIn(ctx.glossary, pair.zh);
      const countries = new Set(shortFormsIn(pair.zh).map((u) => u.country.country.toLowerCase()));
      return { ids, countries, zh: pair.zh, rendered: documentNames(ctx)[p].renderings };
    });
    ctx.pairs.forEach((pair, p) => {
      const around = [named[p - 1], named[p], named[p + 1]].filter((n) => n !== undefined);
      for (const unit of pairUnits(pair)) {
        if (unit.score < UNSOURCED_CONFIDENCE) continue;
        for (const t of termsIn(ctx, unit.start, unit.end)) {
          if (!/^\p{Lu}/u.test(t.text)) continue;
          const correct = t.hits.filter((h) => h.role !== 'garble');
          if (correct.length === 0 || !correct.some((h) => NAME_TYPES.has(h.entry.type))) continue;
          if (correct.some((h) => h.entry.zhHans.length + h.entry.zhHant.length === 0)) continue;
          if (correct.some((h) => around.some((n) => n.ids.has(h.entry.id) || n.countries.has(h.entry.preferred.toLowerCase())))) continue;
          if (correct.some((h) => bareChinese(h.entry).some((zh) => around.some((n) => n.zh.includes(zh))))) continue;
          if (around.some((n) => n.rendered.some((r) => r.start < t.end && t.start < r.end))) continue;
          out.push({
            offset: t.start,
            length: t.end - t.start,
            message: `“${t.text}” has no source in the aligned Chinese (no ${correct[0].entry.zhHans[0] ?? correct[0].entry.preferred} there)`,
            suggestions: [],
          });
        }
      }
    });
    return out;
  },
};

/** An entry's Chinese forms without their generic word (塔城 for 塔城市), two characters at least. */
function bareChinese(entry: GlossaryEntry): string[] {
  const out: string[] = [];
  for (const zh of [...entry.zhHans, ...entry.zhHant]) {
    const generic = GENERIC_WORDS.find((w) => zh.endsWith(w));
    if (generic && zh.length - generic.length >= 2) out.push(zh.slice(0, -generic.length));
  }
  return out;
}
