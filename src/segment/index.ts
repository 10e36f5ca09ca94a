// Paragraphs and sentences, Chinese and English. (Skeleton: the foundation issue fills this in.)
import type { Language, NormalizedDocument, Paragraph, Sentence } from '../types.js';

export function segmentParagraphs(doc: NormalizedDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].trim() === '') continue;
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      language: doc.language,
      sentences: splitSentences(m[0], doc.language).map((s) => ({ ...s, start: s.start + m!.index, end: s.end + m!.index })),
    });
  }
  return out;
}

export function splitSentences(text: string, _language: Language): Sentence[] {
  return [{ text, start: 0, end: text.length }];
}
