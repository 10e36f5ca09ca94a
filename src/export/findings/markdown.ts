// findings.md for `silkalign run`: one document's findings as a Markdown table, and the
// documents × rule-family summary of alignments/index.md.
import { escapeMarkdown, markdownCode } from '../../escape.js';
import { countOf } from '../../wording.js';
import type { FileFindings, Finding } from '../../types.js';
import { countBySeverity } from '../report-model.js';

/** A table cell: on one line, escaped. */
function cell(s: string): string {
  return escapeMarkdown(s.replace(/\s*\n\s*/g, ' '));
}

function clip(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function findingsMarkdown(file: FileFindings, title: string): string {
  const counts = countBySeverity(file.findings);
  const lines = [
    `# Findings: ${escapeMarkdown(title)}`,
    '',
    `Source: ${markdownCode(file.path)}. ${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${counts.info} info.`,
    '',
  ];
  if (file.findings.length === 0) return [...lines, 'No findings.', ''].join('\n');
  lines.push('| line:col | severity | rule | text | suggestion | message |', '|---|---|---|---|---|---|');
  for (const f of file.findings) {
    lines.push(`| ${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${cell(clip(f.text))} | ${cell(f.suggestions.join(' / '))} | ${cell(f.message)} |`);
  }
  return [...lines, ''].join('\n');
}

/** A document's row of the documents × rule-family summary: finding counts after decisions. */
export interface FindingsSummaryRow {
  id: string;
  /** Findings per rule family, in the order of the families given with the rows. */
  byFamily: readonly number[];
  total: number;
  errors: number;
  /** Findings a reviewer decision rejected (left out of the other counts). */
  rejected: number;
  crossLingual: boolean;
}

export function findingsSummaryRow(id: string, findings: readonly Finding[], families: readonly string[], rest: { rejected: number; crossLingual: boolean }): FindingsSummaryRow {
  return {
    id,
    byFamily: families.map((fam) => findings.filter((f) => f.rule.startsWith(`${fam}/`)).length),
    total: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    ...rest,
  };
}

/** Rows: documents; columns: rule families; cells: finding counts. */
export function findingsSummaryMarkdown(rows: readonly FindingsSummaryRow[], families: readonly string[]): string {
  const header = `| document | ${families.join(' | ')} | total | errors | rejected | Chinese checked |`;
  const rule = `|---|${families.map(() => '---:').join('|')}|---:|---:|---:|---|`;
  const body = rows.map((r) => `| ${r.id} | ${r.byFamily.join(' | ')} | ${r.total} | ${r.errors} | ${r.rejected} | ${r.crossLingual ? 'yes' : 'no'} |`);
  const intro = 'Findings per English document and rule family (see each document’s `findings.md`); `rejected`: findings a reviewer decision rejected, left out of the other counts.';
  return ['## Findings', '', intro, '', header, rule, ...body, ''].join('\n');
}
