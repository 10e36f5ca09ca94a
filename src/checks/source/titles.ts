// Titles with their holders (data/titles.json, validated on load): the titles the Chinese puts
// before or after a person's name (国务委员兼外长王毅, 托卡耶夫总统), the titles the English puts
// around the person's rendering ("State Councilor and Foreign Minister Wang Yi", "Hu Zucai,
// Vice Chairman of …"), and whether an English title renders one of the Chinese ones.
import { z } from 'zod';
import raw from '../data/titles.json' with { type: 'json' };
import { loadLexicon } from '../../align/index.js';
import { contentStems } from './stems.js';
import { loadProperNouns } from './proper-nouns.js';

const TitleSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+$/),
    zh: z.array(z.string().min(1)).min(1),
    en: z.array(z.string().min(1)).min(1),
    /** The title this one is when its holder is Chinese (总理 → premier). */
    chinese: z.string().optional(),
    /** Takes the field named before it (交通部长, 商务部部长). */
    sector: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

const TitlesSchema = z
  .object({
    description: z.string(),
    titles: z.array(TitleSchema),
    examples: z.array(z.object({ zh: z.string().min(1), bad: z.string().min(1).optional(), good: z.string().min(1) }).strict()),
  })
  .strict();

export const titleData = TitlesSchema.parse(raw);
export type TitleEntry = z.infer<typeof TitleSchema>;
const BY_ID = new Map(titleData.titles.map((t) => [t.id, t]));

export interface TitleMention {
  id: string;
  /** Stems of the field a minister's title names (交通和道路 → transport, road; "Energy and Water Resources" → energi, water, resourc). */
  sector: string[];
  start: number;
  end: number;
}

const ZH_FORMS = titleData.titles.flatMap((t) => t.zh.map((form) => ({ form, id: t.id }))).sort((a, b) => b.form.length - a.form.length);
const FIELD_STOP_CHARACTER = /[，。；：（）()“”\s兼]/u;
const FIELD_STOP_WORD = /(?:斯坦|中国|国家|共和国)$/u;

/** Titles ending at `at` in the Chinese, chained by 兼 or 、 (国务委员兼外长, 中共中央政治局委员、外长). */
export function chineseTitlesBefore(zh: string, at: number): TitleMention[] {
  const out: TitleMention[] = [];
  let end = at;
  for (;;) {
    const found = ZH_FORMS.find(({ form }) => zh.slice(end - form.length, end) === form);
    if (!found) break;
    const start = end - found.form.length;
    const entry = BY_ID.get(found.id)!;
    const sector = entry.sector ? chineseField(zh, start) : { stems: [], start, foreign: false };
    out.push(withForeignField({ id: found.id, sector: sector.stems, start: sector.start, end }, sector.foreign));
    end = sector.start;
    if (/[兼、和]/u.test(zh[end - 1] ?? '')) end--;
    else break;
  }
  return out;
}

/** Titles right after a name (托卡耶夫总统, 王毅外长). */
export function chineseTitlesAfter(zh: string, at: number): TitleMention[] {
  const found = ZH_FORMS.find(({ form }) => zh.startsWith(form, at));
  return found && !BY_ID.get(found.id)?.sector ? [{ id: found.id, sector: [], start: at, end: at + found.form.length }] : [];
}

/** The field before 部长: 交通和道路, 投资、工业和贸易, 商务 (of 商务部). */
function chineseField(zh: string, titleStart: number): { stems: string[]; start: number; foreign: boolean } {
  let start = titleStart;
  while (start > 0 && titleStart - start < 14 && !FIELD_STOP_CHARACTER.test(zh[start - 1]) && !FIELD_STOP_WORD.test(zh.slice(Math.max(0, start - 3), start))) start--;
  const field = zh.slice(start, titleStart).replace(/部$/u, '');
  const lexicon = loadLexicon();
  const stems: string[] = [];
  for (let i = 0; i < field.length; ) {
    let length = Math.min(lexicon.maxWordLength, field.length - i);
    while (length > 1 && !lexicon.has(field.slice(i, i + length))) length--;
    const word = field.slice(i, i + length);
    if (!/^[和、及与]$/u.test(word)) for (const s of lexicon.lookup(word) ?? []) stems.push(s);
    i += length;
  }
  return { stems, start, foreign: field === '外交' };
}

