// findings.md for `silkalign run`: one document's findings as a Markdown table, and the
// documents × rule-family summary of alignments/index.md.
import type { FileFindings, Finding } from '../../types.js';

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function clip(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function findingsMarkdown(file: FileFindings, title: string): string {
  const counts = countBySeverity(file.findings);
  const lines = [
    `# Findings: ${title}`,
    '',
    `Source: \`${file.path}\`. ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info.`,
    '',
  ];
  if (file.findings.length === 0) return [...lines, 'No findings.', ''].join('\n');
  lines.push('| line:col | severity | rule | text | suggestion | message |', '|---|---|---|---|---|---|');
  for (const f of file.findings) {
    lines.push(`| ${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${cell(clip(f.text))} | ${cell(f.suggestions.join(' / '))} | ${cell(f.message)} |`);
  }
  return [...lines, ''].join('\n');
}

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info', number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Rows: documents; columns: rule families; cells: finding counts; `rejected`: findings reviewer decisions left out. */
export function findingsSummaryMarkdown(
  rows: Array<{ id: string; findings: Finding[]; crossLingual: boolean; rejected?: number }>,
  families: readonly string[],
): string {
  const header = `| document | ${families.join(' | ')} | total | errors | rejected | Chinese checked |`;
  const rule = `|---|${families.map(() => '---:').join('|')}|---:|---:|---:|---|`;
  const body = rows.map((r) => {
    const byFamily = families.map((fam) => r.findings.filter((f) => f.rule.startsWith(`${fam}/`)).length);
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    return `| ${r.id} | ${byFamily.join(' | ')} | ${r.findings.length} | ${errors} | ${r.rejected ?? 0} | ${r.crossLingual ? 'yes' : 'no'} |`;
  });
  const intro = 'Findings per English document and rule family (see each document’s `findings.md`); `rejected`: findings a reviewer decision rejected, left out of the other counts.';
  return ['## Findings', '', intro, '', header, rule, ...body, ''].join('\n');
}
