// glossary/calque: a literal rendering of a Chinese term the glossary lists ("new crown
// pneumonia" for 新冠肺炎, "salty sea" for 咸海, "Five Kingdoms" for 五国).
import type { CheckDefinition } from './types.js';
import { chineseLabel, documentTerms, GLOSSARY_SUPERSEDES } from './glossary-index.js';
import { garbleDraft } from './known-garble.js';

export const calque: CheckDefinition = {
  id: 'glossary/calque',
  severity: 'error',
  fixes: true,
  supersedes: GLOSSARY_SUPERSEDES,
  doc: 'A word-for-word rendering of a Chinese term ("new crown pneumonia" for COVID-19); a warning where the glossary marks it for review.',
  run: (ctx) =>
    documentTerms(ctx)
      .garbles.filter((g) => g.hit.garble.kind === 'calque')
      .map((g) => garbleDraft(g, `“${g.match.text}” is a literal rendering of ${chineseLabel(g.hit.entry)}: write “${g.correction}”`)),
};
