// TSV: `zh<TAB>en` a line, no header. Backslash, tab, newline and carriage return inside a
// segment are written as \\, \t, \n and \r, so that every line is exactly one pair.
import type { ParallelSegment } from './parallel.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export const escapeTsvField = (text: string): string => text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
export const unescapeTsvField = (field: string): string => field.replace(/\\([\\tnr])/g, (_m, c: string) => UNESCAPES[c]);

export function formatTsv(segments: readonly ParallelSegment[]): string {
  return segments.map((s) => `${escapeTsvField(s.zh)}\t${escapeTsvField(s.en)}\n`).join('');
}

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
