// alignDocuments: the hierarchy covers every paragraph and every sentence exactly once, in
// order, whatever the input; comparable mode leaves no weak link; numbering anchors.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { alignDocuments, unlinkWeakBeads } from '../../src/align/index.js';
import { numberingAnchors, paragraphNumber } from '../../src/align/numbering.js';
import type { Bead, Paragraph } from '../../src/types.js';

function paragraph(sentences: string[], language: 'zh' | 'en'): Paragraph {
  const text = sentences.join(language === 'zh' ? '' : ' ');
  let at = 0;
  return {
    text,
    start: 0,
    end: text.length,
    language,
    sentences: sentences.map((s) => {
      const start = text.indexOf(s, at);
      at = start + s.length;
      return { text: s, start, end: at };
    }),
  };
}

/** Each index 0..count-1 appears exactly once over the beads' `side`, in increasing order. */
function expectCoverage(beads: Bead[], side: 'zh' | 'en', indices: number[]): void {
  expect(beads.flatMap((b) => b[side])).toEqual(indices);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

const zhSentence = fc.string({ unit: fc.constantFrom(...'中国亚各方合作发展安全和平经济会议。'), minLength: 1, maxLength: 30 });
const enSentence = fc.string({ unit: fc.constantFrom(...'abcdefg hijk China Asia peace, 2020.'), minLength: 1, maxLength: 80 });
const zhDoc = fc.array(fc.array(zhSentence, { minLength: 1, maxLength: 4 }), { maxLength: 12 });
const enDoc = fc.array(fc.array(enSentence, { minLength: 1, maxLength: 4 }), { maxLength: 12 });

describe('alignDocuments covers both documents exactly once, in order', () => {
  for (const mode of ['translation', 'comparable', 'auto'] as const) {
    it(`mode ${mode}`, () => {
      fc.assert(
        fc.property(zhDoc, enDoc, (zhSentences, enSentences) => {
          const zh = zhSentences.map((s) => paragraph(s, 'zh'));
          const en = enSentences.map((s) => paragraph(s, 'en'));
          const a = alignDocuments(zh, en, { mode });
          expectCoverage(a.paragraphs, 'zh', range(0, zh.length));
          expectCoverage(a.paragraphs, 'en', range(0, en.length));
          const zhFirst = [0];
          for (const p of zh) zhFirst.push(zhFirst[zhFirst.length - 1] + p.sentences.length);
          const enFirst = [0];
          for (const p of en) enFirst.push(enFirst[enFirst.length - 1] + p.sentences.length);
          for (const bead of a.paragraphs) {
            // The sentence beads of a paragraph group cover exactly that group's sentences.
            expectCoverage(bead.sentences, 'zh', bead.zh.flatMap((p) => range(zhFirst[p], zhFirst[p + 1])));
            expectCoverage(bead.sentences, 'en', bead.en.flatMap((p) => range(enFirst[p], enFirst[p + 1])));
          }
          expect(a.sentences).toEqual(a.paragraphs.flatMap((p) => p.sentences));
          for (const b of [...a.paragraphs, ...a.sentences]) {
            expect(b.score).toBeGreaterThanOrEqual(0);
            expect(b.score).toBeLessThanOrEqual(1);
            expect(b.zh.length + b.en.length).toBeGreaterThan(0);
          }
          if (a.mode === 'comparable') {
            for (const b of [...a.paragraphs, ...a.sentences]) if (b.zh.length && b.en.length) expect(b.score).toBeGreaterThanOrEqual(0.5);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('gives all-unmatched beads for a one-sided or empty pair, not an error', () => {
    const en = [paragraph(['One.', 'Two.'], 'en'), paragraph(['Three.'], 'en')];
    const a = alignDocuments([], en);
    expect(a.paragraphs.map((b) => [b.zh, b.en])).toEqual([[[], [0]], [[], [1]]]);
    expect(a.sentences.map((b) => [b.zh, b.en])).toEqual([[[], [0]], [[], [1]], [[], [2]]]);
    expect(alignDocuments([], []).paragraphs).toEqual([]);
  });
});

describe('unlinkWeakBeads', () => {
  const cases: Array<{ name: string; beads: Bead[]; expected: Bead[] }> = [
    { name: 'keeps a confident link', beads: [{ zh: [0], en: [0], score: 0.8 }], expected: [{ zh: [0], en: [0], score: 0.8 }] },
    {
      name: 'splits a weak 2-1 link into three unmatched beads, Chinese first',
      beads: [{ zh: [3, 4], en: [7], score: 0.25 }],
      expected: [
        { zh: [3], en: [], score: 0.75 },
        { zh: [4], en: [], score: 0.75 },
        { zh: [], en: [7], score: 0.75 },
      ],
    },
    { name: 'leaves unmatched beads alone', beads: [{ zh: [], en: [2], score: 0.1 }], expected: [{ zh: [], en: [2], score: 0.1 }] },
  ];
  for (const c of cases) it(c.name, () => expect(unlinkWeakBeads(c.beads, 0.5)).toEqual(c.expected));
});

describe('paragraph numbering anchors', () => {
  const numbers: Array<[string, number | undefined]> = [
    ['一、各方一致认为', 1],
    ['十一、各方感谢中方', 11],
    ['二十三、', 23],
    ['  3. Cooperation in the field of transportation', 3],
    ['Seven, humanities cooperation', 7],
    ['Fourth, strengthen multilateral cooperation', 4],
    ['2020年7月16日', undefined],
    ['2.5 million tonnes', undefined],
    ['Firstly the ministers', undefined],
  ];
  for (const [text, n] of numbers) it(`reads ${JSON.stringify(text)} as ${n}`, () => expect(paragraphNumber({ text })).toBe(n));

  it('anchors two documents numbered alike, paragraph by paragraph', () => {
    const zh = ['序言。', '一、甲。', '乙。', '二、丙。', '三、丁。'].map((t) => paragraph([t], 'zh'));
    const en = ['Preamble.', '1. A.', '2. C.', 'D more.', '3. E.'].map((t) => paragraph([t], 'en'));
    expect(numberingAnchors(zh, en)).toEqual([[1, 1], [3, 2], [4, 4]]);
  });

  it('does not anchor a report whose own list numbers differently (comparable text)', () => {
    const zh = ['一、甲。', '二、乙。', '三、丙。'].map((t) => paragraph([t], 'zh'));
    const en = ['First, a.', 'Second, b.'].map((t) => paragraph([t], 'en'));
    expect(numberingAnchors(zh, en)).toEqual([]);
  });

  it('never links across an anchor', () => {
    const zh = ['一、各方同意。', '这是很长的一段补充说明，内容很多很多很多很多很多。', '二、各方欢迎。'].map((t) => paragraph([t], 'zh'));
    const en = ['1. The parties agreed.', '2. The parties welcomed this and a very long explanation follows here.'].map((t) =>
      paragraph([t], 'en'),
    );
    const a = alignDocuments(zh, en, { mode: 'translation' });
    for (const b of a.paragraphs) expect(b.zh.includes(2) && b.en.includes(0)).toBe(false);
    // Without the anchor the length model merges 一's long addendum with 二 ([1,2]:[1]).
    const second = a.paragraphs.find((b) => b.zh.includes(2));
    expect(second?.zh).toEqual([2]);
    expect(second?.en).toEqual([1]);
  });
});

describe('the package entry', () => {
  it('exports alignDocuments and alignSegments', async () => {
    const api = await import('../../src/index.js');
    const zh = [paragraph(['各方同意加强合作。'], 'zh')];
    const en = [paragraph(['The parties agreed to strengthen cooperation.'], 'en')];
    expect(api.alignDocuments(zh, en, { mode: 'translation' }).paragraphs.map((b) => [b.zh, b.en])).toEqual([[[0], [0]]]);
    expect(api.alignSegments(['甲。', '乙。'], []).map((b) => [b.zh, b.en])).toEqual([[[0], []], [[1], []]]);
    expect(typeof api.pairDocuments).toBe('function');
  });
});
