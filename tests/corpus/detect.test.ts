// Language (Chinese, English, other) and script (Simplified, Traditional, mixed) detection,
// per document and per paragraph, and mixed-language paragraphs.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { countScriptCharacters, detectLanguage, detectParagraphLanguage, detectScript } from '../../src/corpus/index.js';
import { seeds } from '../normalize/seeds.js';

describe('language', () => {
  const cases: Array<[string, string]> = [
    ['各方一致认为，中国和中亚各国的发展、稳定、繁荣符合各方共同利益。', 'zh'],
    ['中國同中亞國家關係發展', 'zh'],
    ['The parties pointed out that the cooperation in the region has continued to show positive momentum.', 'en'],
    ['Les parties ont souligné que la coopération dans la région a continué de montrer une dynamique positive.', 'other'],
    ['Die Parteien wiesen darauf hin, dass die Zusammenarbeit in der Region weiterhin eine positive Dynamik zeigt.', 'other'],
    ['Стороны отметили, что сотрудничество в регионе продолжает развиваться.', 'other'],
    ['2022 — 2023', 'other'],
    ['SCO', 'en'],
  ];
  it.each(cases)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  for (const s of seeds) it(`seed ${s.id} → ${s.language}`, () => expect(detectLanguage(s.text)).toBe(s.language));
});

describe('mixed-language paragraphs', () => {
  const cases: Array<[string, boolean, string]> = [
    ['各方欢迎上海合作组织（Shanghai Cooperation Organization, SCO）成员国在阿斯塔纳举行峰会并通过宣言。', false, 'zh'],
    ['各方同意 The parties agreed to strengthen cooperation in trade, investment and connectivity 加强合作。', true, 'en'],
    ['The parties welcomed the 中国—中亚峰会 held in Xi’an in May 2023 and its outcomes for the region.', true, 'en'],
    ['The parties welcomed the summit held in Xi’an in May 2023.', false, 'en'],
  ];
  it.each(cases)('%s → mixed %s', (text, mixed, language) => {
    expect(detectParagraphLanguage(text)).toMatchObject({ mixed, language });
  });
});

describe('paragraph profile counts', () => {
  // What the profile counts, by regular expression: Han code points, and English words (two
  // or more ASCII letters) weighted two each.
  const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const reference = (text: string) => {
    const bare = text.replace(/[(（][^()（）]*[)）]/gu, ' ');
    const zhBare = count(bare, /\p{Script=Han}/gu);
    const enBare = count(bare, /[A-Za-z]{2,}/g) * 2;
    const minority = Math.min(zhBare, enBare);
    return {
      zhUnits: count(text, /\p{Script=Han}/gu),
      enUnits: count(text, /[A-Za-z]{2,}/g) * 2,
      mixed: minority >= 4 && minority >= 0.15 * (zhBare + enBare),
    };
  };
  it('match the regular expressions on any text (surrogates, parentheses, rare Han blocks)', () => {
    const pieces = fc.oneof(
      fc.constantFrom('中國', '𠀀', '\ud800', '\udc00', '⺀', '〇', '豈', 'ab', 'a', 'Zz9', '（', '）', '(', ')', ' ', 'é'),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(pieces).map((parts) => parts.join('')), (text) => {
        expect(detectParagraphLanguage(text)).toMatchObject(reference(text));
      }),
      { seed: 5, numRuns: 400 },
    );
  });
});

describe('paragraphs of an English document', () => {
  const french = 'Les parties ont souligné que la coopération dans la région a continué de montrer une dynamique positive.';
  it('a Latin paragraph franc calls other is English when other would become English anyway', () => {
    expect(detectParagraphLanguage(french).language).toBe('other');
    expect(detectParagraphLanguage(french, { otherLatinAs: 'en' }).language).toBe('en');
    expect(detectParagraphLanguage(french, { otherLatinAs: 'zh' }).language).toBe('other');
  });
  it('Chinese is still Chinese, and mixing is still measured', () => {
    expect(detectParagraphLanguage('各方同意加强合作。', { otherLatinAs: 'en' }).language).toBe('zh');
    expect(detectParagraphLanguage('各方同意 The parties agreed to strengthen cooperation in trade, investment and connectivity 加强合作。', { otherLatinAs: 'en' })).toMatchObject({ mixed: true, language: 'en' });
  });
});

describe('script', () => {
  const cases: Array<[string, string]> = [
    ['中国同中亚国家关系发展', 'simplified'],
    ['中國同中亞國家關係發展', 'traditional'],
    ['取得显著成果', 'simplified'],
    ['中國同中亞國家關係發展，中国同中亚国家关系发展', 'mixed'],
    ['各方同意', 'simplified'],
    ['The parties', 'latin'],
    ['2022', 'none'],
  ];
  it.each(cases)('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('counts every Han character, whatever surrounds it (ASCII, lone surrogates, extension B)', () => {
    const pieces = fc.oneof(fc.constantFrom('中國', '国', '𠀀', '\ud800', '\udc00', '⺀', '〇', 'a b', 'ä', '—'), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(pieces).map((parts) => parts.join('')), (text) => {
        expect(countScriptCharacters(text).han).toBe([...text].filter((c) => /\p{Script=Han}/u.test(c)).length);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('tells the two Chinese seeds apart', () => {
    expect(seeds.filter((s) => s.language === 'zh').map((s) => detectScript(s.text))).toEqual(['simplified', 'traditional']);
  });
});
