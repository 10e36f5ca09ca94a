// Checking English: the registered checks over one document, with the Chinese it translates
// aligned to it when there is one. The checks themselves take aligned Chinese only; aligning a
// Chinese text given as such happens here, once per English text.
import { AlignmentContext, alignDocuments, type DocumentAlignment, type Pairing } from '../align/index.js';
import { checkEnglish as runChecks, type CheckOptions, type ChineseInput, type TermRendering } from '../checks/index.js';
import type { Glossary } from '../glossary/index.js';
import type { TextChecker } from '../fix/index.js';
import type { Finding, NormalizedDocument, Paragraph } from '../types.js';
import { documentDate, prepareText, type PreparedDocument } from './documents.js';
import { translationPairOf } from './pairing.js';

/** Chinese paragraphs aligned with the English ones. */
export interface AlignedChinese {
  paragraphs: Paragraph[];
  alignment: DocumentAlignment;
}

/** The English as the checks take it, normalised and segmented. */
export interface PreparedEnglish {
  normalized: NormalizedDocument;
  paragraphs: Paragraph[];
}

/**
 * The findings of one English text. `options.chinese` may be aligned Chinese or a Chinese text,
 * which is then normalised, segmented and aligned with the English first (the library's entry).
 */
export function checkEnglish(sourceText: string, options: CheckOptions & { alignment?: AlignmentContext } = {}): Finding[] {
  const { chinese, alignment, ...rest } = options;
  if (chinese === undefined || !('text' in chinese)) return runChecks(sourceText, { ...rest, chinese });
  return englishChecker({ ...rest, chineseText: chinese.text, alignment })(sourceText);
}

export type EnglishCheckOptions = Omit<CheckOptions, 'chinese'> & {
  /** The Chinese source as text: prepared once, aligned with each English text checked. */
  chineseText?: string;
  /** The aligner's context (default: one for this checker, shared by its texts). */
  alignment?: AlignmentContext;
};

/**
 * A checker for successive versions of one English text (`fix` checks again after each pass):
 * the Chinese is prepared once and aligned with each version.
 */
export function englishChecker(options: EnglishCheckOptions): TextChecker {
  const { chineseText, alignment = new AlignmentContext(), ...rest } = options;
  if (chineseText === undefined) return (text) => runChecks(text, rest);
  const zh = prepareText(chineseText, 'zh').paragraphs;
  return (text) => {
    // A given English is the prepared form of the one text checked (the library's entry).
    const english = rest.english ?? prepareText(text, 'en');
    return runChecks(text, { ...rest, english, chinese: alignChinese(zh, english.paragraphs, alignment) });
  };
}

/** Chinese paragraphs aligned with English ones (the aligner decides translation or comparable). */
export function alignChinese(zh: Paragraph[], en: Paragraph[], alignment?: AlignmentContext): AlignedChinese {
  return { paragraphs: zh, alignment: alignDocuments(zh, en, { context: alignment }) };
}

/**
 * A corpus document's findings, before reviewer decisions: checked against the Chinese of its
 * translation pair when it has one (cross-lingual checks), else as English alone. `renderings`
 * is told how the document writes each name (for the corpus-wide consistency table).
 */
export function checkInPairing(
  doc: PreparedDocument,
  pairing: Pairing,
  byId: ReadonlyMap<string, PreparedDocument>,
  glossary: Glossary,
  renderings?: (list: TermRendering[]) => void,
): Finding[] {
  const pair = translationPairOf(doc.entry.id, pairing);
  const zh = pair ? byId.get(pair.zh) : undefined;
  return runChecks(doc.source.text, {
    glossary,
    date: documentDate(doc.entry),
    english: { normalized: doc.normalized, paragraphs: doc.paragraphs },
    chinese: pair && zh ? { paragraphs: zh.paragraphs, alignment: pair.alignment } : undefined,
    renderings,
  });
}

export type { CheckOptions, ChineseInput };
