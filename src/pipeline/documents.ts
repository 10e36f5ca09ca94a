// Stage 1: every corpus document read, normalised and segmented; its normalized.txt and the
// documents section of index.md (one row a document, every removed boilerplate block, every
// mixed-language paragraph).
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
    const paragraphs = segmentParagraphs(normalized);
    options.log?.(`silkalign: ${entry.id}: ${paragraphs.length} paragraphs, ${normalized.removed.length} boilerplate blocks removed`);
    return { entry, source, normalized, paragraphs };
  });
}

export function documentFiles(documents: CorpusDocument[]): Array<[string, string]> {
  return documents.map((d) => [`${d.entry.id}/normalized.txt`, d.normalized.text.endsWith('\n') ? d.normalized.text : d.normalized.text + '\n']);
}

export function documentsSection(documents: CorpusDocument[]): string {
  const rows = documents.map((d) => {
    const sentences = d.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const lines = d.normalized.removed.reduce((n, b) => n + b.endLine - b.startLine + 1, 0);
    const removed = d.normalized.removed.length === 0 ? '0' : `${d.normalized.removed.length} (${lines} line${lines === 1 ? '' : 's'})`;
    return `| ${d.entry.id} | ${d.entry.language} | ${d.normalized.script} | ${d.entry.date ?? ''} | ${d.entry.kind} | ${d.entry.origin} | ${d.paragraphs.length} | ${sentences} | ${removed} |`;
  });
  return [
    '## Documents',
    '',
    '| document | language | script | date | kind | origin | paragraphs | sentences | boilerplate removed (blocks) |',
    '|---|---|---|---|---|---|---:|---:|---:|',
    ...rows,
    '',
    ...removedSection(documents),
    ...mixedSection(documents),
  ].join('\n');
}

function removedSection(documents: CorpusDocument[]): string[] {
  const rows = documents.flatMap((d) =>
    d.normalized.removed.map((b) => {
      const where = b.startLine === b.endLine ? `${b.startLine}` : `${b.startLine}–${b.endLine}`;
      return `| ${d.entry.id} | ${where} | \`${b.rule}\` | ${cell(b.text)} |`;
    }),
  );
  if (rows.length === 0) return [];
  return ['### Removed boilerplate', '', '| document | source lines | rule | text |', '|---|---|---|---|', ...rows, ''];
}

function mixedSection(documents: CorpusDocument[]): string[] {
  const rows = documents.flatMap((d) =>
    d.paragraphs.flatMap((p, i) => (p.mixed ? [`| ${d.entry.id} | ${i + 1} | ${p.language} | ${cell(p.text)} |`] : [])),
  );
  if (rows.length === 0) return [];
  return ['### Mixed-language paragraphs', '', '| document | paragraph | language | text |', '|---|---:|---|---|', ...rows, ''];
}

/** One table cell: first line, shortened, with pipes escaped. */
function cell(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const short = first.length > 70 ? `${first.slice(0, 70)}…` : first;
  const more = text.includes('\n') ? ' (…)' : '';
  return (short + more).replace(/\|/g, '\\|');
}
