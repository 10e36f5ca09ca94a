// `--format stylish` (the default): one line per finding, `file:line:col  severity  message
// → suggestion  rule`, and a summary; ANSI colour only when the caller says so (a terminal,
// no --no-color, no NO_COLOR).
import type { FileFindings, Finding } from '../../types.js';

export interface StylishOptions {
  color: boolean;
}

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const BLUE = '\u001b[34m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

export function findingsStylish(files: FileFindings[], options: StylishOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    if (file.findings.length === 0) continue;
    lines.push(paint(BOLD, file.path));
    for (const f of file.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      lines.push(findingLine(file.path, f, paint));
    }
    lines.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return `${paint(GREEN, '✔')} no problems in ${files.length} file${files.length === 1 ? '' : 's'}\n`;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`;
  lines.push(paint(errors ? RED : YELLOW, summary));
  return lines.join('\n') + '\n';
}

function findingLine(path: string, f: Finding, paint: (code: string, s: string) => string): string {
  const severity = f.severity === 'error' ? paint(RED, 'error  ') : f.severity === 'warning' ? paint(YELLOW, 'warning') : paint(BLUE, 'info   ');
  const suggestion = f.suggestions.length ? `  → ${f.suggestions.join(' / ')}${f.fix ? ' (fixable)' : ''}` : f.fix ? '  (fixable: delete)' : '';
  return `${path}:${f.line}:${f.column}  ${severity}  ${oneLine(f.message)}${suggestion}  ${paint(DIM, f.rule)}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
