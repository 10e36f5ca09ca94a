// `--format json`: exactly the shape in CONTRACTS (`version`, `files[].path`, `files[].findings`),
// keys in a fixed order so the same findings always print the same bytes.
import type { FileFindings, Finding } from '../../types.js';

export function findingsJson(files: FileFindings[]): string {
  const report = { version: 1, files: files.map((f) => ({ path: f.path, findings: f.findings.map(orderedFinding) })) };
  return JSON.stringify(report, null, 2) + '\n';
}

function orderedFinding(f: Finding): Finding {
  const out: Finding = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    length: f.length,
    text: f.text,
    suggestions: f.suggestions,
  };
  if (f.fix) out.fix = { offset: f.fix.offset, length: f.fix.length, replacement: f.fix.replacement };
  return out;
}
