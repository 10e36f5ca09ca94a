// Chinese normalisation step by step: pinyin glosses, Traditional → Simplified, punctuation,
// white space; and the offset map back to the source.
import { describe, it, expect } from 'vitest';
import { normalizeDocument, stripPinyinGlosses, toSourceOffset } from '../../src/normalize/index.js';
import { traditionalToSimplified } from '../../src/corpus/index.js';
import { seed, seeds } from './seeds.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
/** A normalised character copied from a source character: itself, Simplified, or full-width. */
const copiedFrom = (n: string, s: string) => n === s || traditionalToSimplified(s) === n || FULL_WIDTH[s] === n;

const zh = (text: string) => normalizeDocument(text, { language: 'zh', keepBoilerplate: true }).text;

describe('pinyin glosses', () => {
  const cases: Array<[string, string]> = [
    ['聯(lián)合聲明', '联合声明'],
    ['建設(shè)性', '建设性'],
    ['關(guān)係', '关系'],
    ['联(lián)合', '联合'],
    ['联（lián）合', '联合'],
    ['联(lian)合', '联合'],
    ['联(lian2)合', '联合'],
    ['行(háng)业', '行业'],
    ['建设(jiànshè)', '建设'],
    ['各方(以下称“各方”)', '各方（以下称“各方”）'],
    ['亚信(CICA)', '亚信（CICA）'],
    ['论坛(2022)', '论坛（2022）'],
    ['中国(zhōng)', '中国（zhōng）'],
    ['合作(Cooperation)', '合作（Cooperation）'],
    ['中(dà)国', '中（dà）国'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(zh(input)).toBe(expected);
  });

  it('strips only glosses from the raw text, Traditional characters untouched', () => {
    expect(stripPinyinGlosses('中國-中亞外長第五次會晤聯(lián)合聲明(全文)')).toBe('中國-中亞外長第五次會晤聯合聲明(全文)');
  });
});

describe('Traditional → Simplified', () => {
  const cases: Array<[string, string]> = [
    ['中國同中亞國家關係發展', '中国同中亚国家关系发展'],
    ['頭髮', '头发'],
    ['衞生', '卫生'],
    ['裡面', '里面'],
    ['顯著成果', '显著成果'],
    // Simplified text is left alone: 著 stays in 显著 (a character converter would write 显着).
    ['取得显著成果', '取得显著成果'],
    ['乾隆年间', '乾隆年间'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(zh(input)).toBe(expected);
  });
});

describe('punctuation and white space', () => {
  const cases: Array<[string, string]> = [
    ['2020年7月16日,中华人民共和国', '2020年7月16日，中华人民共和国'],
    ['声明如下:', '声明如下：'],
    ['各方;中方', '各方；中方'],
    ['真的吗?是的!', '真的吗？是的！'],
    ['增长1,000亿美元', '增长1,000亿美元'],
    ['会议于10:30开始', '会议于10:30开始'],
    ['增长3.5%', '增长3.5%'],
    ['网址https://example.org', '网址https://example.org'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['  \u3000各方同意。  ', '各方同意。'],
    ['各方 同意 合作。', '各方同意合作。'],
    ['各方， 同意。', '各方，同意。'],
    ['China and Kazakhstan, Kyrgyzstan', 'China and Kazakhstan, Kyrgyzstan'],
    ['一\n\n\n\n二', '一\n\n二'],
    ['一\r\n二\r三', '一\n二\n三'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(zh(input)).toBe(expected);
  });

  it('English text keeps its punctuation and spacing inside lines', () => {
    const en = 'The UN , as well as (the SCO) : yes ; no.';
    expect(normalizeDocument(`  ${en}  \r\n`, { language: 'en' }).text).toBe(en);
  });
});

describe('offsets back to the source', () => {
  for (const s of seeds) {
    it(`${s.id}: every copied run reads the same in the source, up to script and punctuation`, () => {
      const doc = normalizeDocument(s.text, { language: s.language });
      let covered = 0;
      for (const run of doc.offsets) {
        const norm = doc.text.slice(run.norm, run.norm + run.length);
        const src = s.text.slice(run.src, run.src + run.length);
        if (s.language === 'en') expect(norm).toBe(src);
        else for (let i = 0; i < norm.length; i++) expect(copiedFrom(norm[i], src[i]), `${norm[i]} from ${src[i]}`).toBe(true);
        covered += run.length;
      }
      expect(covered).toBe(doc.text.length);
    });
  }

  it('maps the start of point 十一 of the 2024 statement to its source line', () => {
    const s = seed('2024-12-01-statement-zh');
    const doc = normalizeDocument(s.text, { language: 'zh' });
    const at = doc.text.indexOf('十一、');
    const src = toSourceOffset(doc.offsets, at);
    expect(s.text.slice(src, src + 3)).toBe('十一、');
    expect(s.text.slice(0, src).split('\n').length).toBe(26);
  });

  it('maps a character after a removed gloss to the right source character', () => {
    const text = '聯(lián)合聲明';
    const doc = normalizeDocument(text, { language: 'zh' });
    expect(doc.text).toBe('联合声明');
    expect(toSourceOffset(doc.offsets, 1)).toBe(text.indexOf('合'));
    expect(toSourceOffset(doc.offsets, 4)).toBe(text.length);
  });
});
