// Fuzzing normalise and segment with hostile Unicode: no crash, every offset in range, every
// segment's text exactly the slice its offsets name, offsets map back into the source.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeDocument, toSourceOffset } from '../../src/normalize/index.js';
import { segmentParagraphs, splitSentences } from '../../src/segment/index.js';
import type { NormalizedDocument } from '../../src/types.js';
import { RUNS, hostileText, language } from './arbitraries.js';

function expectOffsetMapInRange(source: string, doc: NormalizedDocument): void {
  let norm = 0;
  for (const run of doc.offsets) {
    expect(run.length).toBeGreaterThanOrEqual(0);
    expect(run.norm).toBeGreaterThanOrEqual(norm);
    expect(run.norm + run.length).toBeLessThanOrEqual(doc.text.length);
    expect(run.src).toBeGreaterThanOrEqual(0);
    expect(run.src + run.length).toBeLessThanOrEqual(source.length);
    norm = run.norm;
  }
  for (let n = 0; n <= doc.text.length; n += Math.max(1, doc.text.length >> 4)) {
    const s = toSourceOffset(doc.offsets, n);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(source.length);
  }
}

function expectSegmentsExact(text: string, segments: Array<{ text: string; start: number; end: number }>): void {
  let at = 0;
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    at = s.end;
  }
}

describe('normalise on hostile text', () => {
  it('never throws, its offsets stay inside both texts, the removed blocks name real lines', () => {
    fc.assert(
      fc.property(hostileText(), language, fc.boolean(), (text, lang, keepBoilerplate) => {
        const doc = normalizeDocument(text, { language: lang, keepBoilerplate });
        expect(typeof doc.text).toBe('string');
        expectOffsetMapInRange(text, doc);
        const lines = text.split(/\r\n|\r|\n/).length; // removed blocks count a lone \r as a line break
        for (const b of doc.removed) {
          expect(b.startLine).toBeGreaterThanOrEqual(1);
          expect(b.endLine).toBeGreaterThanOrEqual(b.startLine);
          expect(b.endLine).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('detects the language by itself without throwing', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        expect(['zh', 'en', 'other']).toContain(normalizeDocument(text).language);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('segment on hostile text', () => {
  it('paragraphs and their sentences are exact slices of the normalised text, in order', () => {
    fc.assert(
      fc.property(hostileText(), language, (text, lang) => {
        const doc = normalizeDocument(text, { language: lang });
        const paragraphs = segmentParagraphs(doc);
        expectSegmentsExact(doc.text, paragraphs);
        for (const p of paragraphs) {
          expectSegmentsExact(doc.text, p.sentences);
          for (const s of p.sentences) {
            expect(s.start).toBeGreaterThanOrEqual(p.start);
            expect(s.end).toBeLessThanOrEqual(p.end);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('splitSentences gives exact slices of any raw text', () => {
    fc.assert(
      fc.property(hostileText(), fc.constantFrom('zh' as const, 'en' as const), (text, lang) => {
        expectSegmentsExact(text, splitSentences(text, lang));
      }),
      { numRuns: RUNS },
    );
  });
});
