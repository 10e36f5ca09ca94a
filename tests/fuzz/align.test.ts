// Fuzzing the aligner with hostile segments: no crash, every segment in exactly one bead, in
// order, scores in [0, 1]; the same for paragraphs and sentences of alignDocuments.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignDocuments, alignSegments } from '../../src/align/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import { segmentParagraphs } from '../../src/segment/index.js';
import type { Bead } from '../../src/types.js';
import { RUNS, hostileSegments, hostileText } from './arbitraries.js';

/** Every index of both sides once, in increasing order; scores are numbers in [0, 1]. */
function expectCover(beads: Bead[], zhCount: number, enCount: number): void {
  const zh = beads.flatMap((b) => b.zh);
  const en = beads.flatMap((b) => b.en);
  expect(zh).toEqual(Array.from({ length: zhCount }, (_, i) => i));
  expect(en).toEqual(Array.from({ length: enCount }, (_, i) => i));
  for (const b of beads) {
    expect(b.zh.length + b.en.length).toBeGreaterThan(0);
    expect(Number.isFinite(b.score)).toBe(true);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

describe('alignSegments on hostile segments', () => {
  it('covers every segment once, in order, with scores in [0, 1]', () => {
    fc.assert(
      fc.property(hostileSegments(), hostileSegments(), fc.integer({ min: 1, max: 4 }), (zh, en, maxBead) => {
        expectCover(alignSegments(zh, en, { maxBead }), zh.length, en.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('alignDocuments on hostile documents', () => {
  it('covers every paragraph and every sentence once, in every mode', () => {
    fc.assert(
      fc.property(hostileText(40), hostileText(40), fc.constantFrom('auto' as const, 'translation' as const, 'comparable' as const), (zhText, enText, mode) => {
        const zh = segmentParagraphs(normalizeDocument(zhText, { language: 'zh' }));
        const en = segmentParagraphs(normalizeDocument(enText, { language: 'en' }));
        const alignment = alignDocuments(zh, en, { mode });
        expectCover(alignment.paragraphs, zh.length, en.length);
        const zhSentences = zh.reduce((n, p) => n + p.sentences.length, 0);
        const enSentences = en.reduce((n, p) => n + p.sentences.length, 0);
        expectCover(alignment.sentences, zhSentences, enSentences);
        expect(alignment.linkedShare).toBeGreaterThanOrEqual(0);
        expect(alignment.linkedShare).toBeLessThanOrEqual(1);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
