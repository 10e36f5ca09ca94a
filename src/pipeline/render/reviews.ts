// What reviewers read, per English document (findings.json and .md, fixed text and diff, the
// findings report) and per pair (the side-by-side review report, HTML and Markdown), with
// reviewers' decisions applied: rejected findings left out, edits carrying the reviewer's fix.
import type { DocumentPair } from '../../align/index.js';
import type { AlignmentReview, EnglishReview, PreparedDocument } from '../../app/index.js';
import {
  buildDocumentReport,
  buildPairReport,
  findingsMarkdown,
  formatFindings,
  formatReportHtml,
  formatReportMarkdown,
  sourceSegments,
  type ReviewData,
} from '../../export/index.js';
import { decisionKey, findingContext, matchingContext, unifiedDiff, wordChanges, type AlignmentDecision, type Decision } from '../../fix/index.js';
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
    rejectedFindings: review.rejectedFindings?.map((r) => r.finding),
    review: { report: id, ...findingsData(doc, review), decisions: { decisions: findingDecisions(review), alignment: [] } },
    changes: wordChanges(doc.source.text, fixed.text),
  });
  files.push(
    [`${id}/fixed.txt`, fixed.text],
    [`${id}/fixes.diff`, unifiedDiff(doc.entry.file, doc.source.text, fixed.text)],
    [`${id}/report.html`, formatReportHtml(report)],
    [`${id}/report.md`, formatReportMarkdown(report)],
  );
  return files;
}

const COMPARABLE = [
  'Comparable texts: the English reports the same event as the Chinese but is not a translation of it.',
  'Only sentences that clearly correspond are linked; the rest are shown with no counterpart, as expected for such a pair, and the cross-lingual checks do not run on it.',
].join(' ');

/** A pair's review report, its English findings (after decisions) placed in the aligned sentences. */
export function pairReportFiles(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument, review: EnglishReview | undefined, alignment?: AlignmentReview): Array<[string, string]> {
  const data: ReviewData = {
    report: pair.id,
    pair: pair.id,
    ...(review ? findingsData(en, review) : { findings: [] }),
    decisions: { decisions: review ? findingDecisions(review) : [], alignment: alignment?.decisions ?? [] },
  };
  const report = buildPairReport({
    title: `Review: ${pair.zh} ↔ ${pair.en}`,
    facts: [
      ['Chinese', zh.entry.file],
      ['English', en.entry.file],
      ['relation', `${pair.relation} (${pair.alignment.mode} alignment)`],
      ['pair score', pair.score.toFixed(2)],
      ['text in confident links', `${Math.round(pair.linkedShare * 100)}%`],
      ...(alignment?.reviewed ? [['reviewed beads', String(alignment.reviewed)] as [string, string]] : []),
    ],
    notes: pair.relation === 'comparable' ? [COMPARABLE] : [],
    zhSentences: zh.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    enSentences: sourceSegments(en.paragraphs.flatMap((p) => p.sentences), toSource(en)),
    beads: pair.alignment.sentences,
    findings: review?.decided ?? [],
    rejected: review?.rejected ?? 0,
    rejectedFindings: review?.rejectedFindings?.map((r) => r.finding),
    review: data,
    beadDecisions: alignment?.decisionOfBead,
    stale: alignment?.stale.map((s) => ({ what: describeDecision(s.decision), reason: s.reason })),
  });
  return [
    [`${pair.id}/report.html`, formatReportHtml(report)],
    [`${pair.id}/report.md`, formatReportMarkdown(report)],
  ];
}

const toSource = (doc: PreparedDocument) => (n: number) => toSourceOffset(doc.normalized.offsets, n);

/** Each finding the page shows (the kept ones, then the rejected ones) with its decision key and context. */
function findingsData(doc: PreparedDocument, review: EnglishReview): Pick<ReviewData, 'findings'> {
  const source = doc.source.text;
  const all = [...review.decided.map((finding, i) => ({ finding, decision: review.decisions?.[i] })), ...(review.rejectedFindings ?? [])];
  return {
    findings: all.map(({ finding, decision }) => ({
      rule: finding.rule,
      text: finding.text,
      key: findingContext(source, finding),
      context: matchingContext(source, finding),
      ...(decision ? {} : proposal(finding.fix?.replacement ?? finding.suggestions[0])),
      ...(decision ? { decision, ...proposal(decision.replacement ?? finding.suggestions[0]) } : {}),
    })),
  };
}

const proposal = (text: string | undefined) => (text === undefined ? {} : { proposal: text });

/** The finding decisions that applied to a document, once each. */
function findingDecisions(review: EnglishReview): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const d of [...(review.decisions ?? []), ...(review.rejectedFindings ?? []).map((r) => r.decision)]) if (d) byKey.set(decisionKey(d), d);
  return [...byKey.values()];
}

/** An alignment decision in a few words, for the list of stale ones. */
function describeDecision(d: AlignmentDecision): string {
  const short = (t: string) => (t.length > 60 ? `${t.slice(0, 60)}…` : t);
  const side = (texts: string[]) => texts.map((t) => `“${short(t)}”`).join(' ');
  return d.decision === 'link' ? `link ${side(d.zh)} ↔ ${side(d.en)}` : `no counterpart for ${side([...d.zh, ...d.en])}`;
}
