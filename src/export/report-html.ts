// The review report as one self-contained HTML page: summary, filters, the aligned text with
// findings highlighted (message and suggestion on click), and the list of findings. Every piece
// of document text goes through `escapeXml`, so a `<script>` in a document is shown as text.
import type { Finding } from '../types.js';
import { escapeXml as esc } from '../escape.js';
import { CONFIDENT_SCORE } from '../scores.js';
import { REPORT_CSS, REPORT_JS } from './report-assets.js';
import { countByRule, countBySeverity, type FindingMark, type ReviewReport, type ReviewRow, type RowPart } from './report-model.js';
import { REVIEW_CSS, REVIEW_JS, reviewDataBlock } from './report-review.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
// connect-src 'self': served by `silkalign review`, the page saves decisions to its own server.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'";

export function page(title: string, body: string, script = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}${REVIEW_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    script ? `<script>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A link's confidence as a bar; an unmatched segment says so, with no bar; a reviewed bead says it is. */
export function scoreCell(r: Pick<ReviewRow, 'kind' | 'score' | 'reviewed'>): string {
  if (r.reviewed !== undefined) return `<td class="conf"><span class="reviewed" title="confirmed or corrected by a reviewer">✓ reviewed</span></td>`;
  if (r.kind === 'zh-only' || r.kind === 'en-only') return '<td class="conf"><span class="alone">no counterpart</span></td>';
  const score = r.score;
  if (score === undefined) return '<td class="conf"></td>';
  const band = score < CONFIDENT_SCORE ? 'low' : score < 0.75 ? 'mid' : 'high';
  const pct = Math.round(score * 100);
  return `<td class="conf"><div class="score ${band}" title="alignment confidence"><span class="bar"><i style="width:${pct}%"></i></span>${score.toFixed(2)}</div></td>`;
}

// Spans shown as blocks (a note sits inside a sentence's span, which moves between rows).
function note(finding: Finding, f: number): string {
  const suggestion = finding.fix
    ? `<span class="suggestion">Safe fix: replace with <b>${esc(finding.fix.replacement)}</b></span>`
    : finding.suggestions.length
      ? `<span class="suggestion">Suggestion: ${finding.suggestions.map((s) => `<b>${esc(s)}</b>`).join(' or ')}</span>`
      : '<span class="suggestion">No suggestion: needs a reviewer.</span>';
  return (
    `<span class="note ${finding.severity}" id="note-${f}" hidden><span class="sev ${finding.severity}">${finding.severity}</span>` +
    `<span class="rule">${esc(finding.rule)}</span> · line ${finding.line}<span class="message">${esc(finding.message)}</span>${suggestion}</span>`
  );
}

const dataAttrs = (finding: Finding, f: number) => `data-finding="${f}" data-rule="${esc(finding.rule)}" data-severity="${finding.severity}"`;

/** Every finding a report shows: its own, then the rejected ones (numbered on). */
const allFindings = (report: ReviewReport): Finding[] => [...report.findings, ...(report.rejectedFindings ?? [])];

/** Class of a finding's mark: its severity, and `decided-reject` for a rejected one. */
const findingClass = (report: ReviewReport, f: number) => `${allFindings(report)[f].severity}${f >= report.findings.length ? ' decided-reject' : ''}`;

/** The text with its findings marked inline (a mark that could not be placed inline is left out). */
function inlineMarks(text: string, marks: FindingMark[], findings: readonly Finding[], cls: (f: number) => string): string {
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < 0) continue;
    const finding = findings[m.finding];
    out += esc(text.slice(at, m.start));
    out += `<mark class="finding ${cls(m.finding)}" id="mark-${m.finding}" tabindex="0" role="button" aria-expanded="false" title="${esc(finding.rule)}" ${dataAttrs(finding, m.finding)}>${esc(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + esc(text.slice(at));
}

/** Findings that could not be marked inline, as buttons; then the notes of all, hidden. */
function rowExtras(marks: FindingMark[], findings: readonly Finding[]): string {
  const rowLevel = marks.filter((m) => m.start < 0);
  let out = '';
  if (rowLevel.length) {
    out += '<span class="row-findings">';
    for (const m of rowLevel) {
      const finding = findings[m.finding];
      out += `<button type="button" id="mark-${m.finding}" aria-expanded="false" ${dataAttrs(finding, m.finding)}>${esc(finding.rule)}: “${esc(finding.text)}”</button>`;
    }
    out += '</span>';
  }
  return out + marks.map((m) => note(findings[m.finding], m.finding)).join('');
}

/** The English with inline marks; row-level findings as buttons; notes for all, hidden. */
function markedText(text: string, marks: FindingMark[], findings: readonly Finding[]): string {
  return inlineMarks(text, marks, findings, (f) => findings[f].severity) + rowExtras(marks, findings);
}

/** One English segment: its text with marks, then its row-level findings and notes (they move with it). */
function englishPart(p: RowPart, report: ReviewReport): string {
  const findings = allFindings(report);
  return `<span class="seg" data-en="${p.index}"><span class="t">${inlineMarks(p.text, p.marks, findings, (f) => findingClass(report, f))}</span>${rowExtras(p.marks, findings)}</span>`;
}

function row(r: ReviewRow, report: ReviewReport): string {
  if (!r.parts) {
    const en = r.kind === 'zh-only' ? 'no English counterpart' : markedText(r.en, r.marks, report.findings);
    const cells = [`<td class="num">${esc(r.label)}</td>`];
    if (report.kind === 'pair') cells.push(scoreCell(r));
    if (report.columns.zh !== undefined) cells.push(`<td class="zh" lang="zh-CN">${r.kind === 'en-only' ? 'no Chinese counterpart' : esc(r.zh)}</td>`);
    cells.push(`<td class="en">${en}</td>`);
    return `<tr class="${r.kind}">${cells.join('')}</tr>`;
  }
  const { zh, en } = r.parts;
  const cells = [`<td class="num">${esc(r.label)}</td>`];
  if (report.kind === 'pair') cells.push(scoreCell(r));
  if (report.columns.zh !== undefined) {
    const text = zh.length ? zh.map((p) => `<span class="seg" data-zh="${p.index}">${esc(p.text)}</span>`).join('') : '<span class="none">no Chinese counterpart</span>';
    cells.push(`<td class="zh" lang="zh-CN">${text}</td>`);
  }
  cells.push(`<td class="en">${en.length ? en.map((p) => englishPart(p, report)).join(' ') : '<span class="none">no English counterpart</span>'}</td>`);
  const data =
    report.kind === 'pair'
      ? ` data-zh="${zh.map((p) => p.index).join(' ')}" data-en="${en.map((p) => p.index).join(' ')}" data-score="${r.score ?? ''}"${r.reviewed !== undefined ? ` data-decision="${r.reviewed}"` : ''}`
      : '';
  return `<tr class="${r.kind}${r.reviewed !== undefined ? ' reviewed' : ''}"${data}>${cells.join('')}</tr>`;
}

function filters(report: ReviewReport): string {
  const bySeverity = countBySeverity(report.findings);
  const severity = SEVERITIES.map(
    (s) => `<label><input type="checkbox" name="severity" value="${s}" checked> <span class="sev ${s}">${s}</span><span class="count">${bySeverity[s]}</span></label>`,
  ).join('');
  const rules = countByRule(report.findings)
    .map(([rule, n]) => `<label><input type="checkbox" name="rule" value="${esc(rule)}" checked> ${esc(rule)} <span class="count">${n}</span></label>`)
    .join('');
  return [
    '<nav class="filters" aria-label="filters">',
    `<fieldset><legend>Severity</legend>${severity}</fieldset>`,
    rules ? `<fieldset><legend>Rule</legend>${rules}</fieldset>` : '',
    '<label><input type="checkbox" id="only-findings"> only rows with findings</label>',
    '<span id="shown"></span>',
    '</nav>',
  ].join('\n');
}

function findingsList(report: ReviewReport): string {
  const findings = allFindings(report);
  if (findings.length === 0) return '<p class="empty">No findings.</p>';
  const placed = new Set(report.rows.flatMap((r) => (r.parts ? r.parts.en.flatMap((p) => p.marks) : r.marks).map((m) => m.finding)));
  const rows = findings.map((f, i) => {
    const where = placed.has(i) ? `<a href="#mark-${i}">${f.line}:${f.column}</a>` : `<span title="outside the aligned text">${f.line}:${f.column}</span>`;
    const suggestion = f.fix ? `<b>${esc(f.fix.replacement)}</b> (safe fix)` : f.suggestions.map(esc).join(' / ');
    return (
      `<tr ${dataAttrs(f, i)}${i >= report.findings.length ? ' class="decided-reject"' : ''}><td class="where">${where}</td><td><span class="sev ${f.severity}">${f.severity}</span></td>` +
      `<td><code>${esc(f.rule)}</code></td><td>“${esc(f.text)}”</td><td>${esc(f.message)}</td><td>${suggestion}</td></tr>`
    );
  });
  return `<table class="list"><thead><tr><th>where</th><th>severity</th><th>rule</th><th>text</th><th>message</th><th>suggestion</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export function formatReportHtml(report: ReviewReport): string {
  const facts = report.facts.map(([k, v]) => `<div class="fact"><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('');
  const head = ['<th>#</th>'];
  const cols = ['<col class="c-num">'];
  if (report.kind === 'pair') {
    head.push('<th>confidence</th>');
    cols.push('<col class="c-score">');
  }
  if (report.columns.zh !== undefined) {
    head.push(`<th>${esc(report.columns.zh)}</th>`);
    cols.push('<col>');
  }
  head.push(`<th>${esc(report.columns.en)}</th>`);
  cols.push('<col>');
  const explained = (report.notes ?? []).map((n) => `<p class="explain">${esc(n)}</p>`).join('');
  const rejected = !report.rejected ? '' : report.rejectedFindings?.length ? `; ${report.rejected} rejected by reviewers, listed last` : `; ${report.rejected} rejected by reviewers, not shown`;
  const body = [
    `<header class="summary"><h1>${esc(report.title)}</h1>${explained}<dl class="facts">${facts}</dl></header>`,
    filters(report),
    '<main>',
    `<table class="beads"><colgroup>${cols.join('')}</colgroup><thead><tr>${head.join('')}</tr></thead><tbody>`,
    ...report.rows.map((r) => row(r, report)),
    '</tbody></table>',
    ...staleSection(report),
    ...changesSection(report),
    `<section class="findings"><h2>Findings (${report.findings.length}${rejected})</h2>`,
    findingsList(report),
    '</section>',
    '</main>',
    report.review ? reviewDataBlock(report.review) : '',
  ].join('\n');
  return page(report.title, body, report.review ? REPORT_JS + REVIEW_JS : REPORT_JS);
}

function staleSection(report: ReviewReport): string[] {
  if (!report.stale?.length) return [];
  const items = report.stale.map((s) => `<li>${esc(s.what)}: ${esc(s.reason)}</li>`).join('');
  return [`<section class="stale"><h2>Alignment decisions that no longer apply (${report.stale.length})</h2><p>The text they name changed, or they contradict an earlier decision: they were not applied. Review the link again.</p><ul>${items}</ul></section>`];
}

/** The fixes, word by word: what each changed, with a few words around it. */
function changesSection(report: ReviewReport): string[] {
  if (!report.changes?.length) return [];
  const items = report.changes.map(
    (c) => `<li><span class="where">line ${c.line}</span> …${esc(c.before)}${c.removed ? `<del>${esc(c.removed)}</del>` : ''}${c.added ? `<ins>${esc(c.added)}</ins>` : ''}${esc(c.after)}…</li>`,
  );
  return [`<section class="changes"><h2>Changes made by the fixes (${report.changes.length})</h2><ul class="word-diff">${items.join('')}</ul></section>`];
}
