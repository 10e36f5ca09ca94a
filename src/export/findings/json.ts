// `--format json`: exactly the shape in CONTRACTS (`version`, `files[].path`, `files[].findings`),
// keys in a fixed order so the same findings always print the same bytes.
import type { FileFindings, Finding } from '../../types.js';
import { formatWith, type FindingsFormatter } from './formatter.js';

export const json: FindingsFormatter = {
  name: 'json',
  description: 'the findings as JSON: {"version": 1, "files": [{"path", "findings"}]}',
  open() {
    let files = 0;
    return {
      header: () => '{\n  "version": 1,\n  "files": [',
      // Written as JSON.stringify(report, null, 2) would write it, one file at a time.
      file: (f) => `${files++ ? ',' : ''}\n    ${JSON.stringify({ path: f.path, findings: f.findings.map(orderedFinding) }, null, 2).replace(/\n/g, '\n    ')}`,
      footer: () => `${files ? '\n  ' : ''}]\n}\n`,
    };
  },
};

export function findingsJson(files: FileFindings[]): string {
  return formatWith(json, files, {});
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
