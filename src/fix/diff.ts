// Unified diffs between an original and a fixed text, as `git diff` and `patch` read them.
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** A unified diff with three lines of context; empty when nothing changed. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context, headerOptions: FILE_HEADERS_ONLY });
}
