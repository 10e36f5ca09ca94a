// Unified diffs between an original and a fixed text, as `git diff` and `patch` read them, and
// the same changes word by word for people.
import { createTwoFilesPatch, diffWordsWithSpace, FILE_HEADERS_ONLY } from 'diff';

/** A unified diff with three lines of context; empty when nothing changed. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context, headerOptions: FILE_HEADERS_ONLY });
}

/** A word-level change: the words just around it, what was removed and what was put in, and its line. */
export interface WordChange {
  /** 1-based line of the original text where the change starts. */
  line: number;
  before: string;
  removed: string;
  added: string;
  after: string;
}

/**
 * The changes between an original and a fixed text, word by word (`diffWordsWithSpace`), each with
 * `words` words of context on its line: what a reviewer reads instead of a rewritten paragraph.
 */
export function wordChanges(before: string, after: string, words = 4): WordChange[] {
  if (before === after) return [];
  const parts = diffWordsWithSpace(before, after);
  const changed = (k: number) => k < parts.length && (parts[k].added === true || parts[k].removed === true);
  // White space left between two changes belongs to the change ("Nur Sudan" → "Nur-Sultan" is one).
  const joins = (k: number) => k + 1 < parts.length && !changed(k) && /^[^\S\n]+$/.test(parts[k].value) && changed(k - 1) && changed(k + 1);
  const out: WordChange[] = [];
  let line = 1;
  for (let k = 0; k < parts.length; ) {
    if (!changed(k)) {
      line += count(parts[k].value, '\n');
      k++;
      continue;
    }
    let previous = k > 0 ? parts[k - 1].value : '';
    const at = line;
    let removed = '';
    let added = '';
    for (; changed(k) || joins(k); k++) {
      if (parts[k].removed !== true) added += parts[k].value;
      if (parts[k].added !== true) removed += parts[k].value;
    }
    line += count(removed, '\n');
    let next = k < parts.length ? parts[k].value : '';
    // White space both sides share is context, not change.
    const lead = /^\s*/.exec(removed)![0];
    const shared = lead.length && added.startsWith(lead) ? lead : '';
    previous += shared;
    removed = removed.slice(shared.length);
    added = added.slice(shared.length);
    const tail = /\s*$/.exec(removed)![0];
    const sharedTail = tail.length && added.endsWith(tail) ? tail : '';
    next = sharedTail + next;
    removed = removed.slice(0, removed.length - sharedTail.length);
    added = added.slice(0, added.length - sharedTail.length);
    // A change glued to a word on either side, in the old text or the new, takes the whole word:
    // "Nur Sudan" → "Nur-Sultan", "anti -drug" → "anti-drug", not a hyphen inserted after "Nur".
    const gluedLeft = WORD_END.test(previous) && [removed, added].some((t) => /^\S/.test(t || next));
    const gluedRight = WORD_START.test(next) && [removed, added].some((t) => /\S$/.test(t || previous));
    if (gluedLeft) {
      const word = WORD_END.exec(previous)![0];
      previous = previous.slice(0, -word.length);
      removed = word + removed;
      added = word + added;
    }
    if (gluedRight) {
      const word = WORD_START.exec(next)![0];
      next = next.slice(word.length);
      removed += word;
      added += word;
    }
    const left = previous.slice(previous.lastIndexOf('\n') + 1).match(/\S+\s*|^\s+/g) ?? [];
    const right = (next.split('\n')[0].match(/\s*\S+|\s+$/g) ?? []).slice(0, words);
    out.push({ line: at, before: left.slice(Math.max(0, left.length - words)).join(''), removed, added, after: right.join('') });
  }
  return out;
}

// Letters, digits, hyphens and apostrophes: what a word is made of (punctuation stays context).
const WORD_END = /[\p{L}\p{N}'’-]+$/u;
const WORD_START = /^[\p{L}\p{N}'’-]+/u;

const count = (text: string, ch: string): number => text.split(ch).length - 1;
