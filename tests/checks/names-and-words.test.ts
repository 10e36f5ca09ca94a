// Checks that know English words and names, table-driven: the near-miss rule quiet on English
// words, ordinary pinyin names, inflections and acronyms, and loud on misspellings; pinyin left
// untranslated; words that are neither English nor a known name; when closing up a spaced
// hyphen is safe. The glossary here is small and fixed; the examples are written for the tests.
import { describe, expect, it } from 'vitest';
import { checkEnglish, type CheckOptions } from '../../src/checks/index.js';
import { glossaryFromData, type GlossaryEntryInput } from '../../src/glossary/index.js';
import type { Finding } from '../../src/types.js';

const entries: GlossaryEntryInput[] = [
  { id: 'china', type: 'country', zhHans: ['中国'], preferred: 'China', source: 'test' },
  { id: 'russia', type: 'country', zhHans: ['俄罗斯'], preferred: 'Russia', source: 'test' },
  { id: 'iran', type: 'country', zhHans: ['伊朗'], preferred: 'Iran', source: 'test' },
  { id: 'turkmenistan', type: 'country', zhHans: ['土库曼斯坦'], preferred: 'Turkmenistan', source: 'test' },
  { id: 'kyrgyzstan', type: 'country', zhHans: ['吉尔吉斯斯坦'], preferred: 'Kyrgyzstan', source: 'test' },
  { id: 'kyrgyz', type: 'demonym', zhHans: ['吉尔吉斯'], preferred: 'Kyrgyz', source: 'test' },
  { id: 'tashkent', type: 'capital', zhHans: ['塔什干'], preferred: 'Tashkent', source: 'test' },
  { id: 'herat', type: 'city', zhHans: ['赫拉特'], preferred: 'Herat', source: 'test' },
  { id: 'xian', type: 'city', zhHans: ['西安'], pinyin: 'xī ān', preferred: "Xi'an", source: 'test' },
  { id: 'osh', type: 'city', zhHans: ['奥什'], preferred: 'Osh', source: 'test' },
  { id: 'qin-gang', type: 'person', zhHans: ['秦刚'], preferred: 'Qin Gang', source: 'test' },
  { id: 'xi-jinping', type: 'person', zhHans: ['习近平'], preferred: 'Xi Jinping', source: 'test' },
  { id: 'cpec', type: 'corridor', zhHans: ['中巴经济走廊'], preferred: 'CPEC', source: 'test' },
  { id: 'state-council', type: 'body', zhHans: ['国务院'], preferred: 'State Council', source: 'test' },
  { id: 'cpc-cc', type: 'body', zhHans: ['中共中央'], preferred: 'CPC Central Committee', source: 'test' },
];
const glossary = glossaryFromData({ version: 1, entries }, 'tests/checks/names-and-words.test.ts');

const run = (text: string, rules: string[], options: CheckOptions = {}): Finding[] => checkEnglish(text, { glossary, rules, ...options });
const texts = (findings: Finding[]): string[] => findings.map((f) => f.text);

describe('near-miss: quiet on words and names of their own', () => {
  it.each([
    ['English words', 'Chain stores, Iron Gates, the Heart of Asia and Hart House; a Russian delegation.'],
    ['a title that is not the body', 'State Councilor and Foreign Minister Qin Gang spoke.'],
    ['plurals and possessives', 'two CPC Central Committees; Tashkent’s mayor; the Herats of old.'],
    ['demonyms and adjectives', 'Turkmen gas, Kyrgyz herders, a Russian novel.'],
    ['acronyms of other letters', 'the CPPCC, the CPEC and the CCPIT met.'],
    ['ordinary pinyin names', 'Chen Qingyang met Wang Er. Later Qingyang and Chen walked to Chengdu.'],
  ])('%s', (_, text) => {
    expect(texts(run(text, ['glossary/near-miss']))).toEqual([]);
  });
});

describe('near-miss: misspellings are still found', () => {
  it.each([
    ['a city one letter short', 'They flew to Tashken.', 'Tashken', 'Tashkent'],
    ['a leader’s given name misspelt', 'President Xi Jingping spoke.', 'Xi Jingping', 'Xi Jinping'],
    ['a minister’s given name misspelt', 'Minister Qin Gan arrived.', 'Qin Gan', 'Qin Gang'],
    ['a plural English never writes', 'the Kyrgyzs and the Turkmens', 'Kyrgyzs', 'Kyrgyz'],
    ['a pinyin name without its apostrophe', 'The meeting was held in Xian.', 'Xian', "Xi'an"],
  ])('%s', (_, text, flagged, suggestion) => {
    const found = run(text, ['glossary/near-miss']).find((f) => f.text === flagged);
    expect(found?.suggestions).toContain(suggestion);
  });
});

