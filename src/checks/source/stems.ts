// Content-word stems of English text (Porter, from natural), to see whether a body or place is
// rendered in words a form does not list as they stand ("foreign ministries" for Foreign Ministry).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

const FUNCTION_WORDS = new Set('a an and the of for in on at to by with from as or its their'.split(' '));
const memo = new Map<string, string>();

export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (FUNCTION_WORDS.has(word)) continue;
    let stem = memo.get(word);
    if (stem === undefined) {
      stem = PorterStemmer.stem(word);
      if (memo.size > 50_000) memo.clear();
      memo.set(word, stem);
    }
    out.push(stem);
  }
  return out;
}
