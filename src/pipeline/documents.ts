// Stage 1: every corpus document read, normalised and segmented; its normalized.txt and the
// documents table of index.md.
import type { CorpusEntry } from '../corpus/index.js';
import { normalizeDocument } from '../normalize/index.js';
import { segmentParagraphs } from '../segment/index.js';
import type { ManifestEntry, NormalizedDocument, Paragraph, SourceText } from '../types.js';
import type { RunOptions } from './index.js';

export interface CorpusDocument {
  entry: ManifestEntry;
  source: SourceText;
  normalized: NormalizedDocument;
  paragraphs: Paragraph[];
}

export function prepareDocuments(entries: CorpusEntry[], options: RunOptions): CorpusDocument[] {
  return entries.map(({ entry, source }) => {
    const normalized = normalizeDocument(source.text, { language: entry.language, keepBoilerplate: options.keepBoilerplate });
    return { entry, source, normalized, paragraphs: segmentParagraphs(normalized) };
  });
}

export function documentFiles(documents: CorpusDocument[]): Array<[string, string]> {
  return documents.map((d) => [`${d.entry.id}/normalized.txt`, d.normalized.text.endsWith('\n') ? d.normalized.text : d.normalized.text + '\n']);
}

export function documentsSection(documents: CorpusDocument[]): string {
  const rows = documents.map((d) => {
    const sentences = d.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    return `| ${d.entry.id} | ${d.entry.language} | ${d.normalized.script} | ${d.entry.date ?? ''} | ${d.entry.kind} | ${d.entry.origin} | ${d.paragraphs.length} | ${sentences} | ${d.normalized.removed.length} |`;
  });
  return [
    '## Documents',
    '',
    '| document | language | script | date | kind | origin | paragraphs | sentences | boilerplate blocks removed |',
    '|---|---|---|---|---|---|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}
