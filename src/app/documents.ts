// Preparing a document: its text normalised (Simplified Chinese, glosses and page chrome
// removed) and split into paragraphs and sentences. Every command prepares documents here.
import { fileNameDate } from '../corpus/index.js';
import { normalizeDocument } from '../normalize/index.js';
import { timed, type StageClock } from '../profile.js';
import { segmentParagraphs } from '../segment/index.js';
import type { Language, ManifestEntry, NormalizedDocument, Paragraph, SourceText } from '../types.js';

/** A document as read, normalised and segmented, with what the manifest says of it. */
export interface PreparedDocument {
  entry: ManifestEntry;
  source: SourceText;
  normalized: NormalizedDocument;
  paragraphs: Paragraph[];
}

export interface PrepareOptions {
  /** Keep page chrome (tickers, disclaimers, comment boxes) instead of removing it. */
  keepBoilerplate?: boolean;
}

/** `clock`: times normalising and segmenting (`run --profile`). */
export function prepareDocument(entry: ManifestEntry, source: SourceText, options: PrepareOptions = {}, clock?: StageClock): PreparedDocument {
  return { entry, source, ...prepareText(source.text, entry.language, options, clock) };
}

/** A text normalised and segmented as a document of `language`. */
export function prepareText(text: string, language: Language, options: PrepareOptions = {}, clock?: StageClock): { normalized: NormalizedDocument; paragraphs: Paragraph[] } {
  const normalized = timed(clock, 'normalise', () => normalizeDocument(text, { language, keepBoilerplate: options.keepBoilerplate }));
  return { normalized, paragraphs: timed(clock, 'segment', () => segmentParagraphs(normalized)) };
}

/**
 * The manifest entry of a file given on the command line: made from what the corpus manifest
 * says of it (`known`, see ManifestLookup), its name (id, and a date at its start) and the
 * language it was found to be in.
 */
export function fileEntry(file: string, language: Language, known?: ManifestEntry, ids: { id?: string; counterpart?: string } = {}): ManifestEntry {
  const date = known?.date ?? fileNameDate(file);
  return {
    id: ids.id ?? file,
    file,
    language,
    kind: known?.kind ?? 'other',
    origin: known?.origin ?? 'unknown',
    ...(date === undefined ? {} : { date }),
    ...(known?.event === undefined ? {} : { event: known.event }),
    ...(ids.counterpart === undefined ? {} : { counterpart: ids.counterpart }),
  };
}

/** A document's date: the manifest's, else one at the start of its file name. */
export const documentDate = (entry: ManifestEntry): string | undefined => entry.date ?? fileNameDate(entry.file);