/** 外交部副部长 is a deputy foreign minister. */
function withForeignField(t: TitleMention, foreign: boolean): TitleMention {
  if ((t.id === 'minister' || t.id === 'deputy-minister') && foreign) return { ...t, id: t.id === 'minister' ? 'foreign-minister' : 'deputy-foreign-minister', sector: [] };
  return t;
}

const EN_FORMS = [...new Set(titleData.titles.flatMap((t) => t.en))].sort((a, b) => b.length - a.length);
const EN_IDS = new Map<string, string[]>();
for (const t of titleData.titles) for (const form of t.en) EN_IDS.set(form.toLowerCase(), [...(EN_IDS.get(form.toLowerCase()) ?? []), t.id]);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_TITLE = new RegExp(`\\b(?:${EN_FORMS.map(escape).join('|')})\\b`, 'gu');
/** "Minister of Energy and Water Resources", "Minister for Foreign Trade": the field after. */
const FIELD_AFTER = /^\s+(?:of|for)\s+((?:the\s+)?[A-Z][\w-]*(?:(?:,\s*|\s+and\s+|\s+)(?:[A-Z][\w-]*))*)/u;
/** "Commerce Minister": the field before. */
const FIELD_BEFORE = /([A-Z][a-z]+)\s+$/u;
const NOT_A_FIELD = new Set(['foreign', 'prime', 'deputy', 'vice', 'first', 'assistant', 'acting', 'chief', 'cabinet', 'kazakh', 'kyrgyz', 'tajik', 'turkmen', 'uzbek', 'chinese']);

/** English titles in text[start, end), each with the ids it can render. */
export function englishTitles(text: string, start: number, end: number): Array<{ ids: string[]; sector: string[]; start: number; end: number }> {
  const body = text.slice(start, end);
  const out: Array<{ ids: string[]; sector: string[]; start: number; end: number }> = [];
  for (const m of body.matchAll(EN_TITLE)) {
    const ids = EN_IDS.get(m[0].toLowerCase()) ?? [];
    let titleStart = m.index;
    let titleEnd = m.index + m[0].length;
    let sector: string[] = [];
    if (ids.includes('minister') || ids.includes('deputy-minister')) {
      const after = FIELD_AFTER.exec(body.slice(titleEnd));
      const before = FIELD_BEFORE.exec(body.slice(0, titleStart));
      if (after) {
        // The field is common words ("Energy and Water Resources"); a name after it is the holder's.
        const words = [...after[1].matchAll(/[\w-]+/g)];
        let keep = 0;
        for (let k = 0; k < words.length; k++) if (/^(?:and|the|of)$/i.test(words[k][0]) || loadProperNouns().isCommonWord(words[k][0].toLowerCase())) keep = k + 1; else break;
        while (keep > 0 && /^(?:and|the|of)$/i.test(words[keep - 1][0])) keep--;
        const field = keep ? after[1].slice(0, words[keep - 1].index + words[keep - 1][0].length) : '';
        sector = contentStems(field);
        titleEnd += after[0].length - (after[1].length - field.length);
      } else if (before && !NOT_A_FIELD.has(before[1].toLowerCase()) && !(ids.includes('minister') && /Deputy|Vice/.test(before[1]))) {
        sector = contentStems(before[1]);
        titleStart = before.index;
      }
    }
    out.push({ ids, sector, start: start + titleStart, end: start + titleEnd });
  }
  return out;
}

/** Whether an English title renders one of the Chinese titles (of a Chinese holder or not). */
export function rendersTitle(english: { ids: string[]; sector: string[] }, chinese: TitleMention[], holderIsChinese: boolean): boolean {
  return chinese.some((t) => {
    const id = holderIsChinese ? (BY_ID.get(t.id)?.chinese ?? t.id) : t.id;
    if (!english.ids.includes(id)) return false;
    if ((id === 'minister' || id === 'deputy-minister') && t.sector.length && english.sector.length) return t.sector.some((s) => english.sector.includes(s));
    return true;
  });
}
