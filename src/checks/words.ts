// Word tokens with their offsets, and the English function words the checks look past.

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

export const STOPWORDS = new Set(
  ('a an and are as at be by can for from has have in is it its of on or that the this to was were will with ' +
    'all parties party their they which who not no also been into such other')
    .split(' '),
);
