// Text that remembers where each of its characters came from in the source, so that every
// normalisation step (deletions, replacements) keeps an exact map back to the file as given.

import type { OffsetRun } from '../types.js';

export interface TrackedText {
  text: string;
  /** `source[i]` is the source offset of `text[i]`; one extra entry for the end of the text. */
  source: Int32Array;
}

export function trackSource(text: string): TrackedText {
  const source = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) source[i] = i;
  return { text, source };
}

/** A replacement of `text.slice(start, end)` by `replacement`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Applies non-overlapping edits (any order). A replacement of the same length maps character
 * by character; otherwise every new character maps to the start of the replaced span.
 */
export function applyEdits(tracked: TrackedText, edits: TextEdit[]): TrackedText {
  if (edits.length === 0) return tracked;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  // The edits that apply (an overlapping one loses to the earlier), and the new length.
  const applied: TextEdit[] = [];
  let length = tracked.text.length;
  let end = 0;
  for (const edit of sorted) {
    if (edit.start < end) continue;
    applied.push(edit);
    length += edit.replacement.length - (edit.end - edit.start);
    end = edit.end;
  }
  let text = '';
  const source = new Int32Array(length + 1);
  let at = 0;
  let pos = 0;
  for (const edit of applied) {
    text += tracked.text.slice(pos, edit.start);
    source.set(tracked.source.subarray(pos, edit.start), at);
    at += edit.start - pos;
    text += edit.replacement;
    if (edit.replacement.length === edit.end - edit.start) source.set(tracked.source.subarray(edit.start, edit.end), at);
    else source.fill(tracked.source[edit.start], at, at + edit.replacement.length);
    at += edit.replacement.length;
    pos = edit.end;
  }
  text += tracked.text.slice(pos);
  source.set(tracked.source.subarray(pos, tracked.text.length + 1), at);
  return { text, source };
}

/** Edits for every match of a global regular expression; `replace` returns the new text. */
export function replaceAll(
  tracked: TrackedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): TrackedText {
  const edits: TextEdit[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let m = re.exec(tracked.text); m; m = re.exec(tracked.text)) {
    const replacement = replace(m);
    if (replacement !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement });
    if (m[0].length === 0) re.lastIndex++;
  }
  return applyEdits(tracked, edits);
}

/** Compresses the per-character map into runs of consecutive source offsets. */
export function toOffsetRuns(tracked: TrackedText): OffsetRun[] {
  const runs: OffsetRun[] = [];
  const { source } = tracked;
  const n = tracked.text.length;
  for (let i = 0; i < n; ) {
    const start = i;
    const src = source[i];
    do i++;
    while (i < n && source[i] === src + (i - start));
    runs.push({ norm: start, src, length: i - start });
  }
  return runs;
}

/** Maps an offset in normalised text back to the source text. */
export function toSourceOffset(offsets: OffsetRun[], n: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  let best: OffsetRun | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid].norm <= n) {
      best = offsets[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!best) return 0;
  return best.src + Math.min(n - best.norm, best.length);
}
