// Builds review reports from plain alignment data: a pair's sentence beads, or a single
// document's paragraphs, with the findings placed in them.
import type { Bead, Finding } from '../types.js';
import { countOf } from '../wording.js';
import { countBySeverity, joinSegments, placeFindings, type FindingMark, type ReviewData, type ReviewReport, type ReviewRow, type SourceSegment, type WordChange } from './report-model.js';

export interface PairReportInput {
  title: string;
  facts: Array<[string, string]>;
  zhSentences: readonly string[];
  /** English sentences with their spans in the English source file (where findings point). */
  enSentences: readonly SourceSegment[];
  beads: readonly Bead[];
  findings: readonly Finding[];
  rejected?: number;
  /** The rejected findings, for the HTML review page (where they can be undone). */
  rejectedFindings?: readonly Finding[];
  /** Explanations shown under the title. */
  notes?: string[];
  review?: ReviewData;
  /** Per bead: the index of the alignment decision behind it in `review.decisions.alignment`. */
  beadDecisions?: ReadonlyArray<number | undefined>;
  stale?: ReviewReport['stale'];
}

/** Marks of every finding (the report's, then the rejected ones) placed in each segment alone. */
function segmentMarks(segments: readonly SourceSegment[], findings: readonly Finding[]): FindingMark[][] {
  return placeFindings(segments.map((s) => [s]), findings).marks;
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
  const perSentence = segmentMarks(input.enSentences, [...input.findings, ...(input.rejectedFindings ?? [])]);
  const rows = input.beads.map((b, i): ReviewRow => ({
    kind: b.zh.length === 0 ? 'en-only' : b.en.length === 0 ? 'zh-only' : 'link',
    label: String(i + 1),
    zh: b.zh.map((k) => input.zhSentences[k]).join(''),
    en: joinSegments(rowSegments[i]).text,
    score: b.score,
    marks: marks[i],
    parts: {
      zh: b.zh.map((k) => ({ index: k, text: input.zhSentences[k], marks: [] })),
      en: b.en.map((j) => ({ index: j, text: input.enSentences[j].text, marks: perSentence[j] })),
    },
    ...(b.reviewed ? { reviewed: input.beadDecisions?.[i] ?? -1 } : {}),
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
    ...optional(input),
  };
}

function optional(input: { notes?: string[]; rejectedFindings?: readonly Finding[]; review?: ReviewData; stale?: ReviewReport['stale']; changes?: WordChange[] }): Partial<ReviewReport> {
  return {
    ...(input.notes?.length ? { notes: input.notes } : {}),
    ...(input.rejectedFindings?.length ? { rejectedFindings: [...input.rejectedFindings] } : {}),
    ...(input.review ? { review: input.review } : {}),
    ...(input.stale?.length ? { stale: input.stale } : {}),
    ...(input.changes?.length ? { changes: input.changes } : {}),
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
  rejectedFindings?: readonly Finding[];
  review?: ReviewData;
  /** The fixes as word-level changes. */
  changes?: WordChange[];
}

export function buildDocumentReport(input: DocumentReportInput): ReviewReport {
  const { marks } = placeFindings(input.paragraphs.map((p) => [p]), input.findings);
  const all = segmentMarks(input.paragraphs, [...input.findings, ...(input.rejectedFindings ?? [])]);
  return {
    kind: 'document',
    title: input.title,
    facts: [...input.facts, ['paragraphs', String(input.paragraphs.length)], ...findingFacts(input.findings, input.rejected)],
    columns: { en: input.language === 'zh' ? 'Chinese (normalised)' : 'Text' },
    rows: input.paragraphs.map((p, i) => ({ kind: 'text', label: `¶${i + 1}`, zh: '', en: p.text, marks: marks[i], parts: { zh: [], en: [{ index: i, text: p.text, marks: all[i] }] } })),
    findings: [...input.findings],
    rejected: input.rejected ?? 0,
    ...optional(input),
  };
}
