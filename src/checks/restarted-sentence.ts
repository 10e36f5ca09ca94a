// artifact/restarted-sentence: a sentence that starts again in mid-phrase ("to build a A closer
// community", "the development of The two sides"): machine translation joined two renderings.
import type { CheckDefinition, FindingDraft } from './types.js';
import { isCommonWord } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** A capitalised sentence opener between spaces, before a lower-case word: the anchor; the word before is read backwards. */
const OPENER = /[ \t](The|An?|This|These|That|Those|We|They|It|Our|Their|Its|All|Both|In|On|For|With|And|But)[ \t]+(\p{Ll}+)/gu;
/** "from A to B", "A and B": a letter naming something, not an article. */
const LIST_WORDS = new Set(['to', 'and', 'or', 'through', 'versus', 'vs']);
const ARTICLES = new Set(['a', 'an', 'the']);

export const restartedSentence: CheckDefinition = {
  id: 'artifact/restarted-sentence',
  severity: 'warning',
  supersedes: [{ rules: ['artifact/doubled-word'] }],
  doc: 'A capitalised sentence opener in mid-phrase ("to build a A closer community"): two renderings joined.',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(OPENER)) {
      const [, opener, after] = m;
      let start = m.index;
      while (start > 0 && /\p{Ll}/u.test(text[start - 1])) start--;
      const before = text.slice(start, m.index);
      if (before === '' || /[\p{L}\p{N}'’-]/u.test(text[start - 1] ?? '')) continue;
      if (!wordList('complementHeads').has(before) || !isCommonWord(after)) continue;
      // A capital A is often a letter naming something ("the set of A", "from A to B"): only after an article is it one.
      if ((opener === 'A' || opener === 'An') && (!ARTICLES.has(before) || LIST_WORDS.has(after))) continue;
      out.push({
        offset: start,
        length: m.index + 1 + opener.length - start,
        message: `“${before} ${opener}”: a sentence restarts in mid-phrase at “${opener}”; two renderings joined, rewrite from the source`,
        suggestions: [],
      });
    }
    return out;
  },
};
