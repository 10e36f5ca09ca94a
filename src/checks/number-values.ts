// Numbers as values, from Chinese (Arabic and Chinese numerals with 万/亿, 年月日, 第五次,
// 百分之五, 下午3时, 星期三, 上半年) and English (digits, "1.46 billion", number and ordinal words,
// month and weekday names, "3 p.m.", "first half"): each mention becomes a kind and a value so
// aligned sentences can be compared. What a translator writes differently is not a mention:
// approximate Chinese numbers (几, 数十), numbers glued to names ("G20", "COVID-19"), paragraph
// numbering, and quantities with units a translation converts (miles, pounds, degrees).

export type NumberKind = 'number' | 'percent' | 'month' | 'time' | 'weekday' | 'half';

export interface NumberMention {
  kind: NumberKind;
  /** The value: a number, a month (1–12), minutes since midnight, a weekday (1 = Monday), a half (1, 2). */
  value: number;
  /** Offsets into the text searched. */
  start: number;
  end: number;
  /** An ordinal (第五次, "fifth", "5th"). */
  ordinal?: boolean;
  /** Written in words ("six", 六), not digits. */
  words?: boolean;
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** 二十八 → 28, 一百零五 → 105, 二〇二二 → 2022 (digit by digit when there is no unit). */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (!numeral) return undefined;
  if (![...numeral].some((c) => c in ZH_UNITS)) {
    let digits = '';
    for (const c of numeral) {
      if (!(c in ZH_DIGITS)) return undefined;
      digits += String(ZH_DIGITS[c]);
    }
    return Number(digits);
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of numeral) {
    if (c in ZH_DIGITS) digit = ZH_DIGITS[c];
    else if (c === '万' || c === '亿') {
      section = (section + digit) * ZH_UNITS[c];
      total += section;
      section = 0;
      digit = 0;
    } else if (c in ZH_UNITS) {
      section += (digit || 1) * ZH_UNITS[c];
      digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}

const NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+';
const ARABIC = '[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** Units after which a Chinese numeral is a count, not part of a word (一带一路, 统一). */
const ZH_COUNTED = '(?:周年|年|月|日|号|次|届|个|国|方|项|点|倍|名|位|家|种|条|岁|天|轮|场|批|处|所|份|股|部|类|期|季度|列|公里|%|％)';
/** Units a translation may convert (miles for 公里, pounds for 公斤): such quantities are not compared. */
const ZH_CONVERTIBLE = /^(?:公里|千米|米|厘米|英里|英尺|英寸|码|公斤|千克|克|磅|盎司|吨|度|摄氏度|华氏度|公顷|亩|平方|立方|加仑|升)/u;
const ZH_NUMBER = new RegExp(`(第)?(百分之)?(${ARABIC}|${NUMERAL})([十百千]?[万亿]|[十百千])?(${ZH_COUNTED})?`, 'gu');
const ZH_TIME = new RegExp(`(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚|夜间|夜里)(${ARABIC}|${NUMERAL})[时点](?:(${ARABIC}|${NUMERAL})分|(半))?`, 'gu');
const ZH_WEEKDAY = /(?:星期|礼拜|周)([一二三四五六日天])/gu;
const ZH_HALF = /([上下])半年/gu;
const WEEKDAY_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function arabicValue(text: string): number {
  return Number(text.replace(/[,，]/g, '').replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10))));
}

