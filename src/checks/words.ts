// Word tokens with their offsets, and the English function words the checks look past.
import { wordList } from './word-lists.js';

export interface WordToken {
  /** Lower-cased. */
  word: string;
  start: number;
  end: number;
}

const wordCodes = new Map<number, boolean>();
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const letterCodes = new Map<number, boolean>();

/** A letter or digit (\p{L}, \p{N}); ASCII answered directly, the rest cached. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  let known = wordCodes.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    wordCodes.set(code, known);
  }
  return known;
}

function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = letterCodes.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCodePoint(code));
    letterCodes.set(code, known);
  }
  return known;
}

/**
 * Words as /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu finds them ("China's" one word), lower-cased, with
 * their offsets; a scan by code point, which is faster than the regular expression on big texts.
 */
export function wordTokens(text: string, start = 0, end = text.length): WordToken[] {
  const out: WordToken[] = [];
  // Lower-cased once when that keeps every offset ("İ" does not): slicing it is cheaper than a call per word.
  const whole = text.slice(start, end).toLowerCase();
  const lower = whole.length === end - start ? whole : undefined;
  let i = start;
  while (i < end) {
    let code = text.codePointAt(i)!;
    if (!isWordCode(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const from = i;
    while (i < end && isWordCode((code = text.codePointAt(i)!))) i += code > 0xffff ? 2 : 1;
    const mark = text.charCodeAt(i);
    if ((mark === 0x27 || mark === 0x2019) && i + 1 < end && isLetterCode(text.codePointAt(i + 1)!)) {
      i++;
      while (i < end && isLetterCode((code = text.codePointAt(i)!))) i += code > 0xffff ? 2 : 1;
    }
    out.push({ word: lower !== undefined ? lower.slice(from - start, i - start) : text.slice(from, i).toLowerCase(), start: from, end: i });
  }
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

export interface WordIds {
  /** A number per distinct word, parallel to the document's tokens: cheap to compare. */
  ids: Int32Array;
  /** Per word number: 1 for a content word (three letters or more, no function word). */
  content: Uint8Array;
  /** How many distinct words. */
  size: number;
}

const idsPerDocument = new WeakMap<object, WordIds>();

/** The document's words as numbers (equal words, equal numbers), computed once and shared. */
export function documentWordIds(ctx: { text: string }): WordIds {
  let found = idsPerDocument.get(ctx);
  if (!found) {
    const tokens = documentWords(ctx);
    const numbers = new Map<string, number>();
    const ids = new Int32Array(tokens.length);
    const content: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].word;
      let id = numbers.get(word);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(word, id);
        content.push(word.length >= 3 && !STOPWORDS.has(word) ? 1 : 0);
      }
      ids[i] = id;
    }
    found = { ids, content: Uint8Array.from(content), size: numbers.size };
    idsPerDocument.set(ctx, found);
  }
  return found;
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
