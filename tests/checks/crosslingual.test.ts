// Cross-lingual checks, table-driven: an English text and its Chinese, aligned paragraph by
// paragraph by hand (so these cases test the checks, not the aligner), → expected findings.
// One case at the end goes through the real aligner (`--zh` path).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentAlignment } from '../../src/align/index.js';
import type { Paragraph } from '../../src/types.js';
import { chineseLength, englishLength } from '../../src/checks/length-ratio.js';
import { chineseNumbers, chineseNumeralValue, englishNumbers, type NumberMention } from '../../src/checks/number-values.js';
import { brief, runRules, type Expected } from './fixtures.js';

/** Chinese paragraphs aligned one to one with English paragraphs separated by blank lines. */
function oneToOne(zh: string[], enCount = zh.length): { paragraphs: Paragraph[]; alignment: DocumentAlignment } {
  let at = 0;
  const paragraphs = zh.map((text): Paragraph => {
    const p = { text, start: at, end: at + text.length, language: 'zh' as const, sentences: [{ text, start: at, end: at + text.length }] };
    at += text.length + 1;
    return p;
  });
  const beads = zh.map((_, i) => ({ zh: [i], en: i < enCount ? [i] : [], score: 1, sentences: [] }));
  return { paragraphs, alignment: { mode: 'translation', paragraphs: beads, sentences: [], linkedShare: 1 } };
}

interface Case {
  name: string;
  rules: string[];
  en: string;
  zh: string[];
  enCount?: number;
  expected: Expected[];
}

const NAMES = ['crosslingual/missing-name', 'crosslingual/garbled-name', 'crosslingual/unsourced-name'];
const ALL_NAME_RULES = [...NAMES, 'glossary/known-garble', 'glossary/near-miss'];

const cases: Case[] = [
  { name: 'names present on both sides', rules: NAMES, en: 'Wang Yi met the foreign minister of Tajikistan.', zh: ['王毅同塔吉克斯坦外长会谈。'], expected: [] },
  {
    name: 'a Chinese name missing in English: the whole paragraph is flagged',
    rules: NAMES,
    en: 'Wang Yi met the foreign minister.',
    zh: ['王毅同塔吉克斯坦外长会谈。'],
    expected: [{ rule: 'crosslingual/missing-name', text: 'Wang Yi met the foreign minister.', suggestions: ['Tajikistan'] }],
  },
  {
    name: 'a Chinese name rendered wrongly: the garbled span is named',
    rules: NAMES,
    en: 'The parties met in Dushanbi.',
    zh: ['各方在杜尚别举行会议。'],
    expected: [{ rule: 'crosslingual/garbled-name', text: 'Dushanbi', suggestions: ['Dushanbe'] }],
  },
  {
    name: 'a garbled name already flagged is not reported twice',
    rules: ALL_NAME_RULES,
    en: 'The parties met in Dushanbi.',
    zh: ['各方在杜尚别举行会议。'],
    expected: [{ rule: 'glossary/near-miss', text: 'Dushanbi', suggestions: ['Dushanbe'] }],
  },
  { name: 'a country rendered by its adjective', rules: NAMES, en: 'The Chinese government supports Tajikistan.', zh: ['中国政府支持塔吉克斯坦。'], expected: [] },
  { name: 'countries named by abbreviation in Chinese (中哈, 哈方)', rules: NAMES, en: 'China and Kazakhstan will deepen cooperation; Kazakhstan thanked China.', zh: ['中哈两国将深化合作；哈方感谢中方。'], expected: [] },
  { name: 'a listed garble counts as the name being there', rules: NAMES, en: 'The parties met in Duchamps.', zh: ['各方在杜尚别举行会议。'], expected: [] },
  {
    name: 'an English name with no source in the Chinese',
    rules: NAMES,
    en: 'All parties thanked Harbin for hosting the meeting.',
    zh: ['各方感谢中方高水平举办会议。'],
    expected: [{ rule: 'crosslingual/unsourced-name', text: 'Harbin', suggestions: [] }],
  },
  {
    name: '"Harbin" where the Chinese says 哈方 is the conditional garble',
    rules: ALL_NAME_RULES,
    en: 'All parties thanked Harbin for hosting the meeting.',
    zh: ['各方感谢哈方高水平举办会议。'],
    expected: [{ rule: 'glossary/known-garble', text: 'Harbin', suggestions: ['the Kazakh side'] }],
  },
  {
    name: 'numbers, dates and ordinals that agree',
    rules: ['crosslingual/number-mismatch'],
    en: 'On June 8, 2022, the third meeting of foreign ministers of China and the five Central Asian countries was held; 5% more trade over 28 years.',
    zh: ['2022年6月8日，中国和中亚五国第三次外长会晤举行；二十八年来贸易增长百分之五。'],
    expected: [],
  },
  { name: '第五次 ↔ fifth', rules: ['crosslingual/number-mismatch'], en: 'the fifth meeting', zh: ['第五次会晤'], expected: [] },
  {
    name: 'a wrong day and a wrong ordinal',
    rules: ['crosslingual/number-mismatch'],
    en: 'On June 9, 2022, the fourth meeting was held.',
    zh: ['2022年6月8日，第三次会晤举行。'],
    expected: [
      { rule: 'crosslingual/number-mismatch', text: '9', suggestions: [] },
      { rule: 'crosslingual/number-mismatch', text: 'fourth', suggestions: [] },
    ],
  },
  {
    name: 'an English paragraph far shorter than its Chinese',
    rules: ['crosslingual/length-ratio'],
    en: 'All parties agreed.',
    zh: ['各方一致认为，中国和中亚各国的发展、稳定、繁荣符合各方共同利益，并愿进一步推动战略伙伴关系持续向前发展。'],
    expected: [{ rule: 'crosslingual/length-ratio', text: 'All parties agreed.', suggestions: [] }],
  },
  {
    name: 'a Chinese paragraph with no English',
    rules: ['crosslingual/length-ratio'],
    en: 'All parties agree that the development, stability and prosperity of China and the Central Asian countries serve their common interests.',
    zh: ['各方一致认为，中国和中亚各国的发展、稳定、繁荣符合各方共同利益。', '各方愿进一步推动中国同中亚五国建立的战略伙伴关系持续向前发展，共同为维护地区和平贡献力量。'],
    enCount: 1,
    expected: [{ rule: 'crosslingual/length-ratio', text: '', suggestions: [] }],
  },
];

