// artifact/doubled-word: the same word twice in a row ("population population", "Program Program").
import type { CheckDefinition, FindingDraft } from './types.js';

/** Words with what follows them up to the next word: a doubled word is two equal neighbours with only spaces between. */
const WORD = /(?<![\p{N}'’-])\p{L}+(?![\p{N}'’-])/gu;
/** Doubles that English grammar allows. */
const ALLOWED = new Set(['that', 'had', 'bye', 'no', 'very', 'so', 'far']);

export const doubledWord: CheckDefinition = {
  id: 'artifact/doubled-word',
  severity: 'warning',
  doc: 'The same word twice in a row ("population population").',
  run(ctx) {
    const out: FindingDraft[] = [];
    const text = ctx.text;
    let previous: { word: string; start: number; end: number } | undefined;
    for (const m of text.matchAll(WORD)) {
      const word = m[0].toLowerCase();
      const current = { word, start: m.index, end: m.index + m[0].length };
      if (previous && previous.word === word && !ALLOWED.has(word) && /^[ \t]+$/.test(text.slice(previous.end, current.start))) {
        out.push({
          offset: previous.start,
          length: current.end - previous.start,
          message: `doubled word “${text.slice(previous.start, current.end)}”`,
          suggestions: [text.slice(previous.start, previous.end)],
        });
        previous = undefined;
        continue;
      }
      previous = current;
    }
    return out;
  },
};
