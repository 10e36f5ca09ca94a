// Traditional → Simplified: what is converted (per document, paragraph and line), which
// variant's tables convert it (Taiwan, Hong Kong, standard), 著 in Taiwan's writing, Taiwan
// vocabulary behind its option; and the data behind the decisions, checked against the
// character sets and OpenCC's own tables.
import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDocument } from '../../src/normalize/index.js';
import { countVariantMarkers, detectVariant, particleZhe, VariantsSchema } from '../../src/normalize/variants.js';
import { countScriptCharacters, openccToSimplified } from '../../src/corpus/index.js';
import { big5Han, gb2312Han } from '../../src/corpus/charsets.js';
import { repoRoot } from '../helpers/cli.js';

/** One of opencc-js's dictionaries as [from, to…] pairs. */
async function openccDict(name: string): Promise<string[][]> {
  const module = (await import(`opencc-js/dict/${name}`)) as { default: string };
  return module.default.split('|').map((p) => p.split(' '));
}

const zh = (text: string, taiwanVocabulary = false) =>
  normalizeDocument(text, { language: 'zh', keepBoilerplate: true, taiwanVocabulary }).text;

describe('what is converted', () => {
  it('converts a line whose only telling character is one GB2312 also holds (後), alone or in a document', () => {
    expect(zh('然後又出去。')).toBe('然后又出去。');
    expect(zh('我們說了很久。\n然後又出去。\n於是天黑了。')).toBe('我们说了很久。\n然后又出去。\n于是天黑了。');
  });

  it('converts lines that tell nothing by themselves in a Traditional document, not in a Simplified one', () => {
    expect(zh('會議取得成果。\n他看著我。')).toBe('会议取得成果。\n他看着我。');
    expect(zh('会议取得成果。\n於先生看著我。')).toBe('会议取得成果。\n於先生看著我。');
  });

  it('leaves a Simplified paragraph in a Traditional document alone, 显著 included', () => {
    expect(zh('兩國關係發展順利。\n\n取得显著成果，乾隆年间的文献。\n\n雙方同意。')).toBe(
      '两国关系发展顺利。\n\n取得显著成果，乾隆年间的文献。\n\n双方同意。',
    );
  });

  it('converts only the Traditional characters of a clause that mixes both', () => {
    expect(zh('中國的显著成果')).toBe('中国的显著成果');
    expect(zh('国家發展，取得显著成果。')).toBe('国家发展，取得显著成果。');
  });

  it('never changes a Simplified document', () => {
    const text = '他说什么也不肯走。乾隆年间，这里已是商埠。哪吒是神话人物。於先生看着我。';
    expect(zh(text)).toBe(text);
  });
});

describe('variants', () => {
  it('tells Taiwan, Hong Kong and standard Traditional apart by their own forms', () => {
    expect(detectVariant('這裡的麵很好吃')).toBe('taiwan');
    expect(detectVariant('他説衞生很重要')).toBe('hong-kong');
    expect(detectVariant('爲人民服務')).toBe('standard');
    expect(detectVariant('爲人民服務', true)).toBe('taiwan');
    expect(countVariantMarkers('裡説衞')).toEqual({ taiwan: 1, hongKong: 2 });
  });

  it("converts Taiwan's 著 to 着 where Simplified writes 着, and keeps it where Simplified writes 著", () => {
    expect(zh('他在這裡看著我，這部著作很著名，成果顯著。')).toBe('他在这里看着我，这部著作很著名，成果显著。');
    expect(zh('這裡的人執著於理想，穿著白衣，乘著白色的風。')).toBe('这里的人执着于理想，穿着白衣，乘着白色的风。');
    expect(zh('這裡的土著居民。')).toBe('这里的土著居民。');
  });

  it("converts Hong Kong's forms", () => {
    expect(zh('他説衞生很重要，温度很高。')).toBe('他说卫生很重要，温度很高。');
  });

  it('converts Taiwan vocabulary only when asked', () => {
    expect(zh('這裡的資訊網路支援軟體。')).toBe('这里的资讯网路支援软体。');
    expect(zh('這裡的資訊網路支援軟體。', true)).toBe('这里的信息网络支持软件。');
  });

  it('is idempotent on every example', () => {
    for (const text of ['他在這裡看著我。', '他説衞生很重要。', '這裡的資訊網路。', '然後又出去。'])
      for (const vocabulary of [false, true]) {
        const once = zh(text, vocabulary);
        expect(zh(once, vocabulary)).toBe(once);
      }
  });
});

