// The corpus-level reports of a run, rendered once from the whole corpus's rows whatever the
// number of units: index.md (its sections in pipeline order) and index.html.
import { ruleFamilies, type ConsistencyRow } from '../../checks/index.js';
import { escapeMarkdown, findingsSummaryMarkdown, formatIndexHtml, type FindingsSummaryRow, type IndexDocument, type IndexPair } from '../../export/index.js';
import { CONFIDENT_SCORE } from '../../scores.js';
import { countOf } from '../../wording.js';
import { documentsSection, type DocumentRow } from './documents.js';
import { pairsSection, type PairRow } from './pairs.js';
import type { PairCandidate, PairRelation } from '../../align/index.js';
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
  /** The parallel-text files written for each relation's pairs (parallel.tmx, …; comparable.tmx, …). */
  parallelFiles: ReadonlyArray<{ relation: PairRelation; files: readonly string[] }>;
  /** Names written more than one way across the corpus's English documents. */
  consistency: readonly ConsistencyRow[];
}

/** Pairs named in the list of what fed a file before the rest are only counted (the Pairs table has them all). */
const NAMED_PAIRS = 10;

export function indexMarkdown(rows: CorpusRows): string {
  const reviewed = rows.documents.flatMap((d) => (d.findings ? [d.findings] : []));
  const sections = [
    documentsSection(rows.documents),
    pairsSection(rows.pairs, rows.unpaired, rows.candidates),
    findingsSummaryMarkdown(reviewed, ruleFamilies) + consistencyMarkdown(rows.consistency),
    reviewsSection(rows, reviewed),
  ];
  return [`# ${INDEX_TITLE}`, '', ...sections].join('\n');
}

/** The corpus-wide consistency table, under the findings summary. */
function consistencyMarkdown(rows: readonly ConsistencyRow[]): string {
  const head = ['', '### Names written more than one way', '', 'Across the English documents: each name the glossary or the Chinese gives, written in more than one form (see `consistency/*` in each document’s findings).', ''];
  if (rows.length === 0) return [...head, 'None.', ''].join('\n');
  const lines = rows.map((r) => `| ${escapeMarkdown(r.term)} | ${r.variants.map((v) => `${escapeMarkdown(v.form)} (${v.count}: ${v.documents.join(', ')})`).join('; ')} |`);
  return [...head, '| name | forms (uses: documents) |', '|---|---|', ...lines, ''].join('\n');
}

function reviewsSection(rows: CorpusRows, reviewed: readonly FindingsSummaryRow[]): string {
  const rejected = reviewed.reduce((n, d) => n + d.rejected, 0);
  const written = new Set(rows.documents.filter((d) => d.reported !== false).map((d) => d.entry.id));
  const pairs = rows.pairs.filter((p) => p.reported !== false);
  const left = [rows.pairs.length - pairs.length, rows.documents.length - written.size];
  return [
    '## Reviews and exports',
    '',
    'Open [index.html](index.html) for the review reports in a browser.',
    '',
    ...pairs.map((p) => `- ${p.id}: [review report](${p.id}/report.html) ([Markdown](${p.id}/report.md))`),
    ...reviewed.filter((d) => written.has(d.id)).map((d) => `- ${d.id}: [findings report](${d.id}/report.html), [fixed text](${d.id}/fixed.txt), [diff](${d.id}/fixes.diff)`),
    '',
    ...(left[0] || left[1] ? [`The files of ${countOf(left[0], 'pair')} and ${countOf(left[1], 'document')} were not written (\`run --reports all\` writes them).`, ''] : []),
    `Parallel text, sentence links scored ≥ ${CONFIDENT_SCORE}: translation pairs feed \`parallel.*\`; comparable pairs (texts on one event, not translations of each other) feed \`comparable.*\`, whose links are corresponding sentences, not translations.`,
    '',
    ...rows.parallelFiles.map(({ relation, files }) => `- ${listed(files.map((f) => `[${f}](${f})`))}: ${fedBy(rows.pairs.filter((p) => p.relation === relation), relation)}`),
    ...(rejected ? ['', `${countOf(rejected, 'finding')} rejected by reviewer decisions ${rejected === 1 ? 'is' : 'are'} left out of the reports and fixes.`] : []),
    '',
  ].join('\n');
}

const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

/** "7 sentence pairs from 1 comparable pair: a--b" */
function fedBy(pairs: readonly PairRow[], relation: PairRelation): string {
  const segments = pairs.reduce((n, p) => n + p.segments, 0);
  const kind = relation === 'translation' ? 'translation pair' : 'comparable pair';
  if (pairs.length === 0) return `${countOf(0, 'sentence pair')} (no ${kind}s)`;
  const named = pairs.slice(0, NAMED_PAIRS).map((p) => p.id);
  const more = pairs.length > NAMED_PAIRS ? ` and ${pairs.length - NAMED_PAIRS} more` : '';
  return `${countOf(segments, 'sentence pair')} from ${countOf(pairs.length, kind)}: ${named.join(', ')}${more}`;
}

export function indexHtml(rows: CorpusRows): string {
  const pairs = rows.pairs.map(
    (p): IndexPair => ({
      id: p.id, zh: p.zh, en: p.en, relation: p.relation, score: p.score, errors: p.errors, warnings: p.warnings,
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
  const exports = rows.parallelFiles.flatMap(({ files }) => files.map((f) => ({ href: f, label: f })));
  return formatIndexHtml({ title: INDEX_TITLE, pairs, documents, exports, consistency: [...rows.consistency] });
}
