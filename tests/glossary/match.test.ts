// The matchers as tables: English forms case-, hyphen-, apostrophe- and spacing-insensitive with
// exact offsets, longest match first; acronyms in their case; Chinese forms longest first.
import { describe, expect, it } from 'vitest';
import { englishFormsRegExp, findChineseTerms, findEnglishTerms, formKey, glossaryFromData, loadGlossary } from '../../src/glossary/index.js';

const glossary = loadGlossary();

function spans(text: string): [string, string, string][] {
  return findEnglishTerms(glossary, text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    const hit = m.hits[0];
    return [m.text, hit.entry.id, hit.role];
  });
}

describe('formKey', () => {
  it.each([
    ['Nur Sudan', 'nur sudan'],
    ['Nur -Sudan', 'nur sudan'],
    ['nur-sudan', 'nur sudan'],
    ['  Nur\u2013\u2013 Sudan ', 'nur sudan'],
    ["Xi'an", 'xian'],
    ['Duchamp’s', 'duchamps'],
    ['China + Central Asia', 'china+central asia'],
    ['China+Central Asia', 'china+central asia'],
  ])('%j → %j', (form, key) => expect(formKey(form)).toBe(key));
});

describe('findEnglishTerms', () => {
  it.each([
    ['held in Nur Sudan.', [['Nur Sudan', 'nur-sultan', 'garble']]],
    ['held in Nur -Sudan.', [['Nur -Sudan', 'nur-sultan', 'garble']]],
    ['held in nur-sudan.', [['nur-sudan', 'nur-sultan', 'garble']]],
    ['held in NUR  SUDAN.', [['NUR  SUDAN', 'nur-sultan', 'garble']]],
    ['held in Nur-Sultan.', [['Nur-Sultan', 'nur-sultan', 'preferred']]],
    ['in Xian and in Xi’an', [['Xian', 'xian', 'preferred'], ['Xi’an', 'xian', 'preferred']]],
    ['(Duchamps, May 2022) in Duchamp\'s process', [['Duchamps', 'dushanbe', 'garble'], ["Duchamp's", 'dushanbe', 'garble']]],
    ['the Astana International Financial Centre', [['Astana International Financial Centre', 'aifc', 'preferred']]],
    ['the Asiana International Financial Center', [['Asiana International Financial Center', 'aifc', 'garble']]],
    ['the UN General Assembly and the UN', [['UN General Assembly', 'un-general-assembly', 'preferred'], ['UN', 'united-nations', 'variant']]],
    ['the new crown pneumonia epidemic', [['new crown pneumonia epidemic', 'covid-19', 'garble']]],
    ['the new crown pneumonia', [['new crown pneumonia', 'covid-19', 'garble']]],
    ['Tajikistan and Tagikistan', [['Tajikistan', 'tajikistan', 'preferred'], ['Tagikistan', 'tajikistan', 'garble']]],
    ['the China-Kyrgyzstan-Uzbekistan railway', [['China-Kyrgyzstan-Uzbekistan railway', 'china-kyrgyzstan-uzbekistan-railway', 'preferred']]],
    ["Tagikistan's proposal", [['Tagikistan', 'tajikistan', 'garble']]],
  ] as const)('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('needs word boundaries: no match inside a longer word', () => {
    expect(spans('Unitedness, Chinaware, Osha and Kabulistan')).toEqual([]);
  });

  it('matches acronyms only in their case: WHO is the organisation, who a pronoun', () => {
    expect(spans('WHO said who was there; un and UN.')).toEqual([
      ['WHO', 'who', 'variant'],
      ['UN', 'united-nations', 'variant'],
    ]);
  });

  it('lists both meanings where a real name is also a conditional garble (Harbin)', () => {
    const [m] = findEnglishTerms(glossary, 'thanked the Harbin side');
    expect(m.hits.map((h) => [h.entry.id, h.role])).toEqual([
      ['harbin', 'preferred'],
      ['kazakh-side', 'garble'],
    ]);
  });

  it('gives offsets in UTF-16 code units after astral characters', () => {
    const text = '😀 Nur Sudan';
    const [m] = findEnglishTerms(glossary, text);
    expect([m.start, m.end]).toEqual([3, 12]);
  });

  it('finds the same spans as the baseline regular expression on the seed garbles', () => {
    const text = 'Nur Sudan, United University, Lian University, Duchamps, Tashken, Holgos, salty sea, Xianhai, Five Kingdoms.';
    const viaRegExp = [...text.matchAll(englishFormsRegExp(glossary))].map((m) => m[0]);
    expect(findEnglishTerms(glossary, text).map((m) => m.text)).toEqual(viaRegExp);
  });
});

describe('findChineseTerms', () => {
  it.each([
    ['在努尔苏丹举行', [['努尔苏丹', 'nur-sultan', 'simplified']]],
    ['構建中國-中亞命運共同體', [['中國-中亞命運共同體', 'china-central-asia-community', 'traditional']]],
    ['哈方和中方', [['哈方', 'kazakh-side', 'simplified'], ['中方', 'chinese-side', 'simplified']]],
    ['联合国大会和联大', [['联合国大会', 'un-general-assembly', 'simplified'], ['联大', 'un-general-assembly', 'simplified']]],
    ['中国—中亚机制秘书处', [['中国—中亚机制秘书处', 'china-central-asia-secretariat', 'simplified']]],
    ['哈萨克斯坦共和国', [['哈萨克斯坦共和国', 'kazakhstan', 'simplified']]],
    ['中国-中亚机制秘书处 and 中國－中亞峰會', [['中国-中亚机制秘书处', 'china-central-asia-secretariat', 'simplified'], ['中國－中亞峰會', 'china-central-asia-summit', 'traditional']]],
    ['加强中欧（亚）班列合作', [['中欧（亚）班列', 'china-europe-asia-railway-express', 'simplified']]],
  ] as const)('%s', (text, expected) => {
    expect(findChineseTerms(glossary, text).map((m) => [m.text, m.entry.id, m.script])).toEqual(expected);
  });
});

describe('a small in-memory glossary', () => {
  const small = glossaryFromData({
    version: 1,
    entries: [
      { id: 'a', type: 'city', zhHans: ['甲'], zhHant: ['甲'], preferred: 'Alpha', source: 'test' },
      { id: 'ab', type: 'corridor', preferred: 'Alpha Beta Corridor', source: 'test', garbles: [{ text: 'Alfa Beta', correction: 'Alpha Beta Corridor', safe: true }] },
    ],
  });

  it('prefers the longest match and falls back to the shorter one', () => {
    const found = findEnglishTerms(small, 'Alpha Beta Corridor; Alpha Beta; Alfa Beta.').map((m) => [m.text, m.hits[0].entry.id]);
    expect(found).toEqual([
      ['Alpha Beta Corridor', 'ab'],
      ['Alpha', 'a'],
      ['Alfa Beta', 'ab'],
    ]);
  });
});
