// Paragraphs and sentences, Chinese and English. Offsets are exact: a sentence's text is
// `doc.text.slice(start, end)`.
export { segmentParagraphs, paragraphConvention, type ParagraphConvention } from './paragraphs.js';
export { splitSentences, isEnglishAbbreviation } from './sentences.js';
export { paragraphNumbering } from './numbering.js';
