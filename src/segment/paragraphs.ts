// Paragraphs of a normalised document. Two conventions: one paragraph a line (with or without
// blank lines between), or hard-wrapped text where a paragraph runs over several lines and
// blank lines separate paragraphs. Each paragraph gets its language, numbering and sentences.
import { detectParagraphLanguage } from '../corpus/index.js';
import type { Language, NormalizedDocument, Paragraph } from '../types.js';
import { paragraphNumbering } from './numbering.js';
import { splitSentences } from './sentences.js';

export type ParagraphConvention = 'line' | 'block';

/** Lines that end without sentence-final punctuation, inside blocks, betray hard wrapping. */
const WRAPPED_SHARE = 0.6;
const SENTENCE_FINAL = /[。！？；：.!?;:”’"')）」』]$/u;

export function paragraphConvention(text: string): ParagraphConvention {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.split('\n').filter((l) => l.trim() !== ''));
  const multi = blocks.filter((b) => b.length > 1);
  if (multi.length === 0 || multi.length < blocks.length / 2) return 'line';
  const inner = multi.flatMap((b) => b.slice(0, -1));
  const open = inner.filter((l) => !SENTENCE_FINAL.test(l.trim())).length;
  return open >= WRAPPED_SHARE * inner.length ? 'block' : 'line';
}

export function segmentParagraphs(doc: Pick<NormalizedDocument, 'text' | 'language'>): Paragraph[] {
  const text = doc.text;
  const pattern = paragraphConvention(text) === 'block' ? /[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g : /[^\n]+/g;
  const out: Paragraph[] = [];
  for (const m of text.matchAll(pattern)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end === start) continue;
    out.push(paragraphAt(text, start, end, doc.language));
  }
  return out;
}

function paragraphAt(text: string, start: number, end: number, documentLanguage: Language): Paragraph {
  const body = text.slice(start, end);
  const profile = detectParagraphLanguage(body, { otherLatinAs: documentLanguage });
  const language = profile.language === 'other' ? documentLanguage : profile.language;
  const numbering = paragraphNumbering(body);
  const sentences = splitSentences(body, language).map((s) => ({ ...s, start: s.start + start, end: s.end + start }));
  return {
    text: body,
    start,
    end,
    language,
    ...(numbering ? { numbering } : {}),
    ...(profile.mixed ? { mixed: true } : {}),
    sentences,
  };
}
