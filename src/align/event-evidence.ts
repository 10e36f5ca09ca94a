// What identifies the event a document reports, read from its text in either language:
// dates (2020年7月16日, 二〇二〇年七月十六日, July 16, 2022-06-08), the meeting's ordinal
// (首次 / 第五次会晤 ↔ first / fifth meeting), other numbers, and names (see names.ts).
// Document pairing compares these.
import type { Language } from '../types.js';
import { englishProperNames, pinyinWindows, type PinyinWindows } from './names.js';

/** A calendar date; `year` is missing when the text gives only month and day ("July 16"). */
export interface TextDate {
  year?: number;
  month: number;
  day: number;
}

export interface EventEvidence {
  dates: TextDate[];
  /** Ordinals of the meeting(s) the text calls by number: 首次 → 1, "fifth meeting" → 5. */
  meetingOrdinals: Set<number>;
  /** Numbers of three or more digits other than dates (amounts, years mentioned alone). */
  numbers: Set<string>;
  /** Chinese text: the pinyin of its 2–4 character windows (none in English text). English text: its proper names. */
  pinyinWindows: PinyinWindows;
  properNames: Map<string, string>;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const HAN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 二〇二〇 → 2020 (digit by digit), 十六 → 16, 二十 → 20; Arabic digits pass through. */
export function readNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[〇零一二两三四五六七八九]{2,}$/.test(text)) return Number([...text].map((c) => HAN_DIGIT[c]).join(''));
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  if (!m[2]) return m[1] ? HAN_DIGIT[m[1]] : undefined;
  return (m[1] ? HAN_DIGIT[m[1]] : 1) * 10 + (m[3] ? HAN_DIGIT[m[3]] : 0);
}

function validDate(year: number | undefined, month: number, day: number): TextDate | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1)) return undefined;
  // Day 0 of the next month is the last day of this one; a year-less date may be 29 February.
  const lastDay = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  if (day > lastDay) return undefined;
  if (year !== undefined && !(year >= 1900 && year <= 2100)) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

export function extractDates(text: string): TextDate[] {
  const out: TextDate[] = [];
  const push = (d: TextDate | undefined) => d && out.push(d);
  const N = '[0-9〇零一二两三四五六七八九十]';
  // 2020年7月16日, 二〇二〇年七月十六日, 7月16日 (year optional)
  const zh = new RegExp(`(?:(${N}{4})\\s*年\\s*)?(${N}{1,2})\\s*月\\s*(${N}{1,3})\\s*[日号]`, 'g');
  for (const m of text.matchAll(zh)) {
    push(validDate(m[1] ? readNumber(m[1]) : undefined, readNumber(m[2]) ?? 0, readNumber(m[3]) ?? 0));
  }
  // 2020-07-17, 2022.06.13, 2024/12/01
  for (const m of text.matchAll(/(?<!\d)(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d)/g)) {
    push(validDate(Number(m[1]), Number(m[3]), Number(m[4])));
  }
  // July 16, 2020 / July 16 / 16 July 2020
  const mdY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
  for (const m of text.matchAll(mdY)) push(validDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[1]), Number(m[2])));
  const dMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4})\\b)?`, 'g');
  for (const m of text.matchAll(dMY)) push(validDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[2]), Number(m[1])));
  return out;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

/** Ordinals of numbered meetings: 首次…会议, 第五次会晤, "first … meeting", "5th meeting". */
export function extractMeetingOrdinals(text: string): Set<number> {
  const out = new Set<number>();
  const meeting = '(?:会晤|會晤|会议|會議|峰会|峰會)';
  for (const m of text.matchAll(new RegExp(`(?:首次|第一次)[^。，,；\\n]{0,24}?${meeting}`, 'g'))) if (m) out.add(1);
  for (const m of text.matchAll(new RegExp(`第([一二三四五六七八九十]{1,3}|\\d{1,2})次${meeting}`, 'g'))) {
    const n = readNumber(m[1]);
    if (n) out.add(n);
  }
  const words = `(${EN_ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
  const en = new RegExp(`\\b${words}\\b(?:\\s+[\\w'’+-]+){0,4}?\\s+(?:meeting|summit|conference)s?\\b`, 'gi');
  for (const m of text.matchAll(en)) {
    const w = m[1].toLowerCase();
    const n = EN_ORDINALS.indexOf(w) >= 0 ? EN_ORDINALS.indexOf(w) + 1 : parseInt(w, 10);
    if (n) out.add(n);
  }
  return out;
}

export function extractEventEvidence(text: string, language: Language): EventEvidence {
  const dates = extractDates(text);
  const dateParts = new Set(dates.flatMap((d) => [String(d.year ?? ''), String(d.day)]));
  const numbers = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.])\d{3,}(?![\d])/g)) if (!dateParts.has(String(Number(m[0])))) numbers.add(String(Number(m[0])));
  return {
    dates,
    meetingOrdinals: extractMeetingOrdinals(text),
    numbers,
    pinyinWindows: language === 'zh' ? pinyinWindows(text) : new Set<string>(),
    properNames: language === 'en' ? englishProperNames(text) : new Map(),
  };
}
