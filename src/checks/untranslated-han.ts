// artifact/untranslated-han: Chinese characters left in the English text; suggests the glossary's
// English when the run is a glossary form.
import type { CheckDefinition, FindingDraft } from './types.js';
import { englishForChinese } from './glossary-index.js';

const HAN_RUN = /\p{Script=Han}+(?:[·・]\p{Script=Han}+)*/gu;

export const untranslatedHan: CheckDefinition = {
  id: 'artifact/untranslated-han',
  severity: 'warning',
  doc: 'Chinese characters left untranslated in the English text.',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const m of ctx.text.matchAll(HAN_RUN)) {
      const english = englishForChinese(ctx.glossary, m[0]);
      out.push({
        offset: m.index,
        length: m[0].length,
        message: english ? `untranslated Chinese “${m[0]}”: ${english}` : `untranslated Chinese “${m[0]}” in the English text`,
        suggestions: english ? [english] : [],
      });
    }
    return out;
  },
};
