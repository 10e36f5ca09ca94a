// artifact/stray-full-stop: a full stop inside a sentence, which goes on in lower case
// ("Foreign Minister. of Uzbekistan", "mutual cooperation. beneficial at all levels"): machine
// translation closed a sentence where the Chinese did not.
import type { CheckDefinition, FindingDraft } from './types.js';
import { closesAbbreviation, inEllipsis, wordBefore } from './punctuation.js';
import { isCommonWord } from './vocabulary/index.js';
import { wordList } from './word-lists.js';

/** A word, a full stop, spaces (one line break at most), then a lower-case word. */
const CONTINUED = /\.(?:[ \t]+|[ \t]*\n[ \t]*)(\p{Ll}[\p{L}'’-]*)/gu;
const CLOSES_WORD = /[\p{L}\p{N})\]”’"']/u;

export const strayFullStop: CheckDefinition = {
  id: 'artifact/stray-full-stop',
  severity: 'warning',
  doc: 'A full stop inside a sentence that goes on in lower case ("Foreign Minister. of Uzbekistan").',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    for (const m of text.matchAll(CONTINUED)) {
      const next = m[1];
      if (!CLOSES_WORD.test(text[m.index - 1] ?? '')) continue;
      if (!isCommonWord(next.replace(/['’].*$/, '')) || wordList('nameParticles').has(next)) continue;
      if (m[0].includes('\n') && /\n[ \t]*$/.test(text.slice(0, m.index))) continue;
      if (inEllipsis(text, m.index) || closesAbbreviation(wordBefore(text, m.index))) continue;
      const before = wordBefore(text, m.index);
      out.push({
        offset: m.index - before.length,
        length: m[0].length + before.length,
        message: `full stop inside a sentence: “${before}. ${next}” goes on in lower case; delete the full stop or rejoin the sentence`,
        suggestions: [`${before} ${next}`],
      });
    }
    return out;
  },
};
