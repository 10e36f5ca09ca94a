// crosslingual/short-form: a country the Chinese names by one character (哈方, 中塔, 土方, 中吉乌)
// misread in the aligned English: the character's everyday sense ("the Tower side" for 塔方),
// its bare pinyin ("China-Ha", "Jiwu"), a look-alike ("Harbin", "the Turkish side"), or another
// country of the region with no source in the Chinese. A wrong country is an error.
import type { CheckDefinition, FindingDraft } from './types.js';
import { documentTerms, termsIn } from './glossary-index.js';
import { chineseNames } from './source/chinese-names.js';
import { englishWords, type EnglishWord } from './source/english-names.js';
import { pairUnits } from './source/name-match.js';
import { pinyinSyllables } from './source/pinyin.js';
import { SHORT_FORMS, shortFormsIn, type ShortFormUse } from './source/short-forms.js';

export const shortForm: CheckDefinition = {
  id: 'crosslingual/short-form',
  severity: 'error',
  doc: 'A country the Chinese names by one character (哈方, 中塔, 土方) misread in the English ("Harbin", "the Tower side", "the Turkish side").',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const { garbleOf } = documentTerms(ctx);
    const flagged = new Set<number>();
    for (const pair of ctx.pairs) {
      for (const unit of pairUnits(pair)) {
        const names = chineseNames(unit.zh, ctx.glossary);
        const uses = shortFormsIn(unit.zh, (at) => names.some((n) => at >= n.start && at < n.end));
        if (uses.length === 0) continue;
        const words = englishWords(ctx.text, unit.start, unit.end);
        const garbles = termsIn(ctx, unit.start, unit.end).filter((t) => garbleOf.has(t));
        for (const use of uses) {
          for (const k of misreadings(use, unit.zh, words)) {
            const w = words[k];
            if (flagged.has(w.start) || garbles.some((g) => w.start < g.end && w.end > g.start)) continue;
            flagged.add(w.start);
            const side = /^\s+sides?\b/i.exec(ctx.text.slice(w.end));
            const end = side ? w.end + side[0].length : w.end;
            const adjective = use.country.forms[1] ?? use.country.forms[0];
            out.push({
              offset: w.start,
              length: end - w.start,
              message: `“${ctx.text.slice(w.start, end)}” misreads ${use.form}: ${use.character} stands for ${use.country.country} here`,
              suggestions: [side ? `${adjective} side` : use.country.country],
            });
          }
        }
      }
    }
    return out;
  },
};

/** Words of the sentence that misread the short form `use` (indices into `words`). */
function misreadings(use: ShortFormUse, zh: string, words: EnglishWord[]): number[] {
  const country = use.country;
  const bad = new Set<string>();
  for (const m of country.misreadings) if (!(country.unless[m] ?? []).some((source) => zh.includes(source))) bad.add(m.toLowerCase());
  const pinyin = new Set<string>();
  const syllable = pinyinSyllables(use.character)[0];
  if (syllable && syllable.length >= 2) pinyin.add(syllable);
  // The whole short form read out: 吉乌 "Jiwu", 中哈 "Zhongha".
  const chars = [...use.form].filter((c) => SHORT_FORMS.has(c));
  if (chars.length >= 2) pinyin.add(pinyinSyllables(chars.join('')).join(''));
  const out: number[] = [];
  words.forEach((w, k) => {
    const lower = w.text.toLowerCase();
    const next = words[k + 1];
    const previous = words.slice(Math.max(0, k - 3), k).map((p) => p.text.toLowerCase()).join(' ');
    // Where English would name a country: "the X side", "China-X", "China and (the) X".
    const countryPlace = (next !== undefined && /^sides?$/i.test(next.text)) || w.hyphenated || (next?.hyphenated ?? false) || /\b(?:and|with)(?: the)?$/.test(previous);
    if (bad.has(lower) && (countryPlace || (w.capitalised && !w.common && !w.initial))) out.push(k);
    else if (pinyin.has(lower) && w.capitalised) out.push(k);
  });
  return out;
}
