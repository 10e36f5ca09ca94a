// Artifact checks, table-driven: input text → the findings expected (rule, flagged text,
// suggestions, safe fix). Quiet cases expect no finding.
import { describe, expect, it } from 'vitest';
import { brief, runRules, type Expected } from './fixtures.js';

interface Case {
  name: string;
  rule: string;
  input: string;
  expected: Expected[];
}

const cases: Case[] = [
  // artifact/spaced-hyphen
  { name: 'spaced hyphen', rule: 'artifact/spaced-hyphen', input: 'the international anti -drug system', expected: [{ rule: 'artifact/spaced-hyphen', text: 'anti -drug', suggestions: ['anti-drug'], fix: 'anti-drug' }] },
  {
    name: 'a chain of spaced hyphens is one finding',
    rule: 'artifact/spaced-hyphen',
    input: 'the line "Beijing -Moscow -Berlin" opened',
    expected: [{ rule: 'artifact/spaced-hyphen', text: 'Beijing -Moscow -Berlin', suggestions: ['Beijing-Moscow-Berlin'], fix: 'Beijing-Moscow-Berlin' }],
  },
  { name: 'hyphen with spaces both sides is a dash', rule: 'artifact/spaced-hyphen', input: 'the parties - all six - agreed', expected: [] },
  { name: 'a minus before a number', rule: 'artifact/spaced-hyphen', input: 'temperatures of -5 degrees', expected: [] },
  { name: 'closed hyphen', rule: 'artifact/spaced-hyphen', input: 'a long-term, two-way plan', expected: [] },
  { name: 'page chrome "- END -"', rule: 'artifact/spaced-hyphen', input: '- END -', expected: [] },

  // artifact/stray-essence
  { name: 'stray Essence after a full stop', rule: 'artifact/stray-essence', input: 'They agreed to cooperate. Essence\n\nNext.', expected: [{ rule: 'artifact/stray-essence', text: 'Essence', suggestions: [], fix: '' }] },
  { name: 'Essence at the end of the text', rule: 'artifact/stray-essence', input: 'and other fields. Essence', expected: [{ rule: 'artifact/stray-essence', text: 'Essence', suggestions: [], fix: '' }] },
  { name: 'Essence used as a word', rule: 'artifact/stray-essence', input: 'The essence of the agreement. Essence of cooperation is trust.', expected: [] },

  // artifact/doubled-word
  { name: 'doubled word', rule: 'artifact/doubled-word', input: 'sell population population, and', expected: [{ rule: 'artifact/doubled-word', text: 'population population', suggestions: ['population'] }] },
  { name: 'doubled word across case', rule: 'artifact/doubled-word', input: 'Program program', expected: [{ rule: 'artifact/doubled-word', text: 'Program program', suggestions: ['Program'] }] },
  { name: '"that that" is grammatical', rule: 'artifact/doubled-word', input: 'He said that that was right.', expected: [] },
  { name: 'a word and its prefix', rule: 'artifact/doubled-word', input: 'the the-end', expected: [] },

  // artifact/repetition-loop
  {
    name: 'decoder loop',
    rule: 'artifact/repetition-loop',
    input: 'the routes inter -European -South European inter -European -South European inter -European -South European end.',
    expected: [{ rule: 'artifact/repetition-loop', text: 'inter -European -South European inter -European -South European inter -European -South European', suggestions: [] }],
  },
  {
    name: 'a phrase three times with the same joint',
    rule: 'artifact/repetition-loop',
    input: 'hold international festivals, and hold international festivals, and hold international festivals.',
    expected: [{ rule: 'artifact/repetition-loop', text: 'hold international festivals, and hold international festivals, and hold international festivals', suggestions: [] }],
  },
  { name: 'a list of ministers is not a loop', rule: 'artifact/repetition-loop', input: 'Foreign Minister Tileuberdi, Foreign Minister Aidarbekov, Foreign Minister Muhriddin and Foreign Minister Kamilov attended.', expected: [] },
  { name: 'rhetorical triple is not a loop', rule: 'artifact/repetition-loop', input: 'good neighbors, safe neighbors, and rich neighbors', expected: [] },
  { name: 'two repetitions are not a loop', rule: 'artifact/repetition-loop', input: 'take measures to take measures', expected: [] },

  // artifact/untranslated-han
  { name: 'Han characters left in English', rule: 'artifact/untranslated-han', input: 'They met in 杜尚别 in May.', expected: [{ rule: 'artifact/untranslated-han', text: '杜尚别', suggestions: ['Dushanbe'] }] },
  { name: 'unknown Han run', rule: 'artifact/untranslated-han', input: 'the 某某 project', expected: [{ rule: 'artifact/untranslated-han', text: '某某', suggestions: [] }] },

  // artifact/unbalanced-pair
  { name: 'odd straight quotes', rule: 'artifact/unbalanced-pair', input: 'the "Green Silk Road roadmap.', expected: [{ rule: 'artifact/unbalanced-pair', text: '"', suggestions: [] }] },
  { name: 'unclosed bracket', rule: 'artifact/unbalanced-pair', input: 'the forum (June 6 to 9, 2022, Dushanbe.', expected: [{ rule: 'artifact/unbalanced-pair', text: '(', suggestions: [] }] },
  { name: 'stray closing bracket', rule: 'artifact/unbalanced-pair', input: 'all parties" )attend', expected: [{ rule: 'artifact/unbalanced-pair', text: '"', suggestions: [] }, { rule: 'artifact/unbalanced-pair', text: ')', suggestions: [] }] },
  { name: 'balanced curly quotes and brackets', rule: 'artifact/unbalanced-pair', input: 'the “Belt and Road” (BRI) and “China+Central Asia”; Kazakhstan’s view.', expected: [] },
];

describe('artifact checks', () => {
  it.each(cases)('$rule: $name', ({ input, rule, expected }) => {
    const found = runRules(input, [rule]).map(brief);
    expect(found).toEqual(expected.map((e) => ({ suggestions: [], ...e })));
  });

  it('a safe fix for a stray Essence also removes the space before it', () => {
    const text = 'They agreed. Essence\n';
    const [f] = runRules(text, ['artifact/stray-essence']);
    expect(f.fix).toEqual({ offset: text.indexOf(' Essence'), length: ' Essence'.length, replacement: '' });
    expect(text.slice(0, f.fix!.offset) + text.slice(f.fix!.offset + f.fix!.length)).toBe('They agreed.\n');
  });
});
