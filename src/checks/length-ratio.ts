// crosslingual/length-ratio: an English paragraph much shorter or longer than its Chinese
// (likely omission or addition), Chinese counted in characters, English in letters and digits;
// and a Chinese paragraph with no English at all.
import type { CheckDefinition, FindingDraft } from './types.js';

/** English letters per Chinese character in these texts run about 2.5–4. */
export const MIN_RATIO = 1.2;
export const MAX_RATIO = 7;
/** Paragraphs shorter than this (Chinese characters) vary too much to judge. */
export const MIN_CHINESE = 30;

const CHINESE_COUNTED = /[\p{Script=Han}\p{N}\p{Script=Latin}]/u;
const ENGLISH_COUNTED = /[\p{L}\p{N}]/u;

/** Han characters, digits and Latin letters: code points matching CHINESE_COUNTED. */
export const chineseLength = codePointCounter(CHINESE_COUNTED);
/** Letters and digits: code points matching ENGLISH_COUNTED. */
export const englishLength = codePointCounter(ENGLISH_COUNTED);

/**
 * Counts the code points of a text that match a one-character class, without a match array
 * of one string per character (these run on every paragraph of every check): the answer for
 * each BMP code is cached (1 counted, 2 not, 0 not yet known).
 */
function codePointCounter(counted: RegExp): (text: string) => number {
  const bmp = new Uint8Array(0x10000);
  return (text) => {
    let count = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (counted.test(text.slice(i, i + 2))) count += 1;
        i += 1;
        continue;
      }
      let known = bmp[c];
      if (known === 0) bmp[c] = known = counted.test(text[i]) ? 1 : 2;
      if (known === 1) count += 1;
    }
    return count;
  };
}

export const lengthRatio: CheckDefinition = {
  id: 'crosslingual/length-ratio',
  severity: 'warning',
  doc: 'An English paragraph far shorter or longer than its aligned Chinese (likely omission or addition).',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const pair of ctx.pairs) {
      const zh = chineseLength(pair.zh);
      if (zh < MIN_CHINESE) continue;
      const ratio = englishLength(ctx.text.slice(pair.start, pair.end)) / zh;
      if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) continue;
      out.push({
        offset: pair.start,
        length: pair.end - pair.start,
        message:
          ratio < MIN_RATIO
            ? `English paragraph is short for its Chinese (${ratio.toFixed(1)} letters per character, expected ${MIN_RATIO}–${MAX_RATIO}): something may be left out`
            : `English paragraph is long for its Chinese (${ratio.toFixed(1)} letters per character, expected ${MIN_RATIO}–${MAX_RATIO}): something may be added or repeated`,
        suggestions: [],
      });
    }
    for (const gap of ctx.unmatchedChinese) {
      if (chineseLength(gap.zh) < MIN_CHINESE) continue;
      out.push({
        offset: gap.at,
        length: 0,
        message: `a Chinese paragraph (“${gap.zh.slice(0, 20)}…”) has no English here: likely left out`,
        suggestions: [],
      });
    }
    return out;
  },
};
