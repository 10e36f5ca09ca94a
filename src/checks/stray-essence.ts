// artifact/stray-essence: a lone "Essence" after a sentence, a known machine-translation artifact
// (the Chinese full stop rendered as a word). Safe fix: delete it with the space before it.
import type { CheckDefinition, FindingDraft } from './types.js';

// After sentence punctuation, alone up to the end of the line or a closing full stop. The word
// comes first and the look-behind after it, so the scan looks for the word alone.
const STRAY_ESSENCE = /Essence(?<=(?:[.。!?;,，]|^)([ \t]*)Essence)(?=[ \t]*[.。]?[ \t]*(?:\r?\n|$))/gmu;

export const strayEssence: CheckDefinition = {
  id: 'artifact/stray-essence',
  severity: 'error',
  fixes: true,
  doc: 'A stray "Essence" left where the Chinese had a full stop; safe fix: delete it.',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const m of ctx.text.matchAll(STRAY_ESSENCE)) {
      const space = m[1].length;
      out.push({
        offset: m.index,
        length: 'Essence'.length,
        message: 'stray “Essence”: a machine-translation artifact for the Chinese full stop; delete it',
        suggestions: [],
        fix: { replacement: '', offset: m.index - space, length: m[0].length + space },
      });
    }
    return out;
  },
};
