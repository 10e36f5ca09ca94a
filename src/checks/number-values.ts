// Numbers as values, from Chinese (Arabic and Chinese numerals, 年月日, 第五次, 百分之五) and
// English (digits, number and ordinal words, month names, "June 8"): each mention becomes a
// key ("2022", "month:6", "5") so aligned paragraphs can be compared.

export interface NumberMention {
  key: string;
  /** Offsets into the text searched. */
  start: number;
  end: number;
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
const ARABIC = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** Units after which a Chinese numeral is a count, not part of a word (一带一路, 统一). */
const ZH_COUNTED = '(?:周年|年|月|日|号|次|届|个|国|方|项|点|倍|名|位|家|种|条|岁|天|轮|场|批|处|所|份|股|大|部|类|期|亿|万|%|％)';
const ZH_NUMBER = new RegExp(`(第)?(百分之)?(${ARABIC}|${NUMERAL})(${ZH_COUNTED})?`, 'gu');

/** Number mentions in Chinese text; numerals only as counts, ordinals, dates or percentages. */
export function chineseNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(ZH_NUMBER)) {
    const [whole, ordinal, percent, num, unit] = m;
    const arabic = /^[0-9０-９]/.test(num);
    if (!arabic && !ordinal && !percent && !unit) continue;
    // A structural number at the head of a paragraph (一、) is numbering, not content.
    if (!arabic && !ordinal && /^[、.．]/.test(text.slice(m.index + whole.length))) continue;
    const value = arabic ? Number(num.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)))) : chineseNumeralValue(num);
    if (value === undefined) continue;
    const key = unit === '月' ? `month:${value}` : String(value);
    out.push({ key, start: m.index, end: m.index + whole.length });
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WORDS: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  twentieth: 20, thirtieth: 30,
};
const EN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:st|nd|rd|th)?|(${MONTHS.join('|')})|(${Object.keys(WORDS).join('|')}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Number mentions in English text. "May" counts as a month only before a day or year. */
export function englishNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(EN_NUMBER)) {
    const [whole, digits, month, word] = m;
    let key: string;
    if (digits) key = String(Number(digits.replace(/,/g, '')));
    else if (month) {
      if (month.toLowerCase() === 'may' && !/^\s+\d/.test(text.slice(m.index + whole.length))) continue;
      key = `month:${MONTHS.indexOf(month.toLowerCase()) + 1}`;
    } else key = String(WORDS[word.toLowerCase()]);
    out.push({ key, start: m.index, end: m.index + whole.length });
  }
  return out;
}

/** Small numbers are too often implicit ("a", "once", "both", 一致) to compare. */
export function isComparable(key: string): boolean {
  return key.startsWith('month:') || Number(key) >= 3;
}
