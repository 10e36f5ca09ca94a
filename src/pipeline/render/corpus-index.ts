// The corpus-level reports of a run, rendered once from the whole corpus's rows whatever the
// number of units: index.md (its sections in pipeline order) and index.html.
import { ruleFamilies } from '../../checks/index.js';
import { findingsSummaryMarkdown, formatIndexHtml, type FindingsSummaryRow, type IndexDocument, type IndexPair } from '../../export/index.js';
import { CONFIDENT_SCORE } from '../../scores.js';
import { countOf } from '../../wording.js';
import { documentsSection, type DocumentRow } from './documents.js';
import { pairsSection, type PairRow } from './pairs.js';
import type { PairCandidate } from '../../align/index.js';
import type { Severity } from '../../types.js';

export const INDEX_TITLE = 'silkalign: corpus report';

/** A document of the corpus with, for an English one, its findings summary. */
export interface CorpusDocumentRow extends DocumentRow {
  findings?: FindingsSummaryRow & { bySeverity: Record<Severity, number> };
  /** false: its files were not written (`run --reports`). */
  reported?: boolean;
}

export interface CorpusRows {
  documents: readonly CorpusDocumentRow[];
  pairs: readonly PairRow[];
  unpaired: readonly string[];
  candidates: readonly PairCandidate[];
  /** Parallel segments written. */
  segments: number;
  /** The parallel-text files written (parallel.tmx, …). */
  parallelFiles: readonly string[];
}

export function indexMarkdown(rows: CorpusRows): string {
  const reviewed = rows.documents.flatMap((d) => (d.findings ? [d.findings] : []));
  const sections = [
    documentsSection(rows.documents),
    pairsSection(rows.pairs, rows.unpaired, rows.candidates),
    findingsSummaryMarkdown(reviewed, ruleFamilies),
    reviewsSection(rows, reviewed),
  ];
  return [`# ${INDEX_TITLE}`, '', ...sections].join('\n');
}

function reviewsSection(rows: CorpusRows, reviewed: readonly FindingsSummaryRow[]): string {
  const rejected = reviewed.reduce((n, d) => n + d.rejected, 0);
  const written = new Set(rows.documents.filter((d) => d.reported !== false).map((d) => d.entry.id));
  const pairs = rows.pairs.filter((p) => p.reported !== false);
  const left = [rows.pairs.length - pairs.length, rows.documents.length - written.size];
  const files = rows.parallelFiles.map((f) => `[${f}](${f})`);
  const listed = files.length > 1 ? `${files.slice(0, -1).join(', ')} and ${files.at(-1)}` : files.join('');
  return [
    '## Reviews and exports',
    '',
    'Open [index.html](index.html) for the review reports in a browser.',
    '',
    ...pairs.map((p) => `- ${p.id}: [review report](${p.id}/report.html) ([Markdown](${p.id}/report.md))`),
    ...reviewed.filter((d) => written.has(d.id)).map((d) => `- ${d.id}: [findings report](${d.id}/report.html), [fixed text](${d.id}/fixed.txt), [diff](${d.id}/fixes.diff)`),
    '',
    ...(left[0] || left[1] ? [`The files of ${countOf(left[0], 'pair')} and ${countOf(left[1], 'document')} were not written (\`run --reports all\` writes them).`, ''] : []),
    `Parallel text: ${countOf(rows.segments, 'sentence pair')} scored ≥ ${CONFIDENT_SCORE} in ${listed}.`,
    ...(rejected ? ['', `${countOf(rejected, 'finding')} rejected by reviewer decisions ${rejected === 1 ? 'is' : 'are'} left out of the reports and fixes.`] : []),
    '',
  ].join('\n');
}

export function indexHtml(rows: CorpusRows): string {
  const pairs = rows.pairs.map(
    (p): IndexPair => ({
      id: p.id, zh: p.zh, en: p.en, relation: p.relation, score: p.score, errors: p.errors, warnings: p.warnings, reviewed: p.reviewed ?? 0, lowConfidence: p.lowConfidence ?? 0,
      reports: p.reported === false ? [] : [{ href: `${p.id}/report.html`, label: 'review report' }, { href: `${p.id}/report.md`, label: 'md' }, { href: `${p.id}/alignment.md`, label: 'alignment' }],
    }),
  );
  const documents = rows.documents.map((doc): IndexDocument => {
    const id = doc.entry.id;
    const counts = doc.findings?.bySeverity ?? { error: 0, warning: 0, info: 0 };
    const files = doc.reported === false ? [] : doc.findings ? ['report.html', 'report.md', 'findings.md', 'fixed.txt', 'fixes.diff'] : ['normalized.txt'];
    const links = files.map((f) => ({ href: `${id}/${f}`, label: f }));
    return { id, language: doc.entry.language, errors: counts.error, warnings: counts.warning, info: counts.info, links };
  });
  const exports = rows.parallelFiles.map((f) => ({ href: f, label: f }));
  return formatIndexHtml({ title: INDEX_TITLE, pairs, documents, exports });
}
