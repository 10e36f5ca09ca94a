// Sentence splitting (Chinese and English), the abbreviation data, paragraph numbering and
// paragraph conventions, and exact offsets on every seed.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphConvention, paragraphNumbering, segmentParagraphs, splitSentences } from '../../src/segment/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import { repoRoot } from '../helpers/cli.js';
import { seeds } from '../normalize/seeds.js';

const texts = (text: string, language: 'zh' | 'en') => splitSentences(text, language).map((s) => s.text);

describe('Chinese sentences', () => {
  const cases: Array<[string, string[]]> = [
    ['各方一致认为。六方积极推动！是吗？', ['各方一致认为。', '六方积极推动！', '是吗？']],
    ['各方认为；中方支持。', ['各方认为；', '中方支持。']],
    ['他说：“各方同意。”中方欢迎。', ['他说：“各方同意。”', '中方欢迎。']],
    ['各方表示（详见附件。）会议结束。', ['各方表示（详见附件。）', '会议结束。']],
    ['「各方同意。」中方欢迎', ['「各方同意。」', '中方欢迎']],
    ['四、立足各方合作基础和需求，各方一致同意优先推进以下领域合作：', ['四、立足各方合作基础和需求，各方一致同意优先推进以下领域合作：']],
    ['增长3.5%。下降1.2%。', ['增长3.5%。', '下降1.2%。']],
    ['真的吗？！当然。', ['真的吗？！', '当然。']],
    ['', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(texts(text, 'zh')).toEqual(expected);
  });
});

