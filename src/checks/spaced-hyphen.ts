// artifact/spaced-hyphen: "anti -drug", "China -Central Asia": a space before a joining hyphen,
// left by machine translation where the source had a dash or a compound. Safe fix: close it up.
import type { CheckDefinition, FindingDraft } from './types.js';

const SPACED_HYPHEN = /[\p{L}\p{N}]+(?:[ \t]+-\p{L}[\p{L}\p{N}]*)+/gu;

export const spacedHyphen: CheckDefinition = {
  id: 'artifact/spaced-hyphen',
  severity: 'warning',
  doc: 'A space before a joining hyphen ("anti -drug"); safe fix: "anti-drug".',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const m of ctx.text.matchAll(SPACED_HYPHEN)) {
      const joined = m[0].replace(/[ \t]+-/g, '-');
      out.push({
        offset: m.index,
        length: m[0].length,
        message: `spaced hyphen in “${m[0]}”: write “${joined}”`,
        suggestions: [joined],
        fix: { replacement: joined },
      });
    }
    return out;
  },
};
