// The review report in Markdown, for reading in git: summary, the aligned text as a table with
// flagged spans in bold and numbered, then the numbered findings. Text is escaped so that it
// cannot turn into markup (tables, links, HTML).
import { escapeMarkdown } from '../escape.js';
import { countOf } from '../wording.js';
import type { Finding } from '../types.js';
import type { FindingMark, ReviewReport } from './report-model.js';

function marked(text: string, marks: FindingMark[]): string {
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < 0) continue;
    out += escapeMarkdown(text.slice(at, m.start)) + `**${escapeMarkdown(text.slice(m.start, m.end))}**<sup>${m.finding + 1}</sup>`;
    at = m.end;
  }
  out += escapeMarkdown(text.slice(at));
  const rowLevel = marks.filter((m) => m.start < 0).map((m) => m.finding + 1);
  return rowLevel.length ? `${out} (findings ${rowLevel.join(', ')})` : out;
}

function suggestion(f: Finding): string {
  if (f.fix) return `**${escapeMarkdown(f.fix.replacement)}** (safe fix)`;
  return f.suggestions.map(escapeMarkdown).join(' / ');
}

export function formatReportMarkdown(report: ReviewReport): string {
  const out = [`# ${escapeMarkdown(report.title)}`, '', ...report.facts.map(([k, v]) => `- ${escapeMarkdown(k)}: ${escapeMarkdown(v)}`), ''];
  const pair = report.columns.zh !== undefined;
  out.push('## Text', '');
  out.push(pair ? `| # | confidence | ${escapeMarkdown(report.columns.zh!)} | ${escapeMarkdown(report.columns.en)} |` : `| ¶ | ${escapeMarkdown(report.columns.en)} |`);
  out.push(pair ? '|---:|---:|---|---|' : '|---:|---|');
  for (const r of report.rows) {
    const en = r.kind === 'zh-only' ? '*(no English counterpart)*' : marked(r.en, r.marks);
    if (!pair) {
      out.push(`| ${escapeMarkdown(r.label)} | ${en} |`);
      continue;
    }
    const zh = r.kind === 'en-only' ? '*(no Chinese counterpart)*' : escapeMarkdown(r.zh);
    // A segment alone has no link to be confident in: its cell says so in the text, not with a number.
    const score = r.score === undefined || r.kind === 'zh-only' || r.kind === 'en-only' ? '' : r.reviewed !== undefined ? 'reviewed' : r.score.toFixed(2);
    out.push(`| ${escapeMarkdown(r.label)} | ${score} | ${zh} | ${en} |`);
  }
  out.push('', `## Findings (${report.findings.length})`, '');
  if (report.rejected) out.push(`${countOf(report.rejected, 'finding')} rejected by reviewers ${report.rejected === 1 ? 'is' : 'are'} not listed.`, '');
  if (report.findings.length === 0) out.push('No findings.', '');
  else {
    out.push('| # | where | severity | rule | text | message | suggestion |', '|---:|---|---|---|---|---|---|');
    report.findings.forEach((f, i) =>
      out.push(`| ${i + 1} | ${f.line}:${f.column} | ${f.severity} | \`${f.rule}\` | ${escapeMarkdown(f.text)} | ${escapeMarkdown(f.message)} | ${suggestion(f)} |`),
    );
    out.push('');
  }
  return out.join('\n');
}
