// A small glossary for the check tests (the curated one changes; these cases must not), and a
// helper that runs one rule over a text.
import { glossaryFromData, type GlossaryEntryInput } from '../../src/glossary/index.js';
import { checkEnglish, type CheckOptions } from '../../src/checks/index.js';
import type { Finding } from '../../src/types.js';

const entries: GlossaryEntryInput[] = [
  {
    id: 'nur-sultan', type: 'capital', zhHans: ['努尔苏丹'], zhHant: ['努爾蘇丹'], preferred: 'Nur-Sultan',
    garbles: [{ text: 'Nur Sudan', correction: 'Nur-Sultan', safe: true }],
    valid: [{ from: '2019-03', to: '2022-09' }], sameAs: 'astana', source: 'test',
  },
  { id: 'astana', type: 'capital', zhHans: ['阿斯塔纳'], zhHant: ['阿斯塔納'], preferred: 'Astana', valid: [{ to: '2019-03' }, { from: '2022-09' }], sameAs: 'nur-sultan', source: 'test' },
  {
    id: 'aifc', type: 'organisation', zhHans: ['阿斯塔纳国际金融中心'], preferred: 'Astana International Financial Centre',
    variants: ['Astana International Financial Center'],
    garbles: [{ text: 'Asiana International Financial Center', correction: 'Astana International Financial Centre', safe: true }],
    source: 'test',
  },
  { id: 'tashkent', type: 'capital', zhHans: ['塔什干'], preferred: 'Tashkent', source: 'test' },
  { id: 'tajikistan', type: 'country', zhHans: ['塔吉克斯坦'], preferred: 'Tajikistan', source: 'test' },
  { id: 'kazakhstan', type: 'country', zhHans: ['哈萨克斯坦'], preferred: 'Kazakhstan', source: 'test' },
  { id: 'china', type: 'country', zhHans: ['中国'], preferred: 'China', source: 'test' },
  { id: 'wang-yi', type: 'person', zhHans: ['王毅'], preferred: 'Wang Yi', source: 'test' },
  {
    id: 'dushanbe', type: 'capital', zhHans: ['杜尚别'], preferred: 'Dushanbe',
    garbles: [{ text: 'Duchamps', correction: 'Dushanbe', safe: true }], source: 'test',
  },
  {
    id: 'aral-sea', type: 'geographic', zhHans: ['咸海'], preferred: 'Aral Sea',
    garbles: [{ text: 'salty sea', correction: 'Aral Sea', safe: true, kind: 'calque' }], source: 'test',
  },
  {
    id: 'covid-19', type: 'set-phrase', zhHans: ['新冠肺炎'], preferred: 'COVID-19',
    garbles: [{ text: 'new crown pneumonia', correction: 'COVID-19', safe: true, kind: 'calque' }], source: 'test',
  },
  {
    id: 'kazakh-side', type: 'set-phrase', zhHans: ['哈方'], preferred: 'the Kazakh side',
    garbles: [{ text: 'Harbin', correction: 'the Kazakh side', safe: false, context: { zh: ['哈方'], en: 'thanked the Harbin' } }],
    source: 'test',
  },
  { id: 'harbin', type: 'city', zhHans: ['哈尔滨'], preferred: 'Harbin', source: 'test' },
  {
    id: 'aktau-port', type: 'port', zhHans: ['阿克套港'], preferred: 'Port of Aktau',
    garbles: [{ text: 'Akskin Port', correction: 'Port of Aktau', safe: false, review: 'unverified' }], source: 'test',
  },
  {
    id: 'zone-of-peace', type: 'initiative', zhHans: ['中亚和平、信任与合作区'], preferred: 'Central Asia as a Zone of Peace, Trust and Cooperation',
    garbles: [{ text: 'Peace Zone of Central Asia', correction: 'Central Asia as a Zone of Peace, Trust and Cooperation', safe: false, review: 'rewrite', kind: 'calque' }], source: 'test',
  },
];

export const testGlossary = glossaryFromData({ version: 1, entries }, 'tests/checks/fixtures.ts');

/** A finding reduced to what the tables compare. */
export interface Expected {
  rule: string;
  text: string;
  suggestions?: string[];
  fix?: string;
}

export function runRules(text: string, rules: string[], options: CheckOptions = {}): Finding[] {
  return checkEnglish(text, { glossary: testGlossary, rules, ...options });
}

export function brief(f: Finding): Expected {
  const out: Expected = { rule: f.rule, text: f.text, suggestions: f.suggestions };
  if (f.fix) out.fix = f.fix.replacement;
  return out;
}
