// alignments/index.html: links every pair and document report and the corpus exports.
import { escapeXml as esc } from '../escape.js';
import { page } from './report-html.js';

export interface IndexLink {
  href: string;
  label: string;
}

export interface IndexPair {
  id: string;
  zh: string;
  en: string;
  relation: string;
  score: number;
  errors: number;
  warnings: number;
  /** Beads a reviewer confirmed or corrected; links under the confident score left to review. */
  reviewed?: number;
  lowConfidence?: number;
  reports: IndexLink[];
}

export interface IndexDocument {
  id: string;
  language: string;
  errors: number;
  warnings: number;
  info: number;
  links: IndexLink[];
}

/** A name written more than one way across the corpus, with each form's uses and documents. */
export interface IndexConsistencyRow {
  term: string;
  variants: Array<{ form: string; count: number; documents: string[] }>;
}

export interface CorpusIndex {
  title: string;
  pairs: IndexPair[];
  documents: IndexDocument[];
  exports: IndexLink[];
  /** Names written more than one way across the corpus (absent: the section is left out). */
  consistency?: IndexConsistencyRow[];
}

const links = (list: IndexLink[]) => list.map((l) => `<a href="${esc(l.href)}">${esc(l.label)}</a>`).join(' · ');

function consistencySection(rows: IndexConsistencyRow[] | undefined): string[] {
  if (rows === undefined) return [];
  if (rows.length === 0) return ['<h2>Names written more than one way</h2>', '<p class="empty">None.</p>'];
  const body = rows.map(
    (r) => `<tr><td>${esc(r.term)}</td><td>${r.variants.map((v) => `${esc(v.form)} <span class="count">(${v.count}: ${esc(v.documents.join(', '))})</span>`).join('<br>')}</td></tr>`,
  );
  return ['<h2>Names written more than one way</h2>', `<table class="list"><thead><tr><th>name</th><th>forms (uses: documents)</th></tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`];
}

export function formatIndexHtml(index: CorpusIndex): string {
  const pairs = index.pairs.map(
    (p) =>
      `<tr><td>${links(p.reports)}</td><td>${esc(p.zh)}</td><td>${esc(p.en)}</td><td>${esc(p.relation)}</td><td>${p.score.toFixed(2)}</td><td>${p.errors}</td><td>${p.warnings}</td><td>${p.reviewed ?? 0}</td><td>${p.lowConfidence ?? 0}</td></tr>`,
  );
  const documents = index.documents.map(
    (d) => `<tr><td>${esc(d.id)}</td><td>${esc(d.language)}</td><td>${d.errors}</td><td>${d.warnings}</td><td>${d.info}</td><td>${links(d.links)}</td></tr>`,
  );
  const body = [
    `<header class="summary"><h1>${esc(index.title)}</h1><dl class="facts">`,
    `<div class="fact"><dt>document pairs</dt><dd>${index.pairs.length}</dd></div>`,
    `<div class="fact"><dt>documents</dt><dd>${index.documents.length}</dd></div>`,
    `<div class="fact"><dt>parallel text</dt><dd>${links(index.exports) || 'none'}</dd></div>`,
    '</dl></header>',
    '<main>',
    '<h2>Document pairs</h2>',
    index.pairs.length
      ? `<table class="list"><thead><tr><th>report</th><th>Chinese</th><th>English</th><th>relation</th><th>pair score</th><th>errors</th><th>warnings</th><th>reviewed beads</th><th>low-confidence links left</th></tr></thead><tbody>\n${pairs.join('\n')}\n</tbody></table>`
      : '<p class="empty">No Chinese–English pairs.</p>',
    '<h2>Documents</h2>',
    `<table class="list"><thead><tr><th>document</th><th>language</th><th>errors</th><th>warnings</th><th>info</th><th>files</th></tr></thead><tbody>\n${documents.join('\n')}\n</tbody></table>`,
    ...consistencySection(index.consistency),
    '</main>',
  ].join('\n');
  return page(index.title, body);
}
