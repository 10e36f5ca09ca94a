// Traditional → Simplified, line by line: a line is converted only when more of its characters
// are Traditional-only than Simplified-only, so Simplified text is never "converted" (显著
// would become 显着) and converting twice changes nothing.
import { countScriptCharacters, traditionalToSimplified } from '../corpus/index.js';
import { applyEdits, type TextEdit, type TrackedText } from './tracked.js';

/** Conversions of a line, repeated until it no longer reads as Traditional. */
const MAX_ROUNDS = 3;

export function simplifyChinese(tracked: TrackedText): TrackedText {
  const edits: TextEdit[] = [];
  let start = 0;
  for (const line of tracked.text.split('\n')) {
    let converted = line;
    for (let round = 0; round < MAX_ROUNDS && readsAsTraditional(converted); round++) {
      const next = traditionalToSimplified(converted);
      if (next === converted) break;
      converted = next;
    }
    if (converted !== line) edits.push({ start, end: start + line.length, replacement: converted });
    start += line.length + 1;
  }
  return applyEdits(tracked, edits);
}

function readsAsTraditional(line: string): boolean {
  const counts = countScriptCharacters(line);
  return counts.traditional > counts.simplified;
}
