// English side of the lexicon: tokenising, stop words and stemming (Porter, porter.ts).
import wordLists from './data/english.json' with { type: 'json' };
import { porterStem } from './porter.js';

const STOPWORDS = new Set<string>(wordLists.stopwords);
const GLOSS_NOISE = new Set<string>(wordLists.glossNoise);
/** Irregular inflections the stemmer cannot undo (said → say, men → man). */
const IRREGULAR = new Map<string, string>(Object.entries(wordLists.irregular));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** True for dictionary-gloss filler ("sb", "particle", …) that never helps a match. */
export function isGlossNoise(word: string): boolean {
  return GLOSS_NOISE.has(word) || STOPWORDS.has(word);
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = porterStem(IRREGULAR.get(word) ?? word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased alphabetic words of a text (apostrophe endings dropped). */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** A token of an English segment: its stem, and its romanised-name form when capitalised. */
export interface EnglishToken {
  key: string;
  forms: string[];
}

/**
 * Content-word tokens; a capitalised word may also be a name, matched against pinyin ("n:wang").
 * The token objects are shared by every occurrence of a word: callers must not mutate them.
 */
export function englishTokenList(text: string): EnglishToken[] {
  const out: EnglishToken[] = [];
  for (const match of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) out.push(...wordTokens(match[0]));
  return out;
}

/**
 * The tokens of one word as written ("Wang", "anti-drug"), shared by its occurrences (callers
 * never mutate them). Bounded; keys are copies, as a match could keep its whole text alive.
 */
const WORD_TOKENS_LIMIT = 100_000;
const tokensOfWord = new Map<string, EnglishToken[]>();
function wordTokens(raw: string): EnglishToken[] {
  let parts = tokensOfWord.get(raw);
  if (parts === undefined) {
    parts = [];
    for (const part of raw.toLowerCase().split('-')) {
      if (part.length < 2 || STOPWORDS.has(part)) continue;
      const stemmed = stem(part);
      parts.push({ key: stemmed, forms: [stemmed] });
    }
    if (/^[A-Z]/.test(raw) && !STOPWORDS.has(raw.toLowerCase())) {
      const name = `n:${raw.toLowerCase().replace(/-/g, '')}`;
      // "Bao-yu" is one name; "Wang" is a word that may also be a name.
      if (parts.length === 1 && !raw.includes('-')) parts[0].forms.push(name);
      else parts.push({ key: name, forms: [name] });
    }
    if (tokensOfWord.size >= WORD_TOKENS_LIMIT) tokensOfWord.clear();
    tokensOfWord.set((' ' + raw).slice(1), parts);
  }
  return parts;
}

/** Stems of the content words of an English text, in order (repeats kept). */
export function englishContentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of englishWords(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}
