// Builds review reports from plain alignment data: a pair's sentence beads, or a single
// document's paragraphs, with the findings placed in them.
import type { Bead, Finding } from '../types.js';
import { countOf } from '../wording.js';
import { countBySeverity, joinSegments, placeFindings, type ReviewReport, type ReviewRow, type SourceSegment } from './report-model.js';

export interface PairReportInput {
  title: string;
  facts: Array<[string, string]>;
  zhSentences: readonly string[];
  /** English sentences with their spans in the English source file (where findings point). */
  enSentences: readonly SourceSegment[];
  beads: readonly Bead[];
  findings: readonly Finding[];
  rejected?: number;
}

export function findingFacts(findings: readonly Finding[], rejected = 0): Array<[string, string]> {
  const c = countBySeverity(findings);
  const facts: Array<[string, string]> = [['findings', `${countOf(c.error, 'error')} · ${countOf(c.warning, 'warning')} · ${c.info} info`]];
  if (rejected) facts.push(['rejected by reviewers', String(rejected)]);
  return facts;
}

export function buildPairReport(input: PairReportInput): ReviewReport {
  const rowSegments = input.beads.map((b) => b.en.map((j) => input.enSentences[j]));
  const { marks } = placeFindings(rowSegments, input.findings);
  const rows = input.beads.map((b, i): ReviewRow => ({
    kind: b.zh.length === 0 ? 'en-only' : b.en.length === 0 ? 'zh-only' : 'link',
    label: String(i + 1),
    zh: b.zh.map((k) => input.zhSentences[k]).join(''),
    en: joinSegments(rowSegments[i]).text,
    score: b.score,
    marks: marks[i],
  }));
  const linked = input.beads.filter((b) => b.zh.length && b.en.length);
  const mean = linked.length ? linked.reduce((s, b) => s + b.score, 0) / linked.length : 0;
  return {
    kind: 'pair',
    title: input.title,
    facts: [
      ...input.facts,
      ['sentence beads', `${linked.length} linked · ${rows.filter((r) => r.kind === 'zh-only').length} Chinese alone · ${rows.filter((r) => r.kind === 'en-only').length} English alone`],
      ['mean link confidence', mean.toFixed(2)],
      ...findingFacts(input.findings, input.rejected),
    ],
    columns: { zh: 'Chinese (normalised)', en: 'English' },
    rows,
    findings: [...input.findings],
    rejected: input.rejected ?? 0,
  };
}

export interface DocumentReportInput {
  title: string;
  facts: Array<[string, string]>;
  language: 'zh' | 'en' | 'other';
  /** Paragraphs with their spans in the source file. */
  paragraphs: readonly SourceSegment[];
  findings: readonly Finding[];
  rejected?: number;
}

export function buildDocumentReport(input: DocumentReportInput): ReviewReport {
  const { marks } = placeFindings(input.paragraphs.map((p) => [p]), input.findings);
  return {
    kind: 'document',
    title: input.title,
    facts: [...input.facts, ['paragraphs', String(input.paragraphs.length)], ...findingFacts(input.findings, input.rejected)],
    columns: { en: input.language === 'zh' ? 'Chinese (normalised)' : 'Text' },
    rows: input.paragraphs.map((p, i) => ({ kind: 'text', label: `¶${i + 1}`, zh: '', en: p.text, marks: marks[i] })),
    findings: [...input.findings],
    rejected: input.rejected ?? 0,
  };
}
