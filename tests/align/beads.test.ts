// The bead search: invariants on random input (every segment in exactly one bead, in order,
// scores in [0, 1]), empty and one-sided documents, the length model, and small hand-made
// parallel texts whose right alignment is known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/types.js';
import {
  alignSegments,
  beadShapes,
  estimateLengthModel,
  lengthCost,
  segmentLength,
} from '../../src/align/beads/index.js';

/** The default largest side of a bead: that of the default shapes. */
const DEFAULT_LARGEST_SIDE = Math.max(...beadShapes().map((shape) => Math.max(shape.zh, shape.en)));

/** Throws unless the beads cover 0..n-1 and 0..m-1 exactly once each, in order. */
function expectCoverage(beads: Bead[], n: number, m: number, maxBead = DEFAULT_LARGEST_SIDE): void {
  let nextZh = 0;
  let nextEn = 0;
  for (const bead of beads) {
    expect(bead.zh.length + bead.en.length).toBeGreaterThan(0);
    expect(Math.max(bead.zh.length, bead.en.length)).toBeLessThanOrEqual(maxBead);
    for (const i of bead.zh) expect(i).toBe(nextZh++);
    for (const j of bead.en) expect(j).toBe(nextEn++);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
  expect(nextZh).toBe(n);
  expect(nextEn).toBe(m);
}

const key = (bead: Bead): string => `${bead.zh.join(',')}:${bead.en.join(',')}`;

// Hand-written statements (not from any gold data) and their translations, sentence by sentence.
const ZH = [
  '中华人民共和国外交部长王毅于2020年7月16日同中亚五国外长举行视频会议。',
  '各方同意加强在抗击新冠肺炎疫情方面的合作。',
  '会议在杜尚别举行。',
  '双方高度评价两国关系的发展。',
  '各方愿意扩大贸易和投资。',
  '下一次会议将于明年举行。',
];
const EN = [
  'On 16 July 2020, Foreign Minister Wang Yi of the People’s Republic of China held a video meeting with the foreign ministers of the five Central Asian countries.',
  'All sides agreed to strengthen cooperation in fighting the COVID-19 epidemic.',
  'The meeting was held in Dushanbe.',
  'The two sides spoke highly of the development of bilateral relations.',
  'All parties are willing to expand trade and investment.',
  'The next meeting will be held next year.',
];

describe('alignSegments invariants', () => {
  const segment = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...ZH),
    fc.constantFrom(...EN),
  );

  it('covers every segment exactly once, in order, with scores in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 25 }),
        fc.array(segment, { maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        (zh, en, maxBead) => {
          expectCoverage(alignSegments(zh, en, { maxBead }), zh.length, en.length, maxBead);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the invariants with a narrow band that must widen', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 60 }), fc.array(segment, { maxLength: 60 }), (zh, en) => {
        expectCoverage(alignSegments(zh, en, { bandWidth: 2 }), zh.length, en.length);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    { zh: [], en: [], expected: [] },
    { zh: ['一', '二'], en: [], expected: ['0:', '1:'] },
    { zh: [], en: ['one', '', 'three'], expected: [':0', ':1', ':2'] },
  ])('gives all-unmatched beads for $zh.length × $en.length segments', ({ zh, en, expected }) => {
    const beads = alignSegments(zh, en);
    expect(beads.map(key)).toEqual(expected);
    for (const bead of beads) expect(bead.score).toBeLessThanOrEqual(0.5);
  });

  it('keeps blank segments, each in exactly one bead', () => {
    const zh = [ZH[0], '', ZH[1], ZH[2]];
    const en = [EN[0], EN[1], '', EN[2]];
    expectCoverage(alignSegments(zh, en), zh.length, en.length);
  });

  it('covers a long document (the band is widened or guided, never the whole matrix)', () => {
    const zh = Array.from({ length: 150 }, () => ZH).flat();
    const en = Array.from({ length: 150 }, () => EN).flat();
    const beads = alignSegments(zh, en);
    expectCoverage(beads, zh.length, en.length);
    const oneToOne = beads.filter((b) => b.zh.length === 1 && b.en.length === 1 && b.zh[0] === b.en[0]).length;
    expect(oneToOne / zh.length).toBeGreaterThan(0.95);
  });
});

describe('alignSegments on a small parallel text', () => {
  it('links each sentence to its translation with high confidence', () => {
    const beads = alignSegments(ZH, EN);
    expect(beads.map(key)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5']);
    for (const bead of beads) expect(bead.score).toBeGreaterThan(0.5);
  });

  it('joins an English sentence split in two into a 1-2 bead', () => {
    const en = [EN[0], EN[1], 'The meeting was held', 'in Dushanbe.', EN[3], EN[4], EN[5]];
    expect(alignSegments(ZH, en).map(key)).toEqual(['0:0', '1:1', '2:2,3', '3:4', '4:5', '5:6']);
  });

  it('leaves an English sentence with no counterpart unmatched', () => {
    const en = [EN[0], EN[1], EN[2], 'Tajikistan thanked all delegations for their hospitality and support.', EN[3], EN[4], EN[5]];
    const beads = alignSegments(ZH, en).map(key);
    expect(beads).toContain('0:0');
    expect(beads).toContain('5:6');
    expect(beads).not.toContain('3:3');
  });

  it('respects --max-bead 1 (only 1-1, 1-0 and 0-1)', () => {
    const en = [EN[0], EN[1], 'The meeting was held', 'in Dushanbe.', EN[3], EN[4], EN[5]];
    const beads = alignSegments(ZH, en, { maxBead: 1 });
    expectCoverage(beads, ZH.length, en.length, 1);
  });

  it('uses extra lexicon entries (the glossary)', () => {
    const zh = ['阿斯塔纳会晤很成功。'];
    const en = ['The Nur-Sultan summit was a success.'];
    const withEntry = alignSegments(zh, en, { extraLexicon: [{ zh: ['阿斯塔纳'], en: ['Nur-Sultan'] }] });
    expect(withEntry[0].score).toBeGreaterThan(alignSegments(zh, en)[0].score);
  });
});

describe('bead shapes', () => {
  it.each([
    { maxBead: 1, shapes: ['1-1', '1-0', '0-1'] },
    { maxBead: 2, shapes: ['1-1', '1-0', '0-1', '1-2', '2-1', '2-2'] },
  ])('maxBead $maxBead allows $shapes', ({ maxBead, shapes }) => {
    expect(beadShapes(maxBead).map((s) => `${s.zh}-${s.en}`)).toEqual(shapes);
  });

  it('includes 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, 1-5 and 5-1 by default, 1-6 only when asked', () => {
    const shapes = beadShapes().map((s) => `${s.zh}-${s.en}`);
    for (const shape of ['1-3', '3-1', '2-3', '3-2', '1-4', '4-1', '1-5', '5-1']) expect(shapes).toContain(shape);
    expect(shapes).not.toContain('1-6');
    expect(beadShapes(4).map((s) => `${s.zh}-${s.en}`)).not.toContain('1-5');
    expect(beadShapes(6).map((s) => `${s.zh}-${s.en}`)).toContain('1-6');
  });

  it('finds a 1-6 bead when --max-bead allows it', () => {
    const zh = [ZH[0], '会议在杜尚别举行，双方高度评价两国关系的发展，各方愿意扩大贸易和投资，下一次会议将于明年举行，各方同意加强合作，会议很成功。', ZH[5]];
    const en = [EN[0], EN[2], EN[3], EN[4], EN[5], EN[1], 'The meeting was a success.', EN[5]];
    expect(alignSegments(zh, en, { maxBead: 6 }).map(key)).toContain('1:1,2,3,4,5,6');
  });
});

describe('length model', () => {
  it.each([
    { text: 'a b  c', length: 3 },
    { text: '会议 在 杜尚别', length: 6 },
    { text: '', length: 0 },
    { text: '\u3000会议\u00a0\u2028\ufeff', length: 2 },
    { text: '😀 𠀀\ud800 x\udc00', length: 5 },
  ])('counts non-space characters of "$text"', ({ text, length }) => {
    expect(segmentLength(text)).toBe(length);
  });

  it('counts what /\\s/u does not match, code point by code point, for any string', () => {
    const spaces = [' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085'];
    const pieces = fc.oneof(fc.constantFrom(...spaces), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(pieces).map((parts) => parts.join('')), (text) => {
        expect(segmentLength(text)).toBe([...text].filter((c) => !/\s/u.test(c)).length);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('estimates the ratio from the two documents', () => {
    expect(estimateLengthModel([10, 20], [30, 60]).ratio).toBeCloseTo(3);
    expect(estimateLengthModel([0], [5]).ratio).toBe(3); // fallback when a side is empty
  });

  // ratio 3, σ 0.5, smoothing 4 characters (12 English): cost = ½ (ln((en+12)/(3·zh+12)) / σ)²
  it.each([
    { zh: 10, en: 30, cost: 0 },
    { zh: 10, en: 60, cost: 0.581 }, // ln(72/42) = 0.539
    { zh: 10, en: 10, cost: 0.836 }, // ln(22/42) = −0.647
    { zh: 0, en: 0, cost: 0 },
  ])('costs $zh zh ↔ $en en characters at $cost', ({ zh, en, cost }) => {
    expect(lengthCost(zh, en, { ratio: 3, sigma: 0.5, smoothing: 4 })).toBeCloseTo(cost, 3);
  });

  it('grows with the deviation from the expected length', () => {
    const model = { ratio: 3, sigma: 0.5, smoothing: 4 };
    const costs = [30, 40, 60, 90].map((en) => lengthCost(10, en, model));
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
  });
});
