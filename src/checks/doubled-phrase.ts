// artifact/doubled-phrase: the same phrase twice in a row, at most punctuation between ("the
// Minister of Transport, the Minister of Transport"; "in the direction of international
// organizations in the direction of international organizations"): a machine-translation slip.
import type { CheckDefinition, FindingDraft } from './types.js';
import { STOPWORDS, documentWordIds, documentWords } from './words.js';

const MIN_WORDS = 2;
const MAX_WORDS = 12;
/** What may stand between the two copies: spaces and a comma, not a sentence end ("… the trolley. The trolley …" is rhetoric). */
const BETWEEN = /^[ \t]*,?[ \t]*$/u;
const PRONOUNS = new Set(['i', 'me', 'you', 'he', 'him', 'she', 'her', 'it', 'we', 'us', 'they', 'them']);

export const doubledPhrase: CheckDefinition = {
  id: 'artifact/doubled-phrase',
  severity: 'warning',
  doc: 'The same phrase of two or more words twice in a row ("the Minister of Transport, the Minister of Transport").',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    const tokens = documentWords(ctx);
    const words = documentWordIds(ctx).ids;
    for (let i = 0; i + 2 * MIN_WORDS <= words.length; i++) {
      for (let n = MAX_WORDS; n >= MIN_WORDS; n--) {
        if (i + 2 * n > words.length || words[i] !== words[i + n] || words[i + n - 1] !== words[i + 2 * n - 1]) continue;
        let same = true;
        for (let k = 1; k < n - 1 && same; k++) same = words[i + k] === words[i + n + k];
        if (!same || !isPhrase(text, tokens, i, n)) continue;
        const start = tokens[i].start;
        const end = tokens[i + 2 * n - 1].end;
        const phrase = text.slice(start, tokens[i + n - 1].end);
        out.push({
          offset: start,
          length: end - start,
          message: `doubled phrase: “${phrase}” twice in a row; keep one`,
          suggestions: [phrase],
        });
        i += 2 * n - 1;
        break;
      }
    }
    return out;
  },
};

/** Both copies run word to word on one line, the copies meet over punctuation only, and say more than function words. */
function isPhrase(text: string, tokens: ReturnType<typeof documentWords>, i: number, n: number): boolean {
  for (let k = i; k < i + 2 * n - 1; k++) {
    const gap = text.slice(tokens[k].end, tokens[k + 1].start);
    if (k === i + n - 1 ? !BETWEEN.test(gap) || (n === 2 && gap.includes(',')) : !/^[ \t]+$/.test(gap)) return false;
  }
  // A cry repeated in speech ("“Let me go, let me go!”") is style: it opens a quotation or ends in ! or ?.
  if (/[“"‘']\s*$/.test(text.slice(Math.max(0, tokens[i].start - 2), tokens[i].start))) return false;
  if (/^[!?]/.test(text.slice(tokens[i + 2 * n - 1].end, tokens[i + 2 * n - 1].end + 1))) return false;
  // "tock tock, tock tock" is one word over and over; "tick tock tick tock", "ding dong ding dong"
  // vary only a vowel (ablaut reduplication): both are style.
  if (tokens.slice(i, i + n).every((t) => t.word === tokens[i].word)) return false;
  if (n === 2 && skeleton(tokens[i].word) === skeleton(tokens[i + 1].word)) return false;
  let content = 0;
  for (let k = i; k < i + n; k++) if (!STOPWORDS.has(tokens[k].word) && !PRONOUNS.has(tokens[k].word) && tokens[k].word.length >= 3) content++;
  // Two words repeated are a slip only when both carry meaning ("Transport Minister, Transport Minister").
  return n === 2 ? content === 2 : content >= 1;
}

const skeleton = (word: string): string => word.replace(/[aeiouy]/g, '');
