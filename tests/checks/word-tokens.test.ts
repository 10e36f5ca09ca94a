// The word scanner the repetition and phrase checks share is a faster form of one regular
// expression: tied to it by a property test over strings of the characters that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../src/checks/words.js';

const byRegExp = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));

describe('wordTokens', () => {
  it('finds what /[\\p{L}\\p{N}]+(?:[\'’]\\p{L}+)?/gu finds, lower-cased, for any string', () => {
    const unit = fc.constantFrom('a', 'B', '1', ' ', "'", '’', 'é', 'İ', '中', '😀', '𠀀', '-', '\u0301', 'ß', '٣', '\n');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(wordTokens(text)).toEqual(byRegExp(text));
    }), { numRuns: 3000 });
  });

  it('reads a window of the text with offsets into the whole', () => {
    expect(wordTokens("xx China's yy", 3, 10)).toEqual([{ word: "china's", start: 3, end: 10 }]);
  });
});
