// artifact/spaced-hyphen: "anti -drug", "China -Central Asia": a space before a joining hyphen,
// left by machine translation where the source had a dash or a compound. Safe fix (close it up)
// only where every part is an English word or a known name and no glossary garble is in the
// chain: closing up "Bie -Grassz" or "Amazan -dominated" would make a garble look legitimate. A
// compound with a prefix the dictionaries never list it with ("non -diffusion") is suspect.
import type { CheckContext, CheckDefinition, FindingDraft } from './types.js';
import { documentTerms } from './glossary-index.js';
import { isCamelCase, isWordOrName } from './known-names.js';
import { isCommonWord } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** A chain: words joined by spaced hyphens. Run only at the anchors below (fast on big texts). */
const SPACED_HYPHEN = /[\p{L}\p{N}]+(?:[ \t]+-\p{L}[\p{L}\p{N}]*)+/uy;
const ANCHOR = /[\p{L}\p{N}][ \t]+-\p{L}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface HyphenChain {
  start: number;
  end: number;
  text: string;
  parts: Array<{ text: string; start: number }>;
}

const perContext = new WeakMap<CheckContext, HyphenChain[]>();

/** The spaced-hyphen chains of a document, found once and shared with the non-word check. */
export function spacedHyphenChains(ctx: CheckContext): HyphenChain[] {
  let chains = perContext.get(ctx);
  if (chains) return chains;
  chains = [];
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
    const parts = [...m[0].matchAll(/[\p{L}\p{N}]+/gu)].map((p) => ({ text: p[0], start: start + p.index }));
    chains.push({ start, end: covered, text: m[0], parts });
  }
  perContext.set(ctx, chains);
  return chains;
}

/** The parts that are neither English words nor known names ("Grassz", "Timmez"). */
export function unknownParts(ctx: CheckContext, chain: HyphenChain): HyphenChain['parts'] {
  return chain.parts.filter((p) => !isWordOrName(ctx.glossary, p.text) && !isCamelCase(p.text) && !wordList('boundPrefixes').has(p.text.toLowerCase()));
}

export const spacedHyphen: CheckDefinition = {
  id: 'artifact/spaced-hyphen',
  severity: 'warning',
  fixes: true,
  doc: 'A space before a joining hyphen ("anti -drug"); safe fix "anti-drug" where every part is an English word or a known name.',
  run(ctx) {
    const out: FindingDraft[] = [];
    // Garbles and chains both come in text order: one pointer walks the garbles.
    const garbles = documentTerms(ctx).garbles.map((g) => g.match);
    let next = 0;
    for (const chain of spacedHyphenChains(ctx)) {
      while (next < garbles.length && garbles[next].end <= chain.start) next++;
      const joined = chain.text.replace(/[ \t]+-/g, '-');
      const unknown = unknownParts(ctx, chain);
      const suspect = suspectCompounds(chain);
      const garbled = next < garbles.length && garbles[next].start < chain.end;
      let message = `spaced hyphen in “${chain.text}”: write “${joined}”`;
      if (suspect.length) message += `; but no dictionary lists ${suspect.map((s) => `“${s}”`).join(' or ')}: the compound itself is suspect (a literal rendering?)`;
      else if (unknown.length) message += `; but ${unknown.map((p) => `“${p.text}”`).join(', ')} is neither an English word nor a known name: check the name first`;
      else if (garbled) message += '; but the chain holds a garble: correct it first';
      out.push({
        offset: chain.start,
        length: chain.end - chain.start,
        message,
        suggestions: [joined],
        fix: suspect.length || unknown.length || garbled ? undefined : { replacement: joined },
      });
    }
    return out;
  },
};

/** "non-diffusion", "pre-body": a bound prefix on a lower-case word, listed neither closed nor hyphenated. */
function suspectCompounds(chain: HyphenChain): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < chain.parts.length; k++) {
    const prefix = chain.parts[k].text.toLowerCase();
    const word = chain.parts[k + 1].text;
    if (!wordList('boundPrefixes').has(prefix) || !/^\p{Ll}+$/u.test(word)) continue;
    if (!isCommonWord(`${prefix}${word}`)) out.push(`${chain.parts[k].text}-${word}`);
  }
  return out;
}
