// The documents of a run: each one's normalized.txt, and the Documents section of index.md (one
// row a document, every removed boilerplate block, every mixed-language paragraph).
import type { PreparedDocument } from '../../app/index.js';
import { escapeMarkdown } from '../../escape.js';
import type { Language, ManifestEntry, RemovedBlock, Script } from '../../types.js';

/** What index.md says of a document. */
export interface DocumentRow {
  entry: ManifestEntry;
  script: Script;
  paragraphs: number;
  sentences: number;
  removed: RemovedBlock[];
  mixed: Array<{ paragraph: number; language: Language; text: string }>;
}

export function documentRow(d: PreparedDocument): DocumentRow {
  return {
    entry: d.entry,
    script: d.normalized.script,
    paragraphs: d.paragraphs.length,
    sentences: d.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
    removed: d.normalized.removed,
    mixed: d.paragraphs.flatMap((p, i) => (p.mixed ? [{ paragraph: i + 1, language: p.language, text: p.text }] : [])),
  };
}

export function normalizedFile(d: PreparedDocument): [string, string] {
  return [`${d.entry.id}/normalized.txt`, d.normalized.text.endsWith('\n') ? d.normalized.text : d.normalized.text + '\n'];
}

export function documentsSection(documents: readonly DocumentRow[]): string {
  const rows = documents.map((d) => {
    const lines = d.removed.reduce((n, b) => n + b.endLine - b.startLine + 1, 0);
    const removed = d.removed.length === 0 ? '0' : `${d.removed.length} (${lines} line${lines === 1 ? '' : 's'})`;
    return `| ${d.entry.id} | ${d.entry.language} | ${d.script} | ${d.entry.date ?? ''} | ${d.entry.kind} | ${d.entry.origin} | ${d.paragraphs} | ${d.sentences} | ${removed} |`;
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

function removedSection(documents: readonly DocumentRow[]): string[] {
  const rows = documents.flatMap((d) =>
    d.removed.map((b) => {
      const where = b.startLine === b.endLine ? `${b.startLine}` : `${b.startLine}–${b.endLine}`;
      return `| ${d.entry.id} | ${where} | \`${b.rule}\` | ${cell(b.text)} |`;
    }),
  );
  if (rows.length === 0) return [];
  return ['### Removed boilerplate', '', '| document | source lines | rule | text |', '|---|---|---|---|', ...rows, ''];
}

function mixedSection(documents: readonly DocumentRow[]): string[] {
  const rows = documents.flatMap((d) => d.mixed.map((p) => `| ${d.entry.id} | ${p.paragraph} | ${p.language} | ${cell(p.text)} |`));
  if (rows.length === 0) return [];
  return ['### Mixed-language paragraphs', '', '| document | paragraph | language | text |', '|---|---:|---|---|', ...rows, ''];
}

/** One table cell: the first line, shortened, escaped. */
function cell(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const short = first.length > 70 ? `${first.slice(0, 70)}…` : first;
  const more = text.includes('\n') ? ' (…)' : '';
  return escapeMarkdown(short + more);
}
