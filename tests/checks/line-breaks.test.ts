// Line numbers in findings and directives count every line break a file may use: "\n", "\r\n"
// and a lone "\r" (old Mac files), so a CR-only file is not reported all on line 1.
import { describe, expect, it } from 'vitest';
import { lineColumn, lineStarts } from '../../src/corpus/lines.js';
import { runRules } from './fixtures.js';

const RULES = ['glossary/known-garble', 'artifact/doubled-word'];
const LINE_ENDS: Array<[string, string]> = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR only', '\r'],
];

describe('line breaks', () => {
  it.each(LINE_ENDS)('%s: findings on line 4 at the same columns', (_, nl) => {
    const text = ['A title', '', 'The first paragraph.', 'held in Nur Sudan, Program Program.', ''].join(nl);
    expect(runRules(text, RULES).map((f) => [f.rule, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['glossary/known-garble', 4, 9, 4, 18],
      ['artifact/doubled-word', 4, 20, 4, 35],
    ]);
  });

  it.each(LINE_ENDS)('%s: a directive silences the next non-blank line', (_, nl) => {
    const text = ['silkalign-disable-next-line glossary/known-garble', '', 'held in Nur Sudan, Program Program.', 'held in Nur Sudan.'].join(nl);
    expect(runRules(text, RULES).map((f) => [f.rule, f.line])).toEqual([
      ['artifact/doubled-word', 3],
      ['glossary/known-garble', 4],
    ]);
  });

  it('line starts after "\\n", "\\r\\n" and a lone "\\r"; a break stays on the line it ends', () => {
    const starts = lineStarts('a\rb\r\nc\nd');
    expect(starts).toEqual([0, 2, 5, 7]);
    expect(lineColumn(starts, 1)).toEqual({ line: 1, column: 2 });
    expect(lineColumn(starts, 4)).toEqual({ line: 2, column: 3 });
    expect(lineColumn(starts, 7)).toEqual({ line: 4, column: 1 });
  });
});
