// The fixes as a reviewer reads them: word-level changes with a few words around each, a change
// glued to a word taking the whole word, instead of a rewritten paragraph.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordChanges } from '../../src/fix/index.js';

const paragraph =
  'The foreign ministers of China and the five Central Asian countries met in Nur Sudan on 8 June 2022 and agreed to deepen cooperation in trade, energy, transport and people-to-people exchanges.';

describe('wordChanges', () => {
  const cases: Array<[string, string, string, ReturnType<typeof wordChanges>]> = [
    ['a name in a long paragraph: the name alone, four words either side', paragraph, paragraph.replace('Nur Sudan', 'Nur-Sultan'),
      [{ line: 1, before: 'Asian countries met in ', removed: 'Nur Sudan', added: 'Nur-Sultan', after: ' on 8 June 2022' }]],
    ['a deleted word', 'A.\n\nWe Essence agreed to meet.', 'A.\n\nWe agreed to meet.', [{ line: 3, before: 'We ', removed: 'Essence ', added: '', after: 'agreed to meet.' }]],
    ['a deleted space inside a word: the whole word', 'on anti -drug work', 'on anti-drug work', [{ line: 1, before: 'on ', removed: 'anti -drug', added: 'anti-drug', after: ' work' }]],
    ['two changes on two lines', 'x Nur Sudan y\nz Duchamps w', 'x Nur-Sultan y\nz Dushanbe w',
      [{ line: 1, before: 'x ', removed: 'Nur Sudan', added: 'Nur-Sultan', after: ' y' }, { line: 2, before: 'z ', removed: 'Duchamps', added: 'Dushanbe', after: ' w' }]],
    ['a word added at the end', 'one two three', 'one two three four', [{ line: 1, before: 'one two three', removed: '', added: ' four', after: '' }]],
    ['nothing changed', paragraph, paragraph, []],
  ];
  it.each(cases)('%s', (_what, before, after, expected) => {
    expect(wordChanges(before, after)).toEqual(expected);
  });

  it('every change’s removed text, with its context, is in the original and its added text in the new one', () => {
    const word = fc.constantFrom('the', 'Nur', 'Sudan', 'Nur-Sultan', 'anti', '-drug', 'of', 'Essence', 'met.', '2022');
    const text = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const c of wordChanges(a, b)) {
          expect(a).toContain(c.before + c.removed + c.after);
          expect(b).toContain(c.before + c.added + c.after);
          expect(c.removed).not.toBe(c.added);
        }
      }),
    );
  });
});
