// The bead search's pluggable scorer, its second pass (anchors kept, beads in order between
// them), the lexicon it learns from the pair, and the alignment context that owns the memos.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignSegments,
  alignSegmentsWithFeatures,
  DEFAULT_WEIGHTS,
  type ScorerFactory,
  type SegmentScorer,
} from '../../src/align/beads/index.js';
import { analyseSegments } from '../../src/align/beads/lexical.js';
import { LexicalScorer, lexicalScorer } from '../../src/align/beads/lexical-scorer.js';
import { firstPass, secondPass, settingsFor } from '../../src/align/beads/passes.js';
import { AlignmentContext } from '../../src/align/context.js';
import { chineseTokens, clearTextMemos, loadLexicon } from '../../src/align/lexicon/index.js';
import type { Bead } from '../../src/types.js';

const key = (b: Bead): string => `${b.zh.join(',')}:${b.en.join(',')}`;

/** A toy scorer: a Chinese and an English segment correspond when they carry the same digit. */
const sameDigit: ScorerFactory = (zh, en) => {
  const digits = (texts: readonly string[]) => texts.map((t) => /\d/.exec(t)?.[0] ?? '');
  const zhDigits = digits(zh);
  const enDigits = digits(en);
  const scorer: SegmentScorer = {
    incomplete: 0,
    prepare: () => {},
    similarity(i0, zhCount, j0, enCount) {
      let hits = 0;
      for (let i = i0; i < i0 + zhCount; i += 1) for (let j = j0; j < j0 + enCount; j += 1) if (zhDigits[i] && zhDigits[i] === enDigits[j]) hits += 1;
      return hits / Math.max(zhCount, enCount);
    },
    coarse: () => scorer,
  };
  return scorer;
};

describe('a scorer passed through the options', () => {
  // Lengths put the two short English segments with the short Chinese ones; the digits say otherwise.
  const zh = ['第1段。', '第2段。', '第3段文字很长很长很长很长。'];
  const en = ['Part 1.', 'Part 1 again.', 'Part 2.', 'Part 3 is a longer text.'];

  it('changes the beads', () => {
    const lengthOnly = alignSegments(zh, en, { lengthOnly: true }).map(key);
    const toy = alignSegments(zh, en, { scorer: sameDigit }).map(key);
    expect(toy).toEqual(['0:0,1', '1:2', '2:3']);
    expect(toy).not.toEqual(lengthOnly);
  });
});

describe('the second pass', () => {
  const ZH = ['韦小宝笑道：“好！”', '男孩点了点头。', '韦小宝扑将过去。', '两人同时跌倒。', '韦小宝站了起来。', '男孩又笑了。'];
  const EN = ["'Good!' said Trinket.", 'The boy nodded.', 'Trinket sprang forward.', 'The two of them fell.', 'Trinket stood up.', 'The boy laughed again.'];

  it('keeps every anchor as a bead and every bead in order, with scores in [0, 1]', () => {
    const text = fc.constantFrom(...ZH, ...EN, '', '他说。', 'He said.');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.array(text, { maxLength: 30 }), (zh, en) => {
        const scored = alignSegmentsWithFeatures(zh, en);
        let i = 0;
        let j = 0;
        for (const { bead } of scored) {
          for (const k of bead.zh) expect(k).toBe(i++);
          for (const k of bead.en) expect(k).toBe(j++);
          expect(bead.score).toBeGreaterThanOrEqual(0);
          expect(bead.score).toBeLessThanOrEqual(1);
        }
        expect([i, j]).toEqual([zh.length, en.length]);
        for (const { bead, anchor } of scored) if (anchor) expect([bead.zh.length, bead.en.length]).toEqual([1, 1]);
      }),
      { numRuns: 80, seed: 11 },
    );
  });

  it('keeps every anchor of the first pass as a bead of the second', () => {
    const zh = Array.from({ length: 6 }, () => ZH).flat();
    const en = Array.from({ length: 6 }, () => EN).flat();
    en.splice(7, 0, 'An extra sentence with no counterpart.');
    const scorer = lexicalScorer(new AlignmentContext())(zh, en);
    const settings = settingsFor(4, DEFAULT_WEIGHTS);
    const first = firstPass(zh, en, settings, scorer);
    const second = secondPass(zh, en, settings, scorer, first);
    expect(second).toBeDefined();
    expect(second!.anchors.length).toBeGreaterThan(10);
    const kept = new Set(second!.result.steps.map((s) => `${s.i0}:${s.j0}:${s.shape.zh}:${s.shape.en}`));
    for (const a of second!.anchors) expect(kept.has(`${a.i0}:${a.j0}:1:1`)).toBe(true);
    // Anchors are in order on both sides.
    for (let k = 1; k < second!.anchors.length; k += 1) {
      expect(second!.anchors[k].i0).toBeGreaterThan(second!.anchors[k - 1].i0);
      expect(second!.anchors[k].j0).toBeGreaterThan(second!.anchors[k - 1].j0);
    }
  });

  it('learns a name no dictionary holds from the confident beads (韦小宝 ↔ Trinket)', () => {
    const zh = Array.from({ length: 8 }, () => ZH).flat();
    const en = Array.from({ length: 8 }, () => EN).flat();
    const first = new LexicalScorer(analyseSegments(zh, en, loadLexicon()));
    const beads = zh.map((_, k) => ({ i0: k, zhCount: 1, j0: k, enCount: 1 }));
    const second = first.learn(beads, DEFAULT_WEIGHTS.learning);
    expect(second).toBeDefined();
    const band = { lo: new Int32Array(zh.length + 1), hi: new Int32Array(zh.length + 1).fill(en.length) };
    first.prepare(band, 4);
    second!.prepare(band, 4);
    // 韦小宝扑将过去 ↔ Trinket sprang forward: the name is matched only once learnt.
    expect(second!.similarity(2, 1, 2, 1)).toBeGreaterThan(first.similarity(2, 1, 2, 1));
    // Unrelated sentences gain nothing.
    expect(second!.similarity(1, 1, 3, 1)).toBe(first.similarity(1, 1, 3, 1));
  });

  it('gives byte-identical beads for the same input', () => {
    const zh = Array.from({ length: 5 }, () => ZH).flat();
    const en = Array.from({ length: 5 }, () => EN).flat();
    expect(JSON.stringify(alignSegments(zh, en))).toBe(JSON.stringify(alignSegments(zh, en)));
  });
});

describe('AlignmentContext', () => {
  it('owns its text memo: analyses are shared inside a context, not across contexts, and survive clearTextMemos', () => {
    const text = '王毅在杜尚别会见了塔吉克斯坦总统。';
    const a = new AlignmentContext();
    const b = new AlignmentContext();
    const first = chineseTokens(text, a.lexicon, a.memo);
    expect(chineseTokens(text, a.lexicon, a.memo)).toBe(first);
    expect(chineseTokens(text, b.lexicon, b.memo)).not.toBe(first);
    clearTextMemos();
    expect(chineseTokens(text, a.lexicon, a.memo)).toBe(first);
    a.clear();
    const again = chineseTokens(text, a.lexicon, a.memo);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('carries the glossary into the bead search', () => {
    const zh = ['各方在阿斯塔纳举行会议。'];
    const en = ['The parties met in Nur-Sultan.'];
    const context = new AlignmentContext({ extraLexicon: [{ zh: ['阿斯塔纳'], en: ['Nur-Sultan'] }] });
    const [withGlossary] = alignSegments(zh, en, { context });
    const [without] = alignSegments(zh, en);
    expect(withGlossary.score).toBeGreaterThan(without.score);
  });
});
