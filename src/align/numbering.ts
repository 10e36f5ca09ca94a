// Paragraph numbering as alignment anchors: 一、 ↔ 1. ↔ First, . Two documents whose top-level
// numbering runs through the same values in the same order are cut at each numbered paragraph,
// so that the bead search never links paragraph 三 with paragraph 4. A comparable document
// (a news report with its own "First, Second," list) numbers differently and gets no anchors.
import type { Paragraph } from '../types.js';

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth',
];
const EN_CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 一 → 1, 十 → 10, 十一 → 11, 二十三 → 23; undefined for anything else. */
export function chineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  if (text.length === 1) return text === '十' ? 10 : ZH_DIGITS[text];
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!m) return undefined;
  return (m[1] ? ZH_DIGITS[m[1]] : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]] : 0);
}

/** The top-level number heading a paragraph (一、, 1., First, Seven,), if any. */
export function paragraphNumber(paragraph: Pick<Paragraph, 'text' | 'numbering'>): number | undefined {
  const head = (paragraph.numbering ?? paragraph.text).trimStart();
  const zh = /^([一二三四五六七八九十]{1,3})[、.．]/.exec(head);
  if (zh) return chineseNumeral(zh[1]);
  const digits = /^(\d{1,2})[.、．)](?!\d)/.exec(head);
  if (digits) return Number(digits[1]);
  const word = /^([A-Za-z]+)[,:]/.exec(head);
  if (word) {
    const w = word[1].toLowerCase();
    const ordinal = EN_ORDINALS.indexOf(w);
    if (ordinal >= 0) return ordinal + 1;
    const cardinal = EN_CARDINALS.indexOf(w);
    if (cardinal >= 0) return cardinal + 1;
  }
  return undefined;
}

/**
 * Anchor pairs [zh paragraph index, en paragraph index]: only when both documents number
 * the same run of values 1, 2, 3, … (at least two) in the same order.
 */
export function numberingAnchors(zh: Paragraph[], en: Paragraph[]): Array<[number, number]> {
  const zhNumbered = numberedRun(zh);
  const enNumbered = numberedRun(en);
  if (zhNumbered.length < 2 || zhNumbered.length !== enNumbered.length) return [];
  return zhNumbered.map((z, k) => [z, enNumbered[k]]);
}

/** Indices of the paragraphs numbered 1, 2, 3, … in order; empty when the run is broken. */
function numberedRun(paragraphs: Paragraph[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const n = paragraphNumber(paragraphs[i]);
    if (n === undefined) continue;
    if (n !== out.length + 1) return [];
    out.push(i);
  }
  return out;
}
