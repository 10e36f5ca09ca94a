// crosslingual/number-mismatch: numbers, dates, ordinals, percentages and counts that differ
// between aligned paragraphs (第五次 ↔ fifth, 2022年6月8日 ↔ June 8, 2022).
import type { CheckDefinition, FindingDraft } from './types.js';
import { chineseNumbers, englishNumbers, isComparable } from './number-values.js';

export const numberMismatch: CheckDefinition = {
  id: 'crosslingual/number-mismatch',
  severity: 'warning',
  doc: 'A number, date, ordinal or percentage that differs between aligned paragraphs.',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const pair of ctx.pairs) {
      const zh = chineseNumbers(pair.zh).filter((n) => isComparable(n.key));
      const en = englishNumbers(ctx.text.slice(pair.start, pair.end)).filter((n) => isComparable(n.key));
      const zhKeys = new Set(zh.map((n) => n.key));
      const enKeys = new Set(en.map((n) => n.key));
      for (const n of en) {
        if (zhKeys.has(n.key)) continue;
        out.push({
          offset: pair.start + n.start,
          length: n.end - n.start,
          message: `${describe(n.key)} is not in the aligned Chinese paragraph`,
          suggestions: [],
        });
      }
      const missing = [...new Set(zh.filter((n) => !enKeys.has(n.key)).map((n) => pair.zh.slice(n.start, n.end)))];
      if (missing.length) {
        out.push({
          offset: pair.start,
          length: pair.end - pair.start,
          message: `the Chinese has ${missing.map((m) => `“${m}”`).join(', ')}; the aligned English paragraph does not`,
          suggestions: [],
        });
      }
    }
    return out;
  },
};

function describe(key: string): string {
  return key.startsWith('month:') ? `month ${key.slice(6)}` : `the number ${key}`;
}
