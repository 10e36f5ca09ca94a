// The fixer: applies safe fixes to a text as a pure function. Non-overlapping fixes are applied
// from the end of the text backwards (so earlier offsets stay valid); a fix that overlaps one
// already chosen is skipped and left for the next pass, when the checks run again on the new text.
import type { Fix } from '../types.js';

export interface FixResult {
  text: string;
  /** Fixes applied, in text order. */
  applied: Fix[];
  /** Fixes left out because they overlap an applied one; re-check and fix again to get them. */
  skipped: Fix[];
}

/** Two fixes conflict when their spans intersect or they start at the same point (insertions). */
export function fixesOverlap(a: Fix, b: Fix): boolean {
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

function compareFixes(a: Fix, b: Fix): number {
  return a.offset - b.offset || a.length - b.length || (a.replacement < b.replacement ? -1 : a.replacement > b.replacement ? 1 : 0);
}

export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  for (const fix of fixes) {
    if (fix.offset < 0 || fix.length < 0 || fix.offset + fix.length > text.length) {
      throw new RangeError(`fix at ${fix.offset}+${fix.length} lies outside a text of ${text.length} characters`);
    }
  }
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let last: Fix | undefined;
  for (const fix of [...fixes].sort(compareFixes)) {
    // A fix that changes nothing, or repeats the one just taken, is not work to do.
    if (text.slice(fix.offset, fix.offset + fix.length) === fix.replacement) continue;
    if (last && compareFixes(last, fix) === 0) continue;
    if (last && fixesOverlap(last, fix)) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    last = fix;
  }
  // From the end backwards, so every offset still points into the untouched text; the pieces
  // are joined once (splicing a string per fix would be quadratic).
  const pieces: string[] = [];
  let end = text.length;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { offset, length, replacement } = applied[i];
    pieces.push(text.slice(offset + length, end), replacement);
    end = offset;
  }
  pieces.push(text.slice(0, end));
  return { text: pieces.reverse().join(''), applied, skipped };
}