describe('English sentences', () => {
  const cases: Array<[string, string[]]> = [
    ['The parties agreed. China welcomed it.', ['The parties agreed.', 'China welcomed it.']],
    ['The U.S. delegation arrived. Talks began.', ['The U.S. delegation arrived.', 'Talks began.']],
    ['Foreign Minister M.B. Tleuberdi attended. Growth was 3.5 percent.', ['Foreign Minister M.B. Tleuberdi attended.', 'Growth was 3.5 percent.']],
    ['Resolution No. 76 was adopted on Jan. 5. It entered into force.', ['Resolution No. 76 was adopted on Jan. 5.', 'It entered into force.']],
    ['Mr. Wang and Dr. Li met. They agreed.', ['Mr. Wang and Dr. Li met.', 'They agreed.']],
    ['He said: "We agree." Then he left.', ['He said: "We agree."', 'Then he left.']],
    ['Is it so? Yes! Indeed.', ['Is it so?', 'Yes!', 'Indeed.']],
    ['1. Political diplomatic cooperation', ['1. Political diplomatic cooperation']],
    ['in Xian, respectively, Foreign Minister. of Uzbekistan met.', ['in Xian, respectively, Foreign Minister. of Uzbekistan met.']],
    ['traditional medicine in Central Asia.All parties reiterate that.', ['traditional medicine in Central Asia.', 'All parties reiterate that.']],
    ['(June 8, 2022, Nur Sudan) The parties met.', ['(June 8, 2022, Nur Sudan) The parties met.']],
    ['The parties met (in Astana). They agreed.', ['The parties met (in Astana).', 'They agreed.']],
    ['Trade grew by 12.5 percent in 2022. It will grow.', ['Trade grew by 12.5 percent in 2022.', 'It will grow.']],
    ['See e.g. the report. It is long.', ['See e.g. the report.', 'It is long.']],
    ['  Leading and trailing space.  ', ['Leading and trailing space.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(texts(text, 'en')).toEqual(expected);
  });

  it('every example in data/abbreviations.json splits as stated', () => {
    const data = JSON.parse(readFileSync(join(repoRoot, 'src', 'segment', 'data', 'abbreviations.json'), 'utf8')) as {
      abbreviations: string[];
      examples: Array<{ text: string; sentences: string[] }>;
    };
    expect(new Set(data.abbreviations).size).toBe(data.abbreviations.length);
    for (const a of data.abbreviations) expect(a.endsWith('.'), a).toBe(true);
    for (const e of data.examples) expect(texts(e.text, 'en')).toEqual(e.sentences);
  });
});

describe('paragraph numbering', () => {
  const cases: Array<[string, string | undefined]> = [
    ['一、各方一致认为', '一、'],
    ['十一、各方感谢中方', '十一、'],
    ['（三）加强合作', '（三）'],
    ['(2) cooperation', '(2)'],
    ['1. Political diplomatic cooperation', '1.'],
    ['2.3. Transport', '2.3.'],
    ['3) Transport', '3)'],
    ['First, work together to defeat the epidemic.', 'First,'],
    ['Fourth, ecology, environmental protection', 'Fourth,'],
    ['Seven, humanities cooperation', 'Seven,'],
    ['2020年7月16日，中华人民共和国', undefined],
    ['3.5 percent growth', undefined],
    ['2022. The year of', undefined],
    ['——推进贸易畅通合作。', undefined],
    ['Firstly they met', undefined],
  ];
  it.each(cases)('%s → %s', (text, numbering) => {
    expect(paragraphNumbering(text)).toBe(numbering);
  });
});

describe('paragraphs', () => {
  it('one paragraph a line, with or without blank lines', () => {
    expect(paragraphConvention('一、甲。\n二、乙。\n三、丙。')).toBe('line');
    expect(paragraphConvention('First para.\n\nSecond para.\n\nThird.')).toBe('line');
    const doc = { text: '标题\n一、各方同意。中方欢迎。\n二、各方感谢。', language: 'zh' as const };
    expect(segmentParagraphs(doc).map((p) => [p.text, p.numbering, p.sentences.length])).toEqual([
      ['标题', undefined, 1],
      ['一、各方同意。中方欢迎。', '一、', 2],
      ['二、各方感谢。', '二、', 1],
    ]);
  });

  it('hard-wrapped blocks separated by blank lines', () => {
    const text = 'The parties met in Astana and\nagreed to deepen cooperation in\ntrade.\n\nThey thanked the host for\nthe warm welcome.';
    expect(paragraphConvention(text)).toBe('block');
    const paragraphs = segmentParagraphs({ text, language: 'en' });
    expect(paragraphs.map((p) => p.text)).toEqual([
      'The parties met in Astana and\nagreed to deepen cooperation in\ntrade.',
      'They thanked the host for\nthe warm welcome.',
    ]);
  });

  it('flags a mixed-language paragraph', () => {
    const doc = { text: '各方同意 The parties agreed to strengthen cooperation in trade and investment 加强合作。', language: 'zh' as const };
    expect(segmentParagraphs(doc)[0].mixed).toBe(true);
  });
});

describe('offsets on every seed', () => {
  for (const s of seeds) {
    it(`${s.id}: paragraph and sentence texts are exact slices, in order, covering the text`, () => {
      const doc = normalizeDocument(s.text, { language: s.language });
      const paragraphs = segmentParagraphs(doc);
      expect(paragraphs.length).toBeGreaterThan(5);
      let last = 0;
      for (const p of paragraphs) {
        expect(p.text).toBe(doc.text.slice(p.start, p.end));
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(doc.text.slice(last, p.start).trim()).toBe('');
        last = p.end;
        let inner = p.start;
        for (const sentence of p.sentences) {
          expect(sentence.text).toBe(doc.text.slice(sentence.start, sentence.end));
          expect(doc.text.slice(inner, sentence.start).trim()).toBe('');
          inner = sentence.end;
        }
        expect(inner).toBe(p.end);
      }
      expect(doc.text.slice(last).trim()).toBe('');
    });
  }

  it('finds the numbered points of the seeds', () => {
    const numbering = (id: string) => {
      const s = seeds.find((x) => x.id === id)!;
      return segmentParagraphs(normalizeDocument(s.text, { language: s.language }))
        .map((p) => p.numbering)
        .filter(Boolean);
    };
    expect(numbering('2024-12-01-statement-zh')).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、']);
    expect(numbering('2020-07-16-report-en')).toEqual(['First,', 'Second,', 'Third,', 'Fourth,']);
    expect(numbering('2022-06-08-statement-en')).toEqual(['1.', '2.', '3.', 'Fourth,', '5.', '6.', 'Seven,', '8.']);
  });
});
