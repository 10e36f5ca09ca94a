// The pure fixer: table of cases, and properties (non-overlap, fixing twice = fixing once).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFixes, fixText, type TextChecker } from '../../src/fix/index.js';
import type { Finding, Fix } from '../../src/types.js';

const fix = (offset: number, length: number, replacement: string): Fix => ({ offset, length, replacement });

describe('applyFixes', () => {
  const cases: Array<{ name: string; text: string; fixes: Fix[]; expected: string; applied: number; skipped: number }> = [
    { name: 'no fixes', text: 'abc', fixes: [], expected: 'abc', applied: 0, skipped: 0 },
    { name: 'one replacement', text: 'in Nur Sudan today', fixes: [fix(3, 9, 'Nur-Sultan')], expected: 'in Nur-Sultan today', applied: 1, skipped: 0 },
    { name: 'two, given out of order', text: 'a b c', fixes: [fix(4, 1, 'C'), fix(0, 1, 'A')], expected: 'A b C', applied: 2, skipped: 0 },
    { name: 'adjacent spans both apply', text: 'abcd', fixes: [fix(0, 2, 'X'), fix(2, 2, 'Y')], expected: 'XY', applied: 2, skipped: 0 },
    { name: 'overlap: the second waits', text: 'abcdef', fixes: [fix(1, 3, 'X'), fix(2, 3, 'Y')], expected: 'aXef', applied: 1, skipped: 1 },
    { name: 'two insertions at one point', text: 'ab', fixes: [fix(1, 0, 'X'), fix(1, 0, 'Y')], expected: 'aXb', applied: 1, skipped: 1 },
    { name: 'identical fixes apply once', text: 'a - b', fixes: [fix(1, 3, '–'), fix(1, 3, '–')], expected: 'a–b', applied: 1, skipped: 0 },
    { name: 'a fix that changes nothing is dropped', text: 'same', fixes: [fix(0, 4, 'same')], expected: 'same', applied: 0, skipped: 0 },
    { name: 'deletion', text: 'a  b', fixes: [fix(1, 1, '')], expected: 'a b', applied: 1, skipped: 0 },
    { name: 'astral characters count as two units', text: '𠀀x', fixes: [fix(2, 1, 'y')], expected: '𠀀y', applied: 1, skipped: 0 },
  ];
  it.each(cases)('$name', ({ text, fixes, expected, applied, skipped }) => {
    const result = applyFixes(text, fixes);
    expect(result.text).toBe(expected);
    expect(result.applied).toHaveLength(applied);
    expect(result.skipped).toHaveLength(skipped);
  });

  it('does not change its input', () => {
    const fixes = [fix(2, 1, 'Z'), fix(0, 1, 'Y')];
    const copy = structuredClone(fixes);
    applyFixes('abc', fixes);
    expect(fixes).toEqual(copy);
  });

  it('rejects a fix outside the text', () => {
    expect(() => applyFixes('abc', [fix(2, 5, 'x')])).toThrow(RangeError);
  });

  const textAndFixes = fc.string({ maxLength: 40 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.nat({ max: text.length }).chain((offset) =>
          fc.record({ offset: fc.constant(offset), length: fc.nat({ max: text.length - offset }), replacement: fc.string({ maxLength: 4 }) }),
        ),
        { maxLength: 8 },
      ),
    ),
  );

  it('applies a non-overlapping subset, each skipped fix overlapping an applied one', () => {
    fc.assert(
      fc.property(textAndFixes, ([text, fixes]) => {
        const { text: out, applied, skipped } = applyFixes(text, fixes);
        for (let i = 1; i < applied.length; i++) {
          expect(applied[i].offset).toBeGreaterThanOrEqual(applied[i - 1].offset + applied[i - 1].length);
          expect(applied[i].offset).not.toBe(applied[i - 1].offset);
        }
        for (const s of skipped) expect(applied.some((a) => a.offset === s.offset || (a.offset < s.offset + s.length && s.offset < a.offset + a.length))).toBe(true);
        // Rebuild the output left to right from the applied fixes alone.
        let expected = '';
        let at = 0;
        for (const a of applied) {
          expected += text.slice(at, a.offset) + a.replacement;
          at = a.offset + a.length;
        }
        expect(out).toBe(expected + text.slice(at));
      }),
    );
  });
});

// A toy checker: every "colour" is a finding with a safe fix to "color", every "  " to " ".
const toyCheck: TextChecker = (text) => {
  const findings: Finding[] = [];
  for (const [pattern, replacement] of [[/colour/g, 'color'], [/ {2}/g, ' ']] as const) {
    for (const m of text.matchAll(pattern)) {
      findings.push({
        rule: 'toy/spelling', severity: 'error', message: 'toy', line: 1, column: 1, endLine: 1, endColumn: 1,
        offset: m.index, length: m[0].length, text: m[0], suggestions: [replacement],
        fix: { offset: m.index, length: m[0].length, replacement },
      });
    }
  }
  return findings;
};

describe('fixText', () => {
  it('needs several passes for overlapping fixes, then settles', () => {
    const result = fixText('a     b colour', toyCheck);
    expect(result.text).toBe('a b color');
    expect(result.passes).toBeGreaterThan(1);
    expect(result.settled).toBe(true);
    expect(result.remaining).toEqual([]);
  });

  it('fixing twice changes nothing the second time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('colour', ' ', 'x', 'col', 'our', '\n'), { maxLength: 30 }), (parts) => {
        const once = fixText(parts.join(''), toyCheck);
        const twice = fixText(once.text, toyCheck);
        expect(twice.text).toBe(once.text);
        expect(twice.applied).toEqual([]);
      }),
    );
  });

  it('stops at the bound when fixes undo each other', () => {
    const flip: TextChecker = (text) => [{ ...toyCheck('colour')[0], offset: 0, length: 1, text: text[0], fix: { offset: 0, length: 1, replacement: text[0] === 'a' ? 'b' : 'a' } }];
    const result = fixText('a', flip, { maxPasses: 3 });
    expect(result.passes).toBe(3);
    expect(result.settled).toBe(false);
  });
});
