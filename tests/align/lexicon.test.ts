// The bilingual lexicon: the CC-CEDICT index, Chinese segmentation, English stems, anchors
// (numbers, dates, paragraph numbering), romanised names and the lexical similarity.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chineseAnchors,
  chineseNameForms,
  chineseNameRuns,
  chineseTokens,
  clearTextMemos,
  chineseNumeralValue,
  englishAnchors,
  englishContentStems,
  extendLexicon,
  lexicalSimilarity,
  loadLexicon,
  romanisedName,
  segmentChinese,
  stem,
  type Lexicon,
} from '../../src/align/lexicon/index.js';
import { hanLength, isHanCodePoint } from '../../src/align/lexicon/scan.js';

describe('CC-CEDICT index', () => {
  const lexicon = loadLexicon();

  it('is loaded once per process', () => {
    expect(loadLexicon()).toBe(lexicon);
  });

  it.each([
    { zh: '杜尚别', en: 'Dushanbe' },
    { zh: '会谈', en: 'talks' },
    { zh: '合作', en: 'cooperation' },
    { zh: '塔吉克斯坦', en: 'Tajikistan' },
    { zh: '會談', en: 'talks' }, // traditional headwords too
  ])('translates $zh to $en', ({ zh, en }) => {
    expect(lexicon.lookup(zh)).toContain(stem(en.toLowerCase()));
  });

  it('keeps only a few senses of a single character', () => {
    expect((lexicon.lookup('打') ?? []).length).toBeLessThanOrEqual(8);
  });

  it('gives the toneless pinyin of characters, for names', () => {
    expect(lexicon.pinyin('王')).toBe('wang');
    expect(lexicon.pinyin('毅')).toBe('yi');
  });

  it.each([
    { text: '中国外交部长王毅在杜尚别会见了塔吉克斯坦总统', words: ['中国', '外交部长', '王毅', '在', '杜尚别', '会见', '了', '塔吉克斯坦', '总统'] },
    { text: '加强合作。', words: ['加强', '合作'] },
    { text: 'COVID-19', words: [] },
  ])('segments "$text" by maximum matching', ({ text, words }) => {
    expect(segmentChinese(text, lexicon)).toEqual(words);
  });

  it('finds the longest headword by narrowing the sorted index, with the same words as trying every length', () => {
    // The same lexicon seen through `has` alone segments by trying every length from the longest down.
    const everyLength: Lexicon = {
      lookup: (word) => lexicon.lookup(word),
      has: (word) => lexicon.has(word),
      pinyin: (character) => lexicon.pinyin(character),
      maxWordLength: lexicon.maxWordLength,
    };
    expect(lexicon.longestMatch).toBeTypeOf('function');
    const dir = join(import.meta.dirname, '..', '..', 'corpus', 'documents');
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith('.zh.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const words = segmentChinese(text, lexicon);
      expect(words.length).toBeGreaterThan(500);
      expect(words).toEqual(segmentChinese(text, everyLength));
    }
  });

  it("memoises a text's tokens until the memos are cleared between units, with the same tokens after", () => {
    const text = '王毅在杜尚别会见了塔吉克斯坦总统。';
    const first = chineseTokens(text, lexicon);
    expect(chineseTokens(text, lexicon)).toBe(first);
    clearTextMemos();
    const again = chineseTokens(text, lexicon);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('romanises every run of one to three characters, as names the dictionary lacks', () => {
    expect(chineseNameForms('王毅在。小宝', lexicon)).toEqual(
      expect.arrayContaining(['n:wang', 'n:wangyi', 'n:wangyizai', 'n:xiaobao', 'n:bao']),
    );
    expect(chineseNameForms('王毅在。小宝', lexicon)).not.toContain('n:zaixiao'); // not across punctuation
  });

  it('gives, run by run, the romanised form of every window of one to three code units that has one', () => {
    // romanisedName of each window is the definition; runs with characters beyond the BMP too.
    const han = fc.constantFrom(...'王毅小宝在杜尚别会见塔吉克斯坦〇々𠀀𠮷'.match(/./gu)!);
    fc.assert(
      fc.property(fc.array(fc.oneof(han, fc.constantFrom('。', 'a')), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        const expected = (text.match(/\p{Script=Han}+/gu) ?? []).map((run) => {
          const forms = new Set<string>();
          for (let at = 0; at < run.length; at++)
            for (let length = 1; length <= 3 && at + length <= run.length; length++) {
              const name = romanisedName(run.slice(at, at + length), lexicon);
              if (name) forms.add(name);
            }
          return [...forms];
        });
        expect(chineseNameRuns(text, lexicon)).toEqual(expected);
        expect(chineseNameForms(text, lexicon)).toEqual([...new Set(expected.flat())]);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('adds glossary entries on top of CC-CEDICT', () => {
    const extended = extendLexicon(lexicon, [{ zh: ['努尔苏丹'], en: ['Nur-Sultan'] }]);
    expect(extended.lookup('努尔苏丹')).toEqual(expect.arrayContaining([stem('nur'), stem('sultan')]));
    expect(segmentChinese('在努尔苏丹', extended)).toEqual(['在', '努尔苏丹']);
    expect(extended.lookup('合作')).toEqual(lexicon.lookup('合作'));
    expect(segmentChinese('在努尔苏丹会谈', extended)).toEqual(['在', '努尔苏丹', '会谈']);
    expect(lexicon.continues?.('塔吉克')).toBe(true);
    expect(lexicon.has('塔吉克斯坦')).toBe(true);
    expect(lexicon.has('塔吉克斯')).toBe(false);
  });
});

describe('English stems', () => {
  it.each([
    { text: 'The meetings were held', stems: ['meet', 'held'].map((w) => stem(w)) },
    { text: 'He said that they went', stems: [stem('say'), stem('go')] },
    { text: 'the of and', stems: [] },
  ])('"$text" → $stems', ({ text, stems }) => {
    expect(englishContentStems(text)).toEqual(stems);
  });
});

describe('anchors', () => {
  it.each([
    { numeral: '二〇二〇', value: 2020 },
    { numeral: '十六', value: 16 },
    { numeral: '二十一', value: 21 },
    { numeral: '一百零五', value: 105 },
    { numeral: '三千', value: 3000 },
    { numeral: '两万', value: 20000 },
    { numeral: '七', value: 7 },
    { numeral: '好', value: undefined },
  ])('reads the Chinese numeral $numeral as $value', ({ numeral, value }) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  it.each([
    { zh: '2020年7月16日', en: '16 July 2020' },
    { zh: '二〇二〇年七月十六日', en: 'July 16th, 2020' },
    { zh: '一、政治合作', en: '1. Political cooperation' },
    { zh: '贸易额达到1,500亿', en: 'trade reached 1,500 hundred million' },
  ])('ties "$zh" to "$en"', ({ zh, en }) => {
    const zhAnchors = chineseAnchors(zh);
    expect(zhAnchors.length).toBeGreaterThan(0);
    expect(new Set(englishAnchors(en))).toEqual(new Set(zhAnchors));
  });

  it.each([
    { zh: '他笑道：“你来了？”', en: '"You came?" he laughed.', anchors: ['p:quote', 'p:question', 'w:you'] },
    { zh: '我们走吧。', en: 'Let us go.', anchors: ['w:i'] },
    { zh: '“好！”', en: "'Very well!'", anchors: ['p:quote', 'p:exclaim'] },
    { zh: '他不会来。', en: "He won't come.", anchors: [] },
  ])('marks speech, questions and first/second person in "$zh" and "$en"', ({ zh, en, anchors }) => {
    expect(chineseAnchors(zh)).toEqual(anchors);
    expect(englishAnchors(en)).toEqual(anchors);
  });

  it('does not read "may" as a month', () => {
    expect(englishAnchors('They may meet in May.')).toEqual(['m5']);
  });
});

describe('lexicalSimilarity', () => {
  it.each([
    { zh: '王毅在杜尚别会见塔吉克斯坦总统。', en: 'Wang Yi met the President of Tajikistan in Dushanbe.', above: 0.5 },
    { zh: '汪淼看着史强。', en: 'Wang Miao looked at Shi Qiang.', above: 0.5 },
  ])('scores a translation high: $en', ({ zh, en, above }) => {
    expect(lexicalSimilarity(zh, en)).toBeGreaterThan(above);
  });

  it('scores an unrelated sentence low', () => {
    expect(lexicalSimilarity('王毅在杜尚别会见塔吉克斯坦总统。', 'The weather was cold and the river froze.')).toBeLessThan(0.15);
  });

  it('is 0 for empty text and stays in [0, 1]', () => {
    expect(lexicalSimilarity('', '')).toBe(0);
    const s = lexicalSimilarity('合作合作合作', 'cooperation');
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
  });
});

describe('scanning by code unit', () => {
  it('finds the Han characters /\\p{Script=Han}/u finds, in every plane', () => {
    const han = /\p{Script=Han}/u;
    const disagree: string[] = [];
    for (let c = 0; c < 0x40000; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isHanCodePoint(c) !== han.test(String.fromCodePoint(c))) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('measures runs of Han characters as the regular expression does', () => {
    const piece = fc.constantFrom('王', '毅', '〇', '々', '𠀀', '𠮷', 'a', '。', ' ', '\ud840', '\udc00', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const runs: string[] = [];
        for (let at = 0; at < text.length; ) {
          const length = hanLength(text, at);
          if (length === 0) at += 1;
          else {
            runs.push(text.slice(at, at + length));
            at += length;
          }
        }
        expect(runs).toEqual(text.match(/\p{Script=Han}+/gu) ?? []);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
