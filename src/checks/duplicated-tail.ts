// artifact/duplicated-tail: the end of a sentence said again as a fragment after its full stop
// ("between China and Uzbekistan. and Uzbekistan."): machine translation rendered the last
// words twice. Safe fix: delete the fragment.
import type { CheckDefinition, FindingDraft } from './types.js';
import { STOPWORDS, documentWords, firstTokenAt } from './words.js';

/** A full stop, spaces, then a lower-case fragment of at most eight words up to . ! or ? */
const FRAGMENT = /\.(?=([ \t]+)(\p{Ll}[^.!?\n]{0,80}?[.!?])(?=\s|$))/gu;
const MAX_WORDS = 8;

export const duplicatedTail: CheckDefinition = {
  id: 'artifact/duplicated-tail',
  severity: 'warning',
  fixes: true,
  supersedes: [{ rules: ['artifact/stray-full-stop', 'artifact/doubled-phrase'], overlapping: true }],
  doc: 'The end of a sentence repeated as a fragment after its full stop ("China and Uzbekistan. and Uzbekistan."); safe fix: delete the fragment.',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    const tokens = documentWords(ctx);
    for (const m of text.matchAll(FRAGMENT)) {
      const fragmentAt = m.index + 1 + m[1].length;
      const fragmentEnd = fragmentAt + m[2].length;
      const first = firstTokenAt(tokens, fragmentAt);
      const end = firstTokenAt(tokens, fragmentEnd);
      const count = end - first;
      if (count === 0 || count > MAX_WORDS || first < count) continue;
      let same = true;
      for (let k = 0; k < count && same; k++) same = tokens[first + k].word === tokens[first - count + k].word;
      // The repeated words sit right before the full stop, and say more than function words.
      if (!same || tokens[first - 1].end !== m.index) continue;
      if (tokens.slice(first, end).every((t) => STOPWORDS.has(t.word))) continue;
      out.push({
        offset: fragmentAt,
        length: m[2].length,
        message: `“${m[2]}” repeats the end of the sentence before it: delete it`,
        suggestions: [],
        fix: { replacement: '', offset: m.index + 1, length: fragmentEnd - m.index - 1 },
      });
    }
    return out;
  },
};
