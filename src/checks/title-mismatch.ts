// crosslingual/title-mismatch: a title next to a person in the English that does not render the
// person's title in the aligned Chinese ("State Councilor and Commerce Minister Wang Yi" for
// 国务委员兼外长王毅, "Vice President" for 副总理, "Prime Minister Li Qiang" for 国务院总理李强),
// even when another title in the paragraph is right. Titles come from data/titles.json.
import type { CheckDefinition, FindingDraft } from './types.js';
import { documentNames } from './source/analysis.js';
import { chineseNames } from './source/chinese-names.js';
import { pairUnits, type CheckedUnit } from './source/name-match.js';
import { pinyinSyllables } from './source/pinyin.js';
import { spellingKey } from './source/transliteration.js';
import { chineseTitlesAfter, chineseTitlesBefore, englishTitles, rendersTitle, titleData, type TitleMention } from './source/titles.js';

const ZH_TITLE = new RegExp([...new Set(titleData.titles.flatMap((t) => t.zh))].sort((a, b) => b.length - a.length).join('|'), 'gu');

interface Holder {
  titles: TitleMention[];
  /** The person's English, in source offsets. */
  start: number;
  end: number;
  chinese: boolean;
}

export const titleMismatch: CheckDefinition = {
  id: 'crosslingual/title-mismatch',
  severity: 'warning',
  doc: 'A title next to a person that does not render the person\'s title in the aligned Chinese ("Commerce Minister" for 外长, "Prime Minister" for China\'s 总理).',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const names = documentNames(ctx);
    ctx.pairs.forEach((pair, p) => {
      for (const unit of pairUnits(pair)) {
        const english = ctx.text.slice(unit.start, unit.end);
        const titles = englishTitles(ctx.text, unit.start, unit.end);
        if (titles.length === 0) continue;
        for (const holder of holders(unit, english, names[p].renderings, ctx.glossary)) {
          for (const t of attached(ctx.text, titles, holder)) {
            if (rendersTitle(t, holder.titles, holder.chinese)) continue;
            const expected = holder.titles.map((c) => titleData.titles.find((e) => e.id === (holder.chinese ? (e.id === c.id ? e.chinese ?? e.id : c.id) : c.id))?.en[0]).filter(Boolean);
            out.push({
              offset: t.start,
              length: t.end - t.start,
              message: `“${ctx.text.slice(t.start, t.end)}” is not the title the aligned Chinese gives this person (${holder.titles.map((c) => c.id.replace(/-/g, ' ')).join(', ')})`,
              suggestions: [...new Set(expected as string[])],
            });
          }
        }
      }
    });
    return out;
  },
};

/** People of the Chinese sentence with a title, and where the English names them. */
function holders(unit: CheckedUnit, english: string, renderings: ReturnType<typeof documentNames>[number]['renderings'], glossary: Parameters<typeof chineseNames>[1]): Holder[] {
  const zh = unit.zh;
  const out: Holder[] = [];
  // A person, or a transliterated name right after a title (部长扎夫基佐达).
  const people = chineseNames(zh, glossary).filter((n) => n.kind === 'person' || (n.source !== 'glossary' && n.kind === 'other' && chineseTitlesBefore(zh, n.start).length > 0));
  for (const person of people) {
    const titles = [...chineseTitlesBefore(zh, person.start), ...chineseTitlesAfter(zh, person.end)];
    if (titles.length === 0) continue;
    const rendering = renderings.find((r) => r.name.key === person.key && r.start >= unit.start && r.end <= unit.end);
    if (!rendering) continue;
    out.push({ titles, start: rendering.start, end: rendering.end, chinese: isPinyinOf(person.zh, rendering.text) });
  }
  // Chinese people after a title (外交部副部长孙卫东): found in the English by their pinyin.
  for (const m of zh.matchAll(ZH_TITLE)) {
    const at = m.index + m[0].length;
    if (people.some((n) => n.start === at)) continue;
    for (const length of [3, 2]) {
      const name = zh.slice(at, at + length);
      if (!/^\p{Script=Han}+$/u.test(name) || name.length < length) continue;
      const syllables = pinyinSyllables(name);
      const shown = `${syllables[0]} ${syllables.slice(1).join('')}`;
      const found = new RegExp(`\\b${shown.replace(' ', '\\s+')}\\b`, 'i').exec(english);
      if (!found) continue;
      out.push({ titles: chineseTitlesBefore(zh, at), start: unit.start + found.index, end: unit.start + found.index + found[0].length, chinese: true });
      break;
    }
  }
  return out;
}

function isPinyinOf(zh: string, english: string): boolean {
  return spellingKey(pinyinSyllables(zh).join('')) === spellingKey(english);
}

/**
 * The English titles that belong to a person: a chain right before the name ("Deputy Prime
 * Minister and Foreign Minister Meredov", with only given names between), or an appositive
 * right after it ("Hu Zucai, Vice Chairman of …,").
 */
function attached(text: string, titles: ReturnType<typeof englishTitles>, holder: Holder): ReturnType<typeof englishTitles> {
  const out: ReturnType<typeof englishTitles> = [];
  const before = titles.filter((t) => t.end <= holder.start).sort((a, b) => b.end - a.end);
  let edge = holder.start;
  for (const t of before) {
    const between = text.slice(t.end, edge);
    const ok = edge === holder.start ? /^(?:\s+(?:in|to|at|of)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’-]*)+)?(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u.test(between) : /^\s*(?:,|and|,\s*and)\s*$/u.test(between);
    if (!ok) break;
    out.push(t);
    edge = t.start;
  }
  const appositive = /^\s*,\s*(?:the\s+)?/u.exec(text.slice(holder.end));
  if (appositive) {
    const from = holder.end + appositive[0].length;
    const stop = text.indexOf(',', from);
    const limit = stop < 0 ? from + 120 : stop;
    const first = titles.find((t) => t.start === from);
    if (first) out.push(...titles.filter((t) => t.start >= from && t.end <= limit));
  }
  return out;
}
