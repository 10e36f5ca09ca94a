// `--format stylish` (the default): one line per finding, `file:line:col  severity  message
// → suggestion  rule`, and a summary; ANSI colour only when the caller says so (a terminal,
// no --no-color, no NO_COLOR).
import type { FileFindings, Finding } from '../../types.js';
import { countOf } from '../../wording.js';
import { formatWith, type FindingsFormatter } from './formatter.js';

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const BLUE = '\u001b[34m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

export interface StylishOptions {
  color: boolean;
}

export const stylish: FindingsFormatter = {
  name: 'stylish',
  description: 'one line per finding, file:line:col, and a summary (colour on a terminal)',
  open(options) {
    const paint = (code: string, s: string): string => (options.color ? `${code}${s}${RESET}` : s);
    const counts = { error: 0, warning: 0, info: 0 };
    let files = 0;
    return {
      header: () => '',
      file(file) {
        files++;
        if (file.findings.length === 0) return '';
        const lines = [paint(BOLD, file.path)];
        for (const f of file.findings) {
          counts[f.severity]++;
          lines.push(findingLine(file.path, f, paint));
        }
        return lines.join('\n') + '\n\n';
      },
      footer() {
        const total = counts.error + counts.warning + counts.info;
        if (total === 0) return `${paint(GREEN, '✔')} no problems in ${countOf(files, 'file')}\n`;
        const summary = `✖ ${countOf(total, 'problem')} (${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${counts.info} info)`;
        return paint(counts.error ? RED : YELLOW, summary) + '\n';
      },
    };
  },
};

export function findingsStylish(files: FileFindings[], options: StylishOptions): string {
  return formatWith(stylish, files, options);
}

function findingLine(path: string, f: Finding, paint: (code: string, s: string) => string): string {
  const severity = f.severity === 'error' ? paint(RED, 'error  ') : f.severity === 'warning' ? paint(YELLOW, 'warning') : paint(BLUE, 'info   ');
  const suggestion = f.suggestions.length ? `  → ${f.suggestions.join(' / ')}${f.fix ? ' (fixable)' : ''}` : f.fix ? '  (fixable: delete)' : '';
  return `${path}:${f.line}:${f.column}  ${severity}  ${oneLine(f.message)}${suggestion}  ${paint(DIM, f.rule)}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
