// TSV: `zh<TAB>en` a line, no header. Backslash, tab, newline and carriage return inside a
// segment are written as \\, \t, \n and \r, so that every line is exactly one pair.
import { escapeTsvField, unescapeTsvField } from '../escape.js';
import type { ParallelFormat } from './parallel-format.js';
import type { ParallelSegment } from './parallel.js';

export function formatTsv(segments: readonly ParallelSegment[]): string {
  return segments.map((s) => `${escapeTsvField(s.zh)}\t${escapeTsvField(s.en)}\n`).join('');
}

export const tsv: ParallelFormat = {
  name: 'tsv',
  description: 'zh<TAB>en a line, no header; \\, tab, newline and CR inside a segment as \\\\, \\t, \\n, \\r',
  files: [''],
  runExtension: 'tsv',
  marksRelation: false,
  open: () => ({ header: () => [''], segments: (s) => [formatTsv(s)], footer: () => [''] }),
};

/** Reads a TSV written by `formatTsv` back into `{zh, en}` pairs. */
export function parseTsv(tsv: string): Array<{ zh: string; en: string }> {
  return tsv
    .split('\n')
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .map((line) => {
      const [zh, en = ''] = line.split('\t');
      return { zh: unescapeTsvField(zh), en: unescapeTsvField(en) };
    });
}
