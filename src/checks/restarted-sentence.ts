// artifact/restarted-sentence: a sentence that starts again in mid-phrase ("to build a A closer
// community", "the development of The two sides"): machine translation joined two renderings.
import type { CheckDefinition, FindingDraft } from './types.js';
import { isCommonWord } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** Words that open sentences, capitalised, between a word that needs what follows and a lower-case word. */
const RESTART = /(?<![\p{L}\p{N}'’-])(\p{Ll}+)[ \t]+(The|A|An|This|These|That|Those|We|They|It|Our|Their|Its|All|Both|In|On|For|With|And|But)[ \t]+(\p{Ll}+)/gu;
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
    for (const m of ctx.text.matchAll(RESTART)) {
      const [, before, opener, after] = m;
      if (!wordList('complementHeads').has(before) || !isCommonWord(after)) continue;
      // A capital A is often a letter naming something ("the set of A", "from A to B"): only after an article is it one.
      if ((opener === 'A' || opener === 'An') && (!ARTICLES.has(before) || LIST_WORDS.has(after))) continue;
      const openerAt = m.index + m[0].indexOf(opener, before.length);
      out.push({
        offset: m.index,
        length: openerAt + opener.length - m.index,
        message: `“${before} ${opener}”: a sentence restarts in mid-phrase at “${opener}”; two renderings joined, rewrite from the source`,
        suggestions: [],
      });
    }
    return out;
  },
};
