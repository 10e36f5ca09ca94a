// crosslingual/length-ratio: an English paragraph much shorter or longer than its Chinese
// (likely omission or addition), Chinese counted in characters, English in letters and digits;
// and a Chinese paragraph with no English at all.
import type { CheckDefinition, FindingDraft } from './types.js';

/** English letters per Chinese character in these texts run about 2.5–4. */
export const MIN_RATIO = 1.2;
export const MAX_RATIO = 7;
/** Paragraphs shorter than this (Chinese characters) vary too much to judge. */
export const MIN_CHINESE = 30;

export function chineseLength(zh: string): number {
  return (zh.match(/[\p{Script=Han}\p{N}\p{Script=Latin}]/gu) ?? []).length;
}

export function englishLength(en: string): number {
  return (en.match(/[\p{L}\p{N}]/gu) ?? []).length;
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
