// Offsets → 1-based line and column in the file as given (UTF-16 code units, like the offsets):
// shared by the normaliser's boilerplate report and the checks' findings.

/** A line ends at "\r\n", "\n" or a lone "\r" (old Mac files), as the normaliser's lines do. */
export const LINE_BREAK = /\r\n|\r|\n/g;

/** Start offset of every line; a line break stays on the line it ends. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  return starts;
}

/** 1-based line and column of `offset`, by binary search over `starts`. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
