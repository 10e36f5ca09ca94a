// artifact/non-word: a word in a machine-mangled stretch that is neither English nor a known
// name ("Bie -Grassz", "Timmez -Mazarif"): a garbled transliteration. Only where the text is
// already damaged (a spaced-hyphen chain): human translations are full of names no list holds.
import type { CheckDefinition, FindingDraft } from './types.js';
import { spacedHyphenChains, unknownParts } from './spaced-hyphen.js';
import { pinyinSyllablesOf } from './vocabulary/index.js';

export const nonWord: CheckDefinition = {
  id: 'artifact/non-word',
  severity: 'warning',
  doc: 'A word in a machine-damaged stretch that is neither English nor a known name ("Bie -Grassz"): a garbled name.',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const chain of spacedHyphenChains(ctx)) {
      for (const part of unknownParts(ctx, chain)) {
        // Pinyin is the untranslated-pinyin check's to judge.
        if (pinyinSyllablesOf(part.text) || part.text.length < 3) continue;
        out.push({
          offset: part.start,
          length: part.text.length,
          message: `“${part.text}” is neither an English word nor a known name: a garbled name? check it against the source`,
          suggestions: [],
        });
      }
    }
    return out;
  },
};
