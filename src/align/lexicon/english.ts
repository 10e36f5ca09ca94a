// English side of the lexicon: tokenising, stop words and stemming (Porter, from natural).
import { createRequire } from 'node:module';
import wordLists from './data/english.json' with { type: 'json' };

// natural's submodules are CommonJS without their own types; the package root must not be
// imported (it prints to stdout and loads for a second).
const require = createRequire(import.meta.url);
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

const STOPWORDS = new Set<string>(wordLists.stopwords);
const GLOSS_NOISE = new Set<string>(wordLists.glossNoise);

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
    stemmed = PorterStemmer.stem(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased alphabetic words of a text (apostrophe endings dropped). */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
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