describe('untranslated pinyin', () => {
  it.each([
    ['a country in pinyin that CC-CEDICT names', 'Trade with Wuzibiekesitan grew.', 'Wuzibiekesitan', 'Uzbekistan'],
    ['a lake in pinyin, two words', 'the shores of Baerkashi Hu', 'Baerkashi Hu', 'Lake Balkhash'],
    ['a capital in pinyin', 'They met in Tashigan in May.', 'Tashigan', 'Tashkent'],
  ])('%s', (_, text, flagged, suggestion) => {
    const found = run(text, ['artifact/untranslated-pinyin']);
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([[flagged, suggestion]]);
  });

  it('a long transliteration no dictionary knows', () => {
    expect(texts(run('the Saerkesidan crossing', ['artifact/untranslated-pinyin']))).toEqual(['Saerkesidan']);
  });

  it('with the Chinese source, names the characters the pinyin came from', () => {
    const zh = '2022年6月8日，中国和哈萨克斯坦外长在努尔苏丹举行会谈。\n\n各方坚持阿人主导、阿人所有的原则。\n\n双方同意于2023年在西安举行第四次外长会晤。\n';
    const en =
      'On June 8, 2022, the foreign ministers of China and Kazakhstan held talks in Nur-Sultan.\n\n' +
      'The parties upheld the principle of Aren leadership and Aren ownership.\n\n' +
      "The two sides agreed to hold the fourth foreign ministers' meeting in Xi'an in 2023.\n";
    const found = run(en, ['artifact/untranslated-pinyin'], { chinese: { text: zh } });
    expect(found.map((f) => f.text)).toEqual(['Aren', 'Aren']);
    expect(found[0].message).toContain('阿人');
    // Without the source two syllables are as likely a given name: no finding.
    expect(run(en, ['artifact/untranslated-pinyin'])).toEqual([]);
  });

  it('with the Chinese source, quiet on Chinese people and places written in pinyin', () => {
    const zh = '那天宝玉来看黛玉。宝玉说：“海上的风很大。”\n';
    const en = 'That day Bao-yu came to see Dai-yu. Bao-yu said, "The wind on the sea is strong."\n';
    expect(run(en, ['artifact/untranslated-pinyin'], { chinese: { text: zh } })).toEqual([]);
  });

  it.each([
    ['Chinese people and places', 'Chen Qingyang, Wang Er and Xi Jinping; Xinjiang, Xizang, Chengdu and the Luban Workshop; Renmin Zhonglu.'],
    ['Japanese and European names that read as pinyin', 'Takahashi met Angelika Linnaean in Karelia; Yoshikazu Hanawa spoke.'],
    ['given names that CC-CEDICT also lists', 'Wenshu and Lian came with Baoyu.'],
    ['English compounds', 'an American-size meal'],
  ])('quiet on %s', (_, text) => {
    expect(texts(run(text, ['artifact/untranslated-pinyin']))).toEqual([]);
  });
});

describe('spaced hyphens and words that are not English', () => {
  const hyphen = (text: string): Finding | undefined => run(text, ['artifact/spaced-hyphen'])[0];

  it.each([
    ['English words', 'a cross -border road', 'cross-border'],
    ['names and a prefix the dictionary lists closed', 'Sino -Kazakh trade and the pre -war order', 'Sino-Kazakh'],
    ['known names', 'the Osh -Tashkent road', 'Osh-Tashkent'],
  ])('safe fix between %s', (_, text, fixed) => {
    expect(hyphen(text)?.fix?.replacement).toBe(fixed);
  });

  it.each([
    ['a part no list knows', 'the Osh -Zorbelk road', 'neither an English word nor a known name'],
    ['a prefix on a word no dictionary lists it with', 'nuclear non -spreading rules', 'the compound itself is suspect'],
    ['another suspect compound', 'the pre -table checks', 'the compound itself is suspect'],
  ])('no safe fix with %s', (_, text, message) => {
    const found = hyphen(text);
    expect(found?.fix).toBeUndefined();
    expect(found?.message).toContain(message);
  });

  it('a garbled part of a chain is named', () => {
    expect(texts(run('the Osh -Zorbelk -Tashkent route', ['artifact/non-word']))).toEqual(['Zorbelk']);
  });

  it.each([
    ['brand names', 'companies -LivePerson and others'],
    ['English words and names', 'the Osh -Tashkent -Beijing road and the cross -border link'],
  ])('no non-word among %s', (_, text) => {
    expect(texts(run(text, ['artifact/non-word']))).toEqual([]);
  });
});
