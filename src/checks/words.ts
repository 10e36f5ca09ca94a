// Word tokens with their offsets, and the English function words the checks look past.
import { wordList } from './word-lists.js';

export interface WordToken {
  /** Lower-cased. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function wordTokens(text: string, start = 0, end = text.length): WordToken[] {
  const out: WordToken[] = [];
  const body = text.slice(start, end);
  for (const m of body.matchAll(WORD)) out.push({ word: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

const perDocument = new WeakMap<object, WordToken[]>();

/** Word tokens of a whole document (keyed by its check context), computed once and shared. */
export function documentWords(ctx: { text: string }): WordToken[] {
  let tokens = perDocument.get(ctx);
  if (!tokens) {
    tokens = wordTokens(ctx.text);
    perDocument.set(ctx, tokens);
  }
  return tokens;
}

/** Index of the first token starting at or after `offset`. */
export function firstTokenAt(tokens: WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Function words the repetition checks look past (data/word-lists.json). */
export const STOPWORDS = wordList('functionWords');