describe('cross-lingual checks', () => {
  it.each(cases)('$name', ({ rules, en, zh, enCount, expected }) => {
    const found = runRules(en, rules, { chinese: oneToOne(zh, enCount) }).map(brief);
    expect(found).toEqual(expected.map((e) => ({ suggestions: [], ...e })));
  });

  it('do not run without Chinese', () => {
    expect(runRules('Wang Yi met the foreign minister.', NAMES)).toEqual([]);
  });

  it('run through the real aligner when given the Chinese text', () => {
    const en = 'Wang Yi met the foreign minister.\n\nThe parties met on June 9.\n';
    const zh = '王毅同塔吉克斯坦外长会谈。\n\n各方于6月8日举行会议。\n';
    const rules = ['crosslingual/missing-name', 'crosslingual/number-mismatch'];
    const found = runRules(en, rules, { chinese: { text: zh } });
    // However the aligner groups these two short paragraphs, the name and the day are caught.
    expect(found.some((f) => f.rule === 'crosslingual/missing-name' && f.text.startsWith('Wang Yi met') && f.suggestions[0] === 'Tajikistan')).toBe(true);
    expect(found.some((f) => f.rule === 'crosslingual/number-mismatch' && f.text === '9')).toBe(true);
  });
});

describe('number values', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['二十八', 28],
    ['一百零五', 105],
    ['两千零二十', 2020],
    ['二〇二二', 2022],
    ['三万', 30_000],
  ])('%s = %d', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  const keys = (list: NumberMention[]): string[] => list.map((n) => `${n.kind}:${n.value}${n.ordinal ? ' ordinal' : ''}`);

  it('reads Chinese counts, ordinals, dates and percentages, not numerals inside words', () => {
    expect(keys(chineseNumbers('2020年7月16日，第五次会晤，中亚五国，百分之十，一带一路，一致同意，进一步，三股势力'))).toEqual([
      'number:2020', 'month:7', 'number:16', 'number:5 ordinal', 'number:5', 'percent:10', 'number:3',
    ]);
  });

  it('scales by 万 and 亿, reads grouped digits, ranges, times, weekdays and half-years', () => {
    expect(keys(chineseNumbers('贸易额达14.6亿美元，1，800万种，1至5月，下午3时，上午10时30分，星期三，上半年'))).toEqual([
      'number:1460000000', 'number:18000000', 'month:1', 'month:5', 'time:900', 'time:630', 'weekday:3', 'half:1',
    ]);
  });

  it('skips approximate numbers and quantities a translation converts', () => {
    expect(keys(chineseNumbers('十七八个人，五六岁，几千万，仓库面积85万平方英尺'))).toEqual([]);
  });

  it('skips structural numbering at the head of a paragraph', () => {
    expect(keys(chineseNumbers('一、各方一致认为'))).toEqual([]);
  });

  it('reads English digits, words, ordinals and months ("May" only as a date)', () => {
    expect(keys(englishNumbers('On July 16, 2020, the fifth of 1,200 delegates; 30th anniversary; may be; May 26'))).toEqual([
      'month:7', 'number:16', 'number:2020', 'number:5 ordinal', 'number:1200', 'number:30 ordinal', 'month:5', 'number:26',
    ]);
  });

  it('reads scales, percentages, times, weekdays and halves, not numbers glued to names', () => {
    expect(keys(englishNumbers('1.46 billion dollars, up 37%, at 3 p.m. on Wednesday, in the first half; G20, COVID-19, No. 2, 5 miles'))).toEqual([
      'number:1460000000', 'percent:37', 'time:900', 'weekday:3', 'half:1',
    ]);
  });
});

describe('paragraph lengths', () => {
  it.each([
    { text: '各方同意2024年在Astana会晤。', zh: 18, en: 18 },
    { text: 'All parties agreed, 100%!', zh: 19, en: 19 },
    { text: '𠀀😀 é\ud800x\udc00', zh: 3, en: 3 },
    { text: '', zh: 0, en: 0 },
  ])('counts "$text": $zh for a Chinese paragraph, $en for an English one', ({ text, zh, en }) => {
    expect(chineseLength(text)).toBe(zh);
    expect(englishLength(text)).toBe(en);
  });

  it('counts the code points that the character classes match, for any string', () => {
    const pieces = fc.oneof(fc.constantFrom('中國', '𠀀', '\ud800', '\udc00', '٣', 'Ⅻ', 'ß', 'a b'), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(pieces).map((parts) => parts.join('')), (text) => {
        expect(chineseLength(text)).toBe([...text].filter((c) => /[\p{Script=Han}\p{N}\p{Script=Latin}]/u.test(c)).length);
        expect(englishLength(text)).toBe([...text].filter((c) => /[\p{L}\p{N}]/u.test(c)).length);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
