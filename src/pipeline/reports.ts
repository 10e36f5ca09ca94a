// Stage 4 (last): what reviewers and translation tools read. Per English document its fixed
// text and diff and a findings report; per pair the side-by-side review report (HTML and
// Markdown); for the corpus index.html and the parallel text (TMX, TSV, JSONL). Reviewer
// decisions (corpus/decisions.json, given as `options.decisions`) are honoured throughout.
import type { DocumentPair, Pairing } from '../align/index.js';
import { checkEnglish, checks } from '../checks/index.js';
import { fileNameDate } from '../corpus/index.js';
import {
  buildDocumentReport,
  buildPairReport,
  countBySeverity,
  formatIndexHtml,
  formatJsonl,
  formatReportHtml,
  formatReportMarkdown,
  formatTmx,
  formatTsv,
  pairParallel,
  selectSegments,
  sourceSegments,
  type IndexConsistencyRow,
  type IndexDocument,
  type IndexPair,
  type ParallelSegment,
} from '../export/index.js';
import { applyDecisions, fixText, unifiedDiff, type Decision } from '../fix/index.js';
import { loadGlossary } from '../glossary/index.js';
import { toSourceOffset } from '../normalize/index.js';
import type { Finding } from '../types.js';
import type { CorpusDocument } from './documents.js';
import type { RunOptions } from './index.js';

/** Linked beads scored under this are left out of the corpus parallel text. */
export const PARALLEL_MIN_SCORE = 0.5;

/** Decisions and the tool version come with the run's options. */
export interface ReportsOptions extends RunOptions {
  /** Names written more than one way across the corpus (from the findings stage), for index.html. */
  consistency?: IndexConsistencyRow[];
}

export interface ReportsStage {
  files: Array<[string, string]>;
  section: string;
}

interface DecidedDocument {
  doc: CorpusDocument;
  findings: Finding[];
  rejected: number;
}

export function writeReports(documents: CorpusDocument[], pairing: Pairing, byDocument: Map<string, Finding[]>, options: ReportsOptions = {}): ReportsStage {
  const decisions = options.decisions ?? [];
  const files: Array<[string, string]> = [];
  const decided = new Map<string, DecidedDocument>();
  for (const doc of documents) {
    const raw = byDocument.get(doc.entry.id);
    if (doc.entry.language !== 'en' || raw === undefined) continue;
    const { findings, rejected } = applyDecisions(doc.source.text, raw, decisions);
    decided.set(doc.entry.id, { doc, findings, rejected: rejected.length });
    files.push(...documentFiles(doc, raw, findings, rejected.length, decisions));
  }

  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const parallel: ParallelSegment[] = [];
  const indexPairs: IndexPair[] = [];
  for (const pair of pairing.pairs) {
    const zh = byId.get(pair.zh)!;
    const en = decided.get(pair.en) ?? { doc: byId.get(pair.en)!, findings: [], rejected: 0 };
    const report = pairReport(pair, zh, en);
    files.push([`${pair.id}/report.html`, formatReportHtml(report)], [`${pair.id}/report.md`, formatReportMarkdown(report)]);
    parallel.push(...pairSegments(pair, zh, en.doc, en.findings));
    const counts = countBySeverity(en.findings);
    indexPairs.push({
      id: pair.id, zh: pair.zh, en: pair.en, relation: pair.relation, score: pair.score, errors: counts.error, warnings: counts.warning,
      reports: [{ href: `${pair.id}/report.html`, label: 'review report' }, { href: `${pair.id}/report.md`, label: 'md' }, { href: `${pair.id}/alignment.md`, label: 'alignment' }],
    });
  }

  const segments = selectSegments(parallel, PARALLEL_MIN_SCORE);
  files.push(
    ['parallel.tmx', formatTmx(segments, { toolVersion: options.toolVersion ?? '0.0.0' })],
    ['parallel.tsv', formatTsv(segments)],
    ['parallel.jsonl', formatJsonl(segments)],
  );
  const indexDocuments = documents.map((doc): IndexDocument => {
    const d = decided.get(doc.entry.id);
    const counts = countBySeverity(d?.findings ?? []);
    const id = doc.entry.id;
    const links = d
      ? ['report.html', 'report.md', 'findings.md', 'fixed.txt', 'fixes.diff'].map((f) => ({ href: `${id}/${f}`, label: f }))
      : [{ href: `${id}/normalized.txt`, label: 'normalized.txt' }];
    return { id, language: doc.entry.language, errors: counts.error, warnings: counts.warning, info: counts.info, links };
  });
  const exportsLinks = ['parallel.tmx', 'parallel.tsv', 'parallel.jsonl'].map((f) => ({ href: f, label: f }));
  files.push(['index.html', formatIndexHtml({ title: 'silkalign: corpus report', pairs: indexPairs, documents: indexDocuments, exports: exportsLinks, consistency: options.consistency })]);
  options.log?.(`silkalign: ${pairing.pairs.length} review reports, ${segments.length} parallel segments (score ≥ ${PARALLEL_MIN_SCORE})`);
  return { files, section: reportsSection(indexPairs, [...decided.values()], segments.length) };
}

