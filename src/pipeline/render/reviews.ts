// What reviewers read, per English document (findings.json and .md, fixed text and diff, the
// findings report) and per pair (the side-by-side review report, HTML and Markdown), with
// reviewers' decisions applied: rejected findings left out, edits carrying the reviewer's fix.
import type { DocumentPair } from '../../align/index.js';
import type { EnglishReview, PreparedDocument } from '../../app/index.js';
import {
  buildDocumentReport,
  buildPairReport,
  findingsMarkdown,
  formatFindings,
  formatReportHtml,
  formatReportMarkdown,
  sourceSegments,
} from '../../export/index.js';
import { unifiedDiff } from '../../fix/index.js';
import { toSourceOffset } from '../../normalize/index.js';
import { countOf } from '../../wording.js';

/** findings.json, findings.md, fixed.txt, fixes.diff and the findings report of one English document. */
export function englishFiles(doc: PreparedDocument, review: EnglishReview): Array<[string, string]> {
  const id = doc.entry.id;
  const file = { path: doc.entry.file, findings: review.decided };
  const files: Array<[string, string]> = [
    [`${id}/findings.json`, formatFindings([file], 'json')],
    [`${id}/findings.md`, findingsMarkdown(file, id)],
  ];
  if (!review.fixed) return files;
  const fixed = review.fixed;
  const report = buildDocumentReport({
    title: `Findings: ${id}`,
    facts: [['document', doc.entry.file], ['fixes applied', `${fixed.applied} in ${countOf(fixed.passes, 'pass')}`]],
    language: 'en',
    paragraphs: sourceSegments(doc.paragraphs, toSource(doc)),
    findings: review.decided,
    rejected: review.rejected,
  });
  files.push(
    [`${id}/fixed.txt`, fixed.text],
    [`${id}/fixes.diff`, unifiedDiff(doc.entry.file, doc.source.text, fixed.text)],
    [`${id}/report.html`, formatReportHtml(report)],
    [`${id}/report.md`, formatReportMarkdown(report)],
  );
  return files;
}

/** A pair's review report, its English findings (after decisions) placed in the aligned sentences. */
export function pairReportFiles(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument, review: EnglishReview | undefined): Array<[string, string]> {
  const report = buildPairReport({
    title: `Review: ${pair.zh} ↔ ${pair.en}`,
    facts: [
      ['Chinese', zh.entry.file],
      ['English', en.entry.file],
      ['relation', `${pair.relation} (${pair.alignment.mode} alignment)`],
      ['pair score', pair.score.toFixed(2)],
      ['text in confident links', `${Math.round(pair.linkedShare * 100)}%`],
    ],
    zhSentences: zh.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    enSentences: sourceSegments(en.paragraphs.flatMap((p) => p.sentences), toSource(en)),
    beads: pair.alignment.sentences,
    findings: review?.decided ?? [],
    rejected: review?.rejected ?? 0,
  });
  return [
    [`${pair.id}/report.html`, formatReportHtml(report)],
    [`${pair.id}/report.md`, formatReportMarkdown(report)],
  ];
}

const toSource = (doc: PreparedDocument) => (n: number) => toSourceOffset(doc.normalized.offsets, n);
