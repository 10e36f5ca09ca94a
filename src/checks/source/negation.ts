// Negation on each side of an aligned sentence (data in data/negation.json, validated on load):
// the Chinese negators that negate in translation (不, 未, 没有, 非, 无, 并非… but not 不断,
// 非常, 未来), the Chinese words that negate by meaning (反对, 避免), and the English words and
// prefixes that carry a negation.
import { z } from 'zod';
import raw from '../data/negation.json' with { type: 'json' };
import { loadProperNouns } from './proper-nouns.js';

const NegationSchema = z
  .object({
    description: z.string(),
    chinese: z
      .object({ negators: z.array(z.string().min(1)), notNegations: z.array(z.string().min(2)), negativeWords: z.array(z.string().min(1)), lightWords: z.array(z.string().min(1)) })
      .strict(),
    english: z
      .object({ negators: z.array(z.string().min(1)), addedNegators: z.array(z.string().min(1)), prefixes: z.array(z.string().min(1)) })
      .strict(),
    examples: z.array(z.object({ zh: z.string().min(1), bad: z.string().min(1).optional(), good: z.string().min(1) }).strict()),
  })
  .strict();

export const negationData = NegationSchema.parse(raw);
const longestFirst = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);
const NOT_NEGATIONS = longestFirst(negationData.chinese.notNegations);
const NEGATOR = new RegExp(longestFirst(negationData.chinese.negators).join('|'), 'gu');
const NEGATIVE = new RegExp(longestFirst(negationData.chinese.negativeWords).join('|'), 'gu');
const EN_NEGATORS = new Set(negationData.english.negators);
const EN_ADDED = new RegExp(`\\b(?:${negationData.english.addedNegators.filter((w) => w !== "n't").join('|')})\\b|n['’]t\\b`, 'gi');

export interface NegationMention {
  text: string;
  start: number;
  end: number;
}

/**
 * Negations in a Chinese sentence: negators outside the words that only begin with one; with
 * `broad`, also any negator character and words that negate by meaning (反对, 避免).
 */
export function chineseNegations(zh: string, options: { broad?: boolean } = {}): NegationMention[] {
  const out: NegationMention[] = [];
  const pattern = options.broad ? NEGATIVE : NEGATOR;
  for (const m of zh.matchAll(pattern)) {
    if (!options.broad && NOT_NEGATIONS.some((w) => covers(zh, m.index, w))) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether `word` occurs in `text` over position `at`. */
function covers(text: string, at: number, word: string): boolean {
  for (let start = Math.max(0, at - word.length + 1); start <= at; start++) if (text.startsWith(word, start)) return true;
  return false;
}

/** Whether an English sentence carries any negation: a negating word, n't, or a negating prefix on a word (unable, non-interference). */
export function englishNegates(english: string): boolean {
  if (/n['’]t\b/i.test(english)) return true;
  const nouns = loadProperNouns();
  for (const word of english.toLowerCase().match(/[a-z]+(?:-[a-z]+)?/g) ?? []) {
    if (EN_NEGATORS.has(word)) return true;
    for (const prefix of negationData.english.prefixes) {
      if (!word.startsWith(prefix) || word.length < prefix.length + 4) continue;
      const rest = word.slice(prefix.length).replace(/^-/, '');
      if (word.startsWith('non-') || nouns.isCommonWord(rest)) return true;
    }
  }
  return false;
}

/** Explicit English negations ("not", "never", "n't", "cannot"), with offsets. */
export function englishNegations(english: string): NegationMention[] {
  return [...english.matchAll(EN_ADDED)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

type Lexicon = ReturnType<typeof import('../../align/index.js').loadLexicon>;

/** The Chinese words of `zh` from `at` on, longest dictionary word first (up to `count`). */
function wordsFrom(zh: string, at: number, count: number, lexicon: Lexicon): string[] {
  const out: string[] = [];
  let i = at;
  while (i < zh.length && out.length < count) {
    if (!/\p{Script=Han}/u.test(zh[i])) break;
    let length = Math.min(lexicon.maxWordLength, zh.length - i);
    while (length > 1 && !lexicon.has(zh.slice(i, i + length))) length--;
    out.push(zh.slice(i, i + length));
    i += length;
  }
  return out;
}

const STOP_STEMS = new Set(['be', 'is', 'do', 'sai', 'make', 'get', 'have', 'will', 'can', 'mai', 'on', 'at', 'in', 'to', 'it', 'thi', 'that', 'all', 'one']);

const LIGHT = new Set(negationData.chinese.lightWords);

/** English stems of the word a negation negates: the first content word after it (不干涉 → interfer, meddl; 不能用军事手段 → militari). */
export function negatedStems(zh: string, negation: NegationMention, lexicon: Lexicon): Set<string> {
  const stems = new Set<string>();
  for (const word of wordsFrom(zh, negation.end, 3, lexicon)) {
    if (LIGHT.has(word)) continue;
    // A one-character word after a negator is mostly an idiom (不明就里, 未知, 不前): only words of two or more.
    if ([...word].length >= 2) for (const s of lexicon.lookup(word) ?? []) if (s.length >= 3 && !STOP_STEMS.has(s)) stems.add(s);
    break;
  }
  return stems;
}

/** Questions, exclamations and quoted speech negate rhetorically: not compared. */
export function rhetorical(zh: string): boolean {
  return /[？?！!“”「」『』"]|[吗呢么]。?$/u.test(zh);
}

export interface EnglishToken {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** Whether an English word is negated: a negator up to `window` words before it, or a negating prefix on it. */
export function negatedAt(tokens: EnglishToken[], k: number, window = 6): boolean {
  for (let j = Math.max(0, k - window); j <= k; j++) {
    const w = tokens[j].word.replace(/[,;:]$/, '');
    if (EN_NEGATORS.has(w) || /n['’]t$/.test(w) || prefixNegated(w)) return true;
  }
  return false;
}

function prefixNegated(word: string): boolean {
  if (word.startsWith('non-') || word.startsWith('non')) return word.length > 6;
  const nouns = loadProperNouns();
  return negationData.english.prefixes.some((p) => word.startsWith(p) && word.length >= p.length + 4 && nouns.isCommonWord(word.slice(p.length)));
}
