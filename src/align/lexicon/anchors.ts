// Anchors: tokens that translate themselves and so tie a Chinese segment to an English one —
// numbers (Arabic or Chinese numerals), dates (2020年7月16日 ↔ 16 July 2020), paragraph
// numbering (一、 ↔ 1.). Numbers become "#16", months "m7" on both sides.

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((name, k) => [[name, k + 1], [name.slice(0, 3), k + 1]] as const));
MONTH_NUMBER.delete('may'); // "may" is far more often the verb; the full form is matched below
MONTH_NUMBER.delete('mar');

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000 };

/** Value of a Chinese numeral ("二〇二〇" → 2020, "二十一" → 21, "十六" → 16), or undefined. */
export function chineseNumeralValue(numeral: string): number | undefined {
  const chars = [...numeral];
  if (chars.length === 0 || chars.some((c) => DIGITS[c] === undefined && UNITS[c] === undefined)) return undefined;
  if (chars.every((c) => DIGITS[c] !== undefined)) {
    return chars.length === 1 ? DIGITS[chars[0]] : Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of chars) {
    if (DIGITS[c] !== undefined) {
      digit = DIGITS[c];
    } else if (UNITS[c] === 10000) {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else {
      section += (digit === 0 ? 1 : digit) * UNITS[c];
      digit = 0;
    }
  }
  return total + section + digit;
}

function arabic(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
}

/** Pronouns: the stop-word list drops them, but first and second person mark dialogue. */
const WORD_ANCHORS: Record<'zh' | 'en', Array<[string, RegExp]>> = {
  zh: [
    ['w:i', /[我咱俺]/],
    ['w:you', /[你您]/],
  ],
  en: [
    ['w:i', /\b(?:I|me|my|mine|myself|we|us|our)\b/],
    ['w:you', /\b(?:you|your|yours|yourself)\b/i],
  ],
};

/**
 * Punctuation that survives translation: direct speech, questions, exclamations. Literary
 * dialogue is full of them, and they separate speech from narration.
 */
function punctuationAnchors(text: string, language: 'zh' | 'en'): string[] {
  const out: string[] = [];
  const quote = language === 'zh' ? /[“”「」『』"]/ : /(?:^|[\s(—-])['‘"“]|['’"”](?:[\s).,!?;:—-]|$)/;
  if (quote.test(text)) out.push('p:quote');
  if (/[?？]/.test(text)) out.push('p:question');
  if (/[!！]/.test(text)) out.push('p:exclaim');
  const words = WORD_ANCHORS[language];
  for (const [name, pattern] of words) if (pattern.test(text)) out.push(name);
  return out;
}

/** Anchor tokens of a Chinese segment. */
export function chineseAnchors(text: string): string[] {
  const out: string[] = punctuationAnchors(text, 'zh');
  const numbering = /^\s*[（(]?([一二三四五六七八九十]+)[、)）]/.exec(text);
  if (numbering) out.push(`#${chineseNumeralValue(numbering[1])}`);
  for (const match of text.matchAll(/([0-9０-９]+(?:[,，.][0-9０-９]+)*)(月)?/g)) {
    const value = Number.parseFloat(arabic(match[1]));
    out.push(match[2] ? `m${value}` : `#${value}`);
  }
  for (const match of text.matchAll(/([〇零一二两三四五六七八九十百千万]+)([年月日号])/g)) {
    const value = chineseNumeralValue(match[1]);
    if (value === undefined) continue;
    out.push(match[2] === '月' ? `m${value}` : `#${value}`);
  }
  return out;
}

/** Anchor tokens of an English segment. */
export function englishAnchors(text: string): string[] {
  const out: string[] = punctuationAnchors(text, 'en');
  for (const match of text.matchAll(/\b(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?\b/g)) {
    out.push(`#${Number.parseFloat(match[1].replace(/,/g, ''))}`);
  }
  for (const match of text.matchAll(/\b([A-Z][a-z]+)\.?/g)) {
    const month = MONTH_NUMBER.get(match[1].toLowerCase()) ?? (match[1] === 'May' ? 5 : undefined);
    if (month !== undefined) out.push(`m${month}`);
  }
  return out;
}