describe('data/variants.json', () => {
  const data = VariantsSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'src', 'normalize', 'data', 'variants.json'), 'utf8')));

  it("derives the markers from opencc-js's Taiwan, Hong Kong and standard tables", async () => {
    const tw = await openccDict('TWVariantsRev');
    const hk = await openccDict('HKVariantsRev');
    const st = await openccDict('STCharacters');
    const stKeys = new Set(st.map((p) => p[0]));
    const stValues = new Set(st.flatMap((p) => p.slice(1)));
    const standardWrites = (c: string) => stValues.has(c) || (!stKeys.has(c) && gb2312Han().has(c));
    const twForms = new Set(tw.map((p) => p[0]));
    const hkForms = new Set(hk.map((p) => p[0]));
    expect([...twForms].filter((c) => !hkForms.has(c) && !standardWrites(c)).join('')).toBe(data.taiwan);
    expect([...hkForms].filter((c) => !twForms.has(c) && !standardWrites(c)).join('')).toBe(data.hongKong);
  });

  it('runs every example of the 著 words', () => {
    for (const [simplifiedWithZhu, expected] of data.zhuWords.examples) {
      const traditional = simplifiedWithZhu.replace(/着/g, '著');
      expect(particleZhe(traditional, simplifiedWithZhu.replace(/着/g, '著'))).toBe(expected);
    }
  });
});

describe('corpus/data/shared-han.json', () => {
  const shared = JSON.parse(readFileSync(join(repoRoot, 'src', 'corpus', 'data', 'shared-han.json'), 'utf8')) as {
    simplifiedAlsoWrites: Array<{ char: string; example: string }>;
    traditionalAlsoWrites: string;
  };
  const require = createRequire(import.meta.url);

  it('lists, of the characters both sets hold that OpenCC converts, those Simplified also writes', () => {
    const converters = (['t', 'hk', 'tw'] as const).map((from) => openccToSimplified(from));
    const converted = [...gb2312Han()].filter((c) => big5Han().has(c) && converters.some((f) => f(c) !== c));
    const listed = shared.simplifiedAlsoWrites.map((e) => e.char);
    for (const c of listed) expect(converted, c).toContain(c);
    // The rest are evidence of Traditional text.
    for (const c of converted.filter((x) => !listed.includes(x))) expect(countScriptCharacters(c).traditional, c).toBe(1);
    for (const c of listed) expect(countScriptCharacters(c), c).toMatchObject({ traditional: 0, simplified: 0 });
  });

  it('leaves every example alone in a Simplified document', () => {
    for (const { char, example } of shared.simplifiedAlsoWrites) {
      expect(example).toContain(char);
      expect(zh(`这是简体文件。\n${example}`)).toBe(`这是简体文件。\n${example}`);
    }
  });

  it("lists the characters only GB2312 has that OpenCC's Traditional writes too", async () => {
    const stKeys = new Set((await openccDict('STCharacters')).map((p) => p[0]));
    const variants = VariantsSchema.parse(require('../../src/normalize/data/variants.json'));
    const markers = new Set([...variants.taiwan, ...variants.hongKong]);
    const expected = [...gb2312Han()].filter((c) => !big5Han().has(c) && (!stKeys.has(c) || markers.has(c))).join('');
    expect(shared.traditionalAlsoWrites).toBe(expected);
    expect(countScriptCharacters('着温')).toMatchObject({ simplified: 0 });
  });
});
