// artifact/spaced-hyphen: "anti -drug", "China -Central Asia": a space before a joining hyphen,
// left by machine translation where the source had a dash or a compound. Safe fix: close it up.
import type { CheckDefinition, FindingDraft } from './types.js';

/** A chain: words joined by spaced hyphens. Run only at the anchors below (fast on big texts). */
const SPACED_HYPHEN = /[\p{L}\p{N}]+(?:[ \t]+-\p{L}[\p{L}\p{N}]*)+/uy;
const ANCHOR = /[\p{L}\p{N}][ \t]+-\p{L}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const spacedHyphen: CheckDefinition = {
  id: 'artifact/spaced-hyphen',
  severity: 'warning',
  fixes: true,
  doc: 'A space before a joining hyphen ("anti -drug"); safe fix: "anti-drug".',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    let covered = 0;
    for (const anchor of text.matchAll(ANCHOR)) {
      if (anchor.index < covered) continue;
      let start = anchor.index;
      while (start > covered && WORD_CHAR.test(text[start - 1])) start--;
      SPACED_HYPHEN.lastIndex = start;
      const m = SPACED_HYPHEN.exec(text);
      if (!m) continue;
      covered = start + m[0].length;
      const joined = m[0].replace(/[ \t]+-/g, '-');
      out.push({
        offset: start,
        length: m[0].length,
        message: `spaced hyphen in “${m[0]}”: write “${joined}”`,
        suggestions: [joined],
        fix: { replacement: joined },
      });
    }
    return out;
  },
};
