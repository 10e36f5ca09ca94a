// Glossary checks, table-driven over the test glossary: known garbles (case-, hyphen- and
// spacing-insensitive), calques, near misses (longest match first), name validity by date;
// and quiet on correct names and ordinary words.
import { describe, expect, it } from 'vitest';
import { brief, runRules, type Expected } from './fixtures.js';

const GLOSSARY_RULES = ['glossary/known-garble', 'glossary/calque', 'glossary/near-miss', 'glossary/name-validity'];

interface Case {
  name: string;
  input: string;
  date?: string;
  expected: Expected[];
}

const cases: Case[] = [
  { name: 'known garble', input: 'held in Nur Sudan.', expected: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', suggestions: ['Nur-Sultan'], fix: 'Nur-Sultan' }] },
  { name: 'garble with a spaced hyphen', input: 'held in Nur -Sudan.', expected: [{ rule: 'glossary/known-garble', text: 'Nur -Sudan', suggestions: ['Nur-Sultan'], fix: 'Nur-Sultan' }] },
  { name: 'garble in other case and spacing', input: 'held in NUR  sudan.', expected: [{ rule: 'glossary/known-garble', text: 'NUR  sudan', suggestions: ['Nur-Sultan'], fix: 'Nur-Sultan' }] },
  { name: 'garble with an apostrophe', input: "in Duchamp's process", expected: [{ rule: 'glossary/known-garble', text: "Duchamp's", suggestions: ['Dushanbe'], fix: 'Dushanbe' }] },
  {
    name: 'garble correction follows the document date (sameAs)',
    input: 'held in Nur Sudan.',
    date: '2024-12-01',
    expected: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', suggestions: ['Astana'], fix: 'Astana' }],
  },
  {
    name: 'the longest garble wins',
    input: 'the role of the Asiana International Financial Center.',
    expected: [{ rule: 'glossary/known-garble', text: 'Asiana International Financial Center', suggestions: ['Astana International Financial Centre'], fix: 'Astana International Financial Centre' }],
  },
  { name: 'calque', input: 'the impact of new crown pneumonia', expected: [{ rule: 'glossary/calque', text: 'new crown pneumonia', suggestions: ['COVID-19'], fix: 'COVID-19' }] },
  { name: 'calque, capitalised', input: 'saving the Salty Sea', expected: [{ rule: 'glossary/calque', text: 'Salty Sea', suggestions: ['Aral Sea'], fix: 'Aral Sea' }] },
  {
    name: 'conditional garble in its English context (no Chinese)',
    input: 'All parties thanked the Harbin High-level to hold the meeting.',
    expected: [{ rule: 'glossary/known-garble', text: 'Harbin', suggestions: ['the Kazakh side'] }],
  },
  { name: 'the real city outside that context', input: 'The train from Harbin arrived.', expected: [] },
  { name: 'near miss by spelling', input: 'the Tashken International Investment Forum', expected: [{ rule: 'glossary/near-miss', text: 'Tashken', suggestions: ['Tashkent'] }] },
  { name: 'near miss by spelling (inner letter)', input: "Tagikistan's proposal", expected: [{ rule: 'glossary/near-miss', text: 'Tagikistan', suggestions: ['Tajikistan'] }] },
  { name: 'near miss by pinyin over two words', input: 'Kashgar and Dushang Bie', expected: [{ rule: 'glossary/near-miss', text: 'Dushang Bie', suggestions: ['Dushanbe'] }] },
  { name: 'near miss, person', input: 'Foreign Minister Wang Yii said', expected: [{ rule: 'glossary/near-miss', text: 'Wang Yii', suggestions: ['Wang Yi'] }] },
  { name: 'name valid on the date', input: 'held in Nur-Sultan.', date: '2022-06-08', expected: [] },
  { name: 'name used after its period', input: 'held in Nur-Sultan.', date: '2024-12-01', expected: [{ rule: 'glossary/name-validity', text: 'Nur-Sultan', suggestions: ['Astana'] }] },
  { name: 'name used before its period', input: 'the summit in Astana', date: '2021-05-11', expected: [{ rule: 'glossary/name-validity', text: 'Astana', suggestions: ['Nur-Sultan'] }] },
  { name: 'no date, no validity finding', input: 'held in Nur-Sultan and Astana.', expected: [] },
  {
    name: 'a correct longer term is never flagged for a shorter one inside it',
    input: 'the Astana International Financial Centre and the Astana International Financial Center',
    date: '2020-01-01',
    expected: [],
  },
  { name: 'correct names and ordinary capitalised words', input: 'Taking note, China, Kazakhstan, Tajikistan and Wang Yi met in Tashkent and Dushanbe. Tasks ahead: Tashkent. Dusk fell.', expected: [] },
];

describe('glossary checks', () => {
  it.each(cases)('$name', ({ input, date, expected }) => {
    expect(runRules(input, GLOSSARY_RULES, { date }).map(brief)).toEqual(expected.map((e) => ({ suggestions: [], ...e })));
  });

  it.each([
    ['unverified reading', 'the transit potential of Akskin Port.', 'glossary/known-garble', 'suspected garble, needs a reviewer (the reading is unverified): “Akskin Port” is a machine-translation garble of 阿克套港: Port of Aktau'],
    ['correction needs the sentence rewritten', 'they back the Peace Zone of Central Asia.', 'glossary/calque', 'needs a reviewer (the sentence around it must be rewritten): “Peace Zone of Central Asia” is a literal rendering of 中亚和平、信任与合作区: write “Central Asia as a Zone of Peace, Trust and Cooperation”'],
  ])('a garble marked for review (%s) is a warning with a suggestion and no fix', (_label, input, rule, message) => {
    const findings = runRules(input, GLOSSARY_RULES);
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, fix: f.fix }))).toEqual([{ rule, severity: 'warning', message, fix: undefined }]);
  });

  it('a certain garble stays an error', () => {
    expect(runRules('held in Nur Sudan.', GLOSSARY_RULES).map((f) => f.severity)).toEqual(['error']);
    expect(runRules('All parties thanked the Harbin side.', GLOSSARY_RULES).map((f) => f.severity)).toEqual(['error']);
  });

  it('reports line, column, offset and length in the text as given', () => {
    const text = 'Title\r\n\r\n(June 8, 2022, Nur Sudan)\r\n';
    const [f] = runRules(text, ['glossary/known-garble']);
    expect(f).toMatchObject({ line: 3, column: 16, endLine: 3, endColumn: 25, offset: text.indexOf('Nur Sudan'), length: 9, text: 'Nur Sudan' });
    expect(f.message).toBe('“Nur Sudan” is a machine-translation garble of 努尔苏丹: Nur-Sultan');
  });
});
