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

export const STOPWORDS = new Set(
  ('a an and are as at be by can for from has have in is it its of on or that the this to was were will with ' +
    'all parties party their they which who not no also been into such other')
    .split(' '),
);
