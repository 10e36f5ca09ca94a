// English paragraphs for checks that need no alignment: blocks between blank lines (or lines,
// when a text has no blank lines), in source offsets, boilerplate excluded. Cheaper than full
// segmentation (no language detection per paragraph) and enough for per-paragraph checks.
import { toSourceOffset } from '../normalize/index.js';
import type { NormalizedDocument } from '../types.js';
import type { SourceSpan } from './types.js';

export function plainParagraphs(doc: NormalizedDocument): SourceSpan[] {
  const text = doc.text;
  const separator = /\n[ \t]*\n/.test(text) ? /\n(?:[ \t]*\n)+/g : /\n+/g;
  const out: SourceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: toSourceOffset(doc.offsets, s), end: toSourceOffset(doc.offsets, e - 1) + 1 });
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
