// What the sentence-shape checks share: ellipses (". . ." and "..." are not doubled full stops),
// the word a full stop closes, and whether that word is an abbreviation.
import { isEnglishAbbreviation } from '../segment/index.js';
import { isEnglishWord } from './vocabulary/index.js';

/** Whether the full stop at `at` belongs to an ellipsis: "...", ". . .", "…." */
export function inEllipsis(text: string, at: number): boolean {
  let dots = 1;
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    if (text[i] === '.' || text[i] === '…') dots += text[i] === '…' ? 3 : 1;
    else if (text[i] !== ' ' || (text[i - 1] !== '.' && text[i - 1] !== '…')) break;
  }
  for (let i = at + 1; i < text.length && i <= at + 8; i++) {
    if (text[i] === '.' || text[i] === '…') dots += text[i] === '…' ? 3 : 1;
    else if (text[i] !== ' ' || (text[i + 1] !== '.' && text[i + 1] !== '…')) break;
  }
  return dots >= 3;
}

/** The non-space run that ends just before `at` (a full stop's word: "cooperation", "U.S", "e.g"). */
export function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 40 && !/\s/.test(text[start - 1])) start--;
  return text.slice(start, at).replace(/^[("“‘'[]+/, '');
}

/**
 * Whether the full stop after `word` may close an abbreviation rather than a sentence: a listed
 * abbreviation or initials ("e.g.", "No.", "M."), a word with dots inside ("a.m", "U.S"), a
 * single letter, a short lower-case form ("sq", "ft"), or a form no dictionary lists ("approx").
 */
export function closesAbbreviation(word: string): boolean {
  if (word === '') return true;
  if (isEnglishAbbreviation(`${word}.`) || isEnglishAbbreviation(`${word.charAt(0).toUpperCase()}${word.slice(1)}.`)) return true;
  if (word.includes('.') || /^\p{L}$/u.test(word) || /\d/.test(word)) return true;
  // Short lower-case forms ("sq", "ft", "lbs") and forms no dictionary lists ("approx", "Calif") are abbreviated words.
  return /^\p{Ll}{1,3}$/u.test(word) || !isEnglishWord(word.replace(/[^\p{L}'’]+$/u, ''));
}
