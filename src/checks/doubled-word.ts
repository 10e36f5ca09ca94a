// artifact/doubled-word: the same word twice in a row ("population population", "Program Program").
import type { CheckDefinition, FindingDraft } from './types.js';

const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}+)[ \t]+(\1)(?![\p{L}\p{N}'’-])/giu;
/** Doubles that English grammar allows. */
const ALLOWED = new Set(['that', 'had', 'bye', 'no', 'very', 'so', 'far']);

export const doubledWord: CheckDefinition = {
  id: 'artifact/doubled-word',
  severity: 'warning',
  doc: 'The same word twice in a row ("population population").',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const m of ctx.text.matchAll(DOUBLED)) {
      if (ALLOWED.has(m[1].toLowerCase())) continue;
      out.push({
        offset: m.index,
        length: m[0].length,
        message: `doubled word “${m[0]}”`,
        suggestions: [m[1]],
      });
    }
    return out;
  },
};
