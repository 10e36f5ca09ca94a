// Sentences of one paragraph. Chinese ends a sentence at 。！？；(and ASCII !?;) with any
// closing quotes or brackets; English at . ! ? before a space and a capital, except after an
// abbreviation (data/abbreviations.json), an initial (M.B. Tleuberdi) or a paragraph number.
import type { Language, Sentence } from '../types.js';
import data from './data/abbreviations.json' with { type: 'json' };

const ABBREVIATIONS = new Set(data.abbreviations);
const CLOSERS = '”’"\'）)」』】》〉';
const ZH_END = new RegExp(`[。！？；!?;…]+[${CLOSERS}]*`, 'gu');
/** A candidate English end: terminal punctuation, closers, then white space and what follows. */
const EN_END = new RegExp(`[.!?]+[${CLOSERS}]*(?=(\\s+)(\\S))`, 'gu');
/** "Asia.All parties": a full stop glued to the next sentence (a common machine-translation slip). */
const EN_GLUED = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;
const OPENERS = /[\p{Lu}\d"“‘'(（[]/u;

export function splitSentences(text: string, language: Language): Sentence[] {
  const ends = language === 'zh' ? chineseEnds(text) : englishEnds(text);
  const out: Sentence[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    pushTrimmed(out, text, start, end);
    start = end;
  }
  return out;
}

function chineseEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(ZH_END)) ends.push(m.index + m[0].length);
  return ends;
}

function englishEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(EN_END)) {
    const next = text[m.index + m[0].length + (m[1]?.length ?? 0)];
    if (!OPENERS.test(next)) continue;
    if (m[0].startsWith('.') && !endsSentence(text, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  for (const m of text.matchAll(EN_GLUED)) ends.push(m.index + 1);
  return ends.sort((a, b) => a - b);
}

/** Whether a word with its full stop ("e.g.", "No.", "M.B.") is an abbreviation or initials. */
export function isEnglishAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^(\p{Lu}\.)+$/u.test(word);
}

/** Whether the full stop at `dot` ends a sentence, judged by the word it closes. */
function endsSentence(text: string, dot: number): boolean {
  // Only the word before the dot matters: look back a bounded window, so that a long line
  // without breaks costs linear, not quadratic, time. A word filling the window is no
  // abbreviation, initial or number.
  const from = Math.max(0, dot + 1 - WORD_WINDOW);
  const before = text.slice(from, dot + 1);
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  if (from > 0 && word.length === before.length) return true;
  const bare = word.replace(/^[("“‘'[]+/, '');
  if (ABBREVIATIONS.has(bare)) return false;
  // Initials: "M." or "M.B." (single capitals each followed by a full stop).
  if (/^(\p{Lu}\.)+$/u.test(bare)) return false;
  // A paragraph number such as "1." or "2.3." at the very start.
  if (/^\d{1,3}(\.\d{1,3})*\.$/.test(bare) && dot + 1 - word.length === text.search(/\S/)) return false;
  return true;
}

const WORD_WINDOW = 80;

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