/** Number mentions in Chinese text. */
export function chineseNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const m of text.matchAll(ZH_TIME)) {
    const [whole, part, hourText, minuteText, half] = m;
    const hour = /^[0-9０-９]/.test(hourText) ? arabicValue(hourText) : chineseNumeralValue(hourText);
    if (hour === undefined || hour > 24) continue;
    const minutes = half ? 30 : minuteText ? (/^[0-9０-９]/.test(minuteText) ? arabicValue(minuteText) : chineseNumeralValue(minuteText) ?? 0) : 0;
    const afternoon = /下午|傍晚|晚|夜/.test(part) && hour < 12;
    const early = part === '凌晨' && hour === 12;
    out.push({ kind: 'time', value: ((afternoon ? hour + 12 : early ? 0 : hour) % 24) * 60 + minutes, start: m.index, end: m.index + whole.length });
    taken.fill(1, m.index, m.index + whole.length);
  }
  for (const m of text.matchAll(ZH_WEEKDAY)) {
    out.push({ kind: 'weekday', value: WEEKDAY_INDEX[m[1]], start: m.index, end: m.index + m[0].length });
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ZH_HALF)) {
    out.push({ kind: 'half', value: m[1] === '上' ? 1 : 2, start: m.index, end: m.index + m[0].length });
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ZH_NUMBER)) {
    if (taken[m.index]) continue;
    const [whole, ordinal, percent, num, scale] = m;
    let unit: string | undefined = m[5];
    const arabic = /^[0-9０-９]/.test(num);
    const after = text.slice(m.index + whole.length);
    // 1至5月, 16日至17日: the first number of a range takes the unit of the second.
    if (!unit) unit = after.match(new RegExp(`^(?:至|到|—|–|-|～|~)(?:${ARABIC}|${NUMERAL})(月|日|年|周年)`, 'u'))?.[1];
    if (!arabic && !ordinal && !percent && !unit && !scale) continue;
    // A structural number at the head of a paragraph (一、) is numbering, not content.
    if (!arabic && !ordinal && /^[、.．]/.test(after)) continue;
    // 几, 数十, 十几: approximate; 一些, 一致 are words.
    if (/[几数]/u.test(text.slice(Math.max(0, m.index - 1), m.index)) || /^几/u.test(after)) continue;
    if (ZH_CONVERTIBLE.test(after)) continue;
    // 十七八, 五六岁, 三两个: two numbers side by side are a guess ("seventeen or eighteen").
    if (!arabic && /[一二两三四五六七八九]{2}/u.test(num) && !/[十百千万亿]/u.test(num.slice(1)) && num.length === 2) continue;
    if (!arabic && /[一二两三四五六七八九][一二两三四五六七八九]$/u.test(num) && num.length >= 3) continue;
    let value = arabic ? arabicValue(num) : chineseNumeralValue(num);
    if (value === undefined) continue;
    // With Arabic digits the Chinese units multiply (4千万 = 40 million, 1，800万 = 18 million).
    if (scale) for (const c of scale) value *= ZH_UNITS[c];
    const kind: NumberKind = percent || unit === '%' || unit === '％' ? 'percent' : unit === '月' && !ordinal ? 'month' : 'number';
    out.push({ kind, value, start: m.index, end: m.index + whole.length, ordinal: Boolean(ordinal), words: !arabic });
  }
  return out.sort((a, b) => a.start - b.start);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WORDS: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, decade: 10,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
};
const ORDINAL_WORD = /(?:st|nd|rd|th)$/;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Units a translation may convert (8 公里 for "5 miles"): not compared. */
const EN_CONVERTIBLE = /^\s*(?:-\s*)?(?:square|cubic|miles?|mi|feet|foot|ft|inch(?:es)?|yards?|pounds?|lbs?|ounces?|oz|acres?|gallons?|degrees?|°|kilomet(?:er|re)s?|km|met(?:er|re)s?|kilograms?|kg|tons?|tonnes?|hectares?)\b/i;
const EN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-‐‑]|No\\.\\s?)(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(st|nd|rd|th)?(?:[\\s-]+(thousand|million|billion|trillion))?|(${MONTHS.join('|')})|(${WEEKDAYS.join('|')})|(first|second)\\s+half|(${Object.keys(WORDS).join('|')})(?:-(three|four|five|six|seven|eight|nine))?(?:\\s+(thousand|million|billion))?)(?![\\p{L}\\p{N}]|[-‐‑]\\p{L})`,
  'giu',
);
const EN_TIME = /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![\p{L}])|(?<![\p{L}\p{N}])(\d{1,2}):(\d{2})(?!\s*(?:a\.?m|p\.?m))(?![\p{N}])/giu;

/** Number mentions in English text. "May" counts as a month only before a day or year. */
export function englishNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const m of text.matchAll(EN_TIME)) {
    let value: number;
    if (m[3]) {
      const hour = Number(m[1]) % 12;
      value = (/^p/i.test(m[3]) ? hour + 12 : hour) * 60 + Number(m[2] ?? 0);
    } else {
      const hour = Number(m[4]);
      if (hour > 23 || Number(m[5]) > 59) continue;
      value = hour * 60 + Number(m[5]);
    }
    out.push({ kind: 'time', value, start: m.index, end: m.index + m[0].length });
    taken.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(EN_NUMBER)) {
    if (taken[m.index]) continue;
    const [whole, digits, suffix, digitScale, month, weekday, half, word, unitWord, wordScale] = m;
    const start = m.index;
    const end = m.index + whole.length;
    const after = text.slice(end);
    if (EN_CONVERTIBLE.test(after)) continue;
    // "COVID-19", "G20", "Line D": handled by the lookbehind; "19th-century" style compounds stay.
    if (month) {
      if (month.toLowerCase() === 'may' && !/^\s+\d/.test(after)) continue;
      if (/^\p{Ll}/u.test(month) && month.toLowerCase() !== 'may') continue;
      out.push({ kind: 'month', value: MONTHS.indexOf(month.toLowerCase()) + 1, start, end });
    } else if (weekday) {
      out.push({ kind: 'weekday', value: WEEKDAYS.indexOf(weekday.toLowerCase()) + 1, start, end });
    } else if (half) {
      out.push({ kind: 'half', value: half.toLowerCase() === 'first' ? 1 : 2, start, end });
    } else if (digits) {
      let value = Number(digits.replace(/,/g, ''));
      if (digitScale) value *= SCALES[digitScale.toLowerCase()];
      const percent = /^\s*(?:%|per\s?cent|percent)/i.test(after);
      out.push({ kind: percent ? 'percent' : 'number', value, start, end, ordinal: Boolean(suffix) });
    } else if (word) {
      const lower = word.toLowerCase();
      let value = WORDS[lower] + (unitWord ? WORDS[unitWord.toLowerCase()] : 0);
      // "a dozen" is 12; "dozens", "a decade or so" are approximate (the \b-free lookahead keeps "dozens" out).
      if (wordScale) value *= SCALES[wordScale.toLowerCase()];
      const percent = /^\s*(?:%|per\s?cent|percent)/i.test(after);
      out.push({ kind: percent ? 'percent' : 'number', value, start, end, ordinal: ORDINAL_WORD.test(lower) || /^(?:third|fifth|eighth|ninth|twelfth)$/.test(lower), words: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Small numbers are too often implicit ("a", "once", "both", 一致) to compare; months, times and weekdays always compare. */
export function isComparable(n: NumberMention): boolean {
  return n.kind !== 'number' || n.value >= 3;
}

/** Same value (numbers to four significant figures: 14.6亿 = 1.46 billion). */
export function sameValue(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== b.kind && !(isPlain(a) && isPlain(b))) return false;
  if (a.value === b.value) return true;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  return scale > 0 && Math.abs(a.value - b.value) / scale < 1e-4;
}

function isPlain(n: NumberMention): boolean {
  return n.kind === 'number';
}