/** fixed.txt, fixes.diff and the single-document report of one English document. */
function documentFiles(doc: CorpusDocument, raw: Finding[], findings: Finding[], rejected: number, decisions: readonly Decision[]): Array<[string, string]> {
  const id = doc.entry.id;
  const glossary = loadGlossary();
  const date = doc.entry.date ?? fileNameDate(doc.entry.file);
  // The first pass reuses the pipeline's findings (cross-lingual ones included); later passes
  // check the changed text again, English alone, and only for what could still be fixed: only
  // the applied fixes are kept from them.
  const rules = fixingRules(decisions);
  const check = (text: string): Finding[] => (text === doc.source.text ? raw : checkEnglish(text, { glossary, date, rules }));
  const fixed = fixText(doc.source.text, check, { decisions });
  const toSource = (n: number) => toSourceOffset(doc.normalized.offsets, n);
  const report = buildDocumentReport({
    title: `Findings: ${id}`,
    facts: [['document', doc.entry.file], ['fixes applied', `${fixed.applied.length} in ${fixed.passes} passes`]],
    language: 'en',
    paragraphs: sourceSegments(doc.paragraphs, toSource),
    findings,
    rejected,
  });
  return [
    [`${id}/fixed.txt`, fixed.text],
    [`${id}/fixes.diff`, unifiedDiff(doc.entry.file, doc.source.text, fixed.text)],
    [`${id}/report.html`, formatReportHtml(report)],
    [`${id}/report.md`, formatReportMarkdown(report)],
  ];
}

/**
 * Rules whose findings can be fixes: those that attach safe fixes, and any rule a reviewer's
 * accept or edit decision names (that decision turns the finding's suggestion into a fix).
 */
function fixingRules(decisions: readonly Decision[]): string[] {
  const named = decisions.filter((d) => d.decision !== 'reject').map((d) => d.rule);
  return [...new Set([...checks.filter((c) => c.fixes).map((c) => c.id), ...named])].sort();
}

function pairReport(pair: DocumentPair, zh: CorpusDocument, en: DecidedDocument) {
  const toSource = (n: number) => toSourceOffset(en.doc.normalized.offsets, n);
  return buildPairReport({
    title: `Review: ${pair.zh} ↔ ${pair.en}`,
    facts: [
      ['Chinese', zh.entry.file],
      ['English', en.doc.entry.file],
      ['relation', `${pair.relation} (${pair.alignment.mode} alignment)`],
      ['pair score', pair.score.toFixed(2)],
      ['text in confident links', `${Math.round(pair.linkedShare * 100)}%`],
    ],
    zhSentences: zh.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    enSentences: sourceSegments(en.doc.paragraphs.flatMap((p) => p.sentences), toSource),
    beads: pair.alignment.sentences,
    findings: en.findings,
    rejected: en.rejected,
  });
}

/** A pair's sentence beads as parallel segments, the English with its fixes (findings after decisions) applied. */
export function pairSegments(pair: DocumentPair, zh: CorpusDocument, en: CorpusDocument, findings: readonly Finding[]): ParallelSegment[] {
  return pairParallel({
    zhSentences: zh.paragraphs.flatMap((p) => p.sentences),
    enSentences: en.paragraphs.flatMap((p) => p.sentences),
    enToSource: (n) => toSourceOffset(en.normalized.offsets, n),
    beads: pair.alignment.sentences,
    findings,
    source: `${pair.zh}|${pair.en}`,
  });
}

function reportsSection(pairs: IndexPair[], documents: DecidedDocument[], segments: number): string {
  const rejected = documents.reduce((n, d) => n + d.rejected, 0);
  return [
    '## Reviews and exports',
    '',
    'Open [index.html](index.html) for the review reports in a browser.',
    '',
    ...pairs.map((p) => `- ${p.id}: [review report](${p.id}/report.html) ([Markdown](${p.id}/report.md))`),
    ...documents.map((d) => `- ${d.doc.entry.id}: [findings report](${d.doc.entry.id}/report.html), [fixed text](${d.doc.entry.id}/fixed.txt), [diff](${d.doc.entry.id}/fixes.diff)`),
    '',
    `Parallel text: ${segments} sentence pairs scored ≥ ${PARALLEL_MIN_SCORE} in [parallel.tmx](parallel.tmx), [parallel.tsv](parallel.tsv) and [parallel.jsonl](parallel.jsonl).`,
    ...(rejected ? ['', `${rejected} findings rejected by reviewer decisions are left out of the reports and fixes.`] : []),
    '',
  ].join('\n');
}
