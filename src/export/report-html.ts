// The review report as one self-contained HTML page: summary, filters, the aligned text with
// findings highlighted (message and suggestion on click), and the list of findings. Every piece
// of document text goes through `escapeXml`, so a `<script>` in a document is shown as text.
import type { Finding } from '../types.js';
import { escapeXml as esc } from '../escape.js';
import { CONFIDENT_SCORE } from '../scores.js';
import { REPORT_CSS, REPORT_JS } from './report-assets.js';
import { countByRule, countBySeverity, type FindingMark, type ReviewReport, type ReviewRow } from './report-model.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function page(title: string, body: string, script = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    script ? `<script>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function scoreCell(score: number | undefined): string {
  if (score === undefined) return '<td></td>';
  const band = score < CONFIDENT_SCORE ? 'low' : score < 0.75 ? 'mid' : 'high';
  const pct = Math.round(score * 100);
  return `<td><div class="score ${band}" title="alignment confidence"><span class="bar"><i style="width:${pct}%"></i></span>${score.toFixed(2)}</div></td>`;
}

function note(finding: Finding, f: number): string {
  const suggestion = finding.fix
    ? `<div class="suggestion">Safe fix: replace with <b>${esc(finding.fix.replacement)}</b></div>`
    : finding.suggestions.length
      ? `<div class="suggestion">Suggestion: ${finding.suggestions.map((s) => `<b>${esc(s)}</b>`).join(' or ')}</div>`
      : '<div class="suggestion">No suggestion: needs a reviewer.</div>';
  return (
    `<div class="note ${finding.severity}" id="note-${f}" hidden><span class="sev ${finding.severity}">${finding.severity}</span>` +
    `<span class="rule">${esc(finding.rule)}</span> · line ${finding.line}<div class="message">${esc(finding.message)}</div>${suggestion}</div>`
  );
}

const dataAttrs = (finding: Finding, f: number) => `data-finding="${f}" data-rule="${esc(finding.rule)}" data-severity="${finding.severity}"`;

/** The English with inline marks; row-level findings as buttons; notes for all, hidden. */
function markedText(text: string, marks: FindingMark[], findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  const rowLevel: FindingMark[] = [];
  for (const m of marks) {
    if (m.start < 0) {
      rowLevel.push(m);
      continue;
    }
    const finding = findings[m.finding];
    out += esc(text.slice(at, m.start));
    out += `<mark class="finding ${finding.severity}" id="mark-${m.finding}" tabindex="0" role="button" aria-expanded="false" title="${esc(finding.rule)}" ${dataAttrs(finding, m.finding)}>${esc(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  out += esc(text.slice(at));
  if (rowLevel.length) {
    out += '<div class="row-findings">';
    for (const m of rowLevel) {
      const finding = findings[m.finding];
      out += `<button type="button" id="mark-${m.finding}" aria-expanded="false" ${dataAttrs(finding, m.finding)}>${esc(finding.rule)}: “${esc(finding.text)}”</button>`;
    }
    out += '</div>';
  }
  return out + marks.map((m) => note(findings[m.finding], m.finding)).join('');
}

function row(r: ReviewRow, report: ReviewReport): string {
  const en = r.kind === 'zh-only' ? 'no English counterpart' : markedText(r.en, r.marks, report.findings);
  const cells = [`<td class="num">${esc(r.label)}</td>`];
  if (report.kind === 'pair') cells.push(scoreCell(r.score));
  if (report.columns.zh !== undefined) cells.push(`<td class="zh" lang="zh-CN">${r.kind === 'en-only' ? 'no Chinese counterpart' : esc(r.zh)}</td>`);
  cells.push(`<td class="en">${en}</td>`);
  return `<tr class="${r.kind}">${cells.join('')}</tr>`;
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
  if (report.findings.length === 0) return '<p class="empty">No findings.</p>';
  const placed = new Set(report.rows.flatMap((r) => r.marks.map((m) => m.finding)));
  const rows = report.findings.map((f, i) => {
    const where = placed.has(i) ? `<a href="#mark-${i}">${f.line}:${f.column}</a>` : `<span title="outside the aligned text">${f.line}:${f.column}</span>`;
    const suggestion = f.fix ? `<b>${esc(f.fix.replacement)}</b> (safe fix)` : f.suggestions.map(esc).join(' / ');
    return (
      `<tr ${dataAttrs(f, i)}><td class="where">${where}</td><td><span class="sev ${f.severity}">${f.severity}</span></td>` +
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
  const body = [
    `<header class="summary"><h1>${esc(report.title)}</h1><dl class="facts">${facts}</dl></header>`,
    filters(report),
    '<main>',
    `<table class="beads"><colgroup>${cols.join('')}</colgroup><thead><tr>${head.join('')}</tr></thead><tbody>`,
    ...report.rows.map((r) => row(r, report)),
    '</tbody></table>',
    `<section class="findings"><h2>Findings (${report.findings.length}${report.rejected ? `; ${report.rejected} rejected by reviewers, not shown` : ''})</h2>`,
    findingsList(report),
    '</section>',
    '</main>',
  ].join('\n');
  return page(report.title, body, REPORT_JS);
}
