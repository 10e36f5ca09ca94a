// Stage 3: checks every English document (with its paired Chinese when the pair is a
// translation) and writes <doc id>/findings.json and findings.md, and the documents ×
// rule-family summary of index.md. Reviewer decisions (`options.decisions`) are honoured:
// rejected findings are left out of findings.json/md and counted in the summary, edits carry
// the reviewer's replacement as their fix. Reports (stage 4) take `byDocument` from here (the
// findings before decisions: they apply the decisions themselves, to fix the text too).
import type { Pairing } from '../align/index.js';
import { checkEnglish, consistencyTable, ruleFamilies, type ConsistencyRow, type TermRendering } from '../checks/index.js';
import { fileNameDate } from '../corpus/index.js';
import { formatFindings, findingsMarkdown, findingsSummaryMarkdown } from '../export/index.js';
import { applyDecisions } from '../fix/index.js';
import { loadGlossary, type Glossary } from '../glossary/index.js';
import type { Finding } from '../types.js';
import type { CorpusDocument } from './documents.js';
import type { RunOptions } from './index.js';

export interface FindingsStage {
  /** English document id → its findings, before reviewer decisions. */
  byDocument: Map<string, Finding[]>;
  files: Array<[string, string]>;
  section: string;
  /** Names and terms written more than one way across the corpus (for index.md and index.html). */
  consistency: ConsistencyRow[];
}

/** The pair in which an English document is the translation of a Chinese one, if any. */
function translationOf(doc: CorpusDocument, pairing: Pairing) {
  return pairing.pairs.find((p) => p.en === doc.entry.id && p.relation === 'translation');
}

/**
 * One English document's findings, before reviewer decisions: checked against the Chinese of
 * its translation pair when it has one (cross-lingual checks), else English alone.
 */
export function checkDocument(
  doc: CorpusDocument,
  pairing: Pairing,
  byId: Map<string, CorpusDocument>,
  glossary: Glossary,
  renderings?: (list: TermRendering[]) => void,
): Finding[] {
  const pair = translationOf(doc, pairing);
  const zh = pair ? byId.get(pair.zh) : undefined;
  return checkEnglish(doc.source.text, {
    glossary,
    date: doc.entry.date ?? fileNameDate(doc.entry.file),
    english: { normalized: doc.normalized, paragraphs: doc.paragraphs },
    chinese: pair && zh ? { paragraphs: zh.paragraphs, alignment: pair.alignment } : undefined,
    renderings,
  });
}

export function checkCorpus(documents: CorpusDocument[], pairing: Pairing, options: RunOptions = {}): FindingsStage {
  const glossary = loadGlossary();
  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const byDocument = new Map<string, Finding[]>();
  const files: Array<[string, string]> = [];
  const decisions = options.decisions ?? [];
  const rows: Array<{ id: string; findings: Finding[]; crossLingual: boolean; rejected: number }> = [];
  const renderings: Array<{ id: string; renderings: TermRendering[] }> = [];
  for (const doc of documents) {
    if (doc.entry.language !== 'en') continue;
    const findings = checkDocument(doc, pairing, byId, glossary, (list) => renderings.push({ id: doc.entry.id, renderings: list }));
    const pair = translationOf(doc, pairing);
    byDocument.set(doc.entry.id, findings);
    const decided = applyDecisions(doc.source.text, findings, decisions);
    const file = { path: doc.entry.file, findings: decided.findings };
    files.push([`${doc.entry.id}/findings.json`, formatFindings([file], 'json')]);
    files.push([`${doc.entry.id}/findings.md`, findingsMarkdown(file, doc.entry.id)]);
    rows.push({ id: doc.entry.id, findings: decided.findings, crossLingual: Boolean(pair && byId.has(pair.zh)), rejected: decided.rejected.length });
    const rejected = decided.rejected.length ? `, ${decided.rejected.length} rejected by decisions` : '';
    options.log?.(`silkalign: ${doc.entry.id}: ${decided.findings.length} findings${rejected}`);
  }
  const consistency = consistencyTable(renderings);
  return { byDocument, files, section: findingsSummaryMarkdown(rows, ruleFamilies) + consistencyMarkdown(consistency), consistency };
}

/** The corpus-wide consistency table of index.md. */
function consistencyMarkdown(rows: ConsistencyRow[]): string {
  const head = ['', '### Names written more than one way', '', 'Across the English documents: each name the glossary or the Chinese gives, written in more than one form (see `consistency/*` in each document’s findings).', ''];
  if (rows.length === 0) return [...head, 'None.', ''].join('\n');
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = rows.map((r) => `| ${cell(r.term)} | ${r.variants.map((v) => `${cell(v.form)} (${v.count}: ${v.documents.join(', ')})`).join('; ')} |`);
  return [...head, '| name | forms (uses: documents) |', '|---|---|', ...lines, ''].join('\n');
}
