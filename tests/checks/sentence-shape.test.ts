// Checks that read the shape of the English, table-driven: input → the findings expected (rule,
// flagged text, suggestions, safe fix). The damaged sentences are written here in the manner of
// machine translation (none is taken from the seeds), each kind several times over, so a rule is
// shown to catch the kind and not one string; the quiet cases are ordinary good English.
import { describe, expect, it } from 'vitest';
import { brief, runRules, type Expected } from './fixtures.js';
import { applyFixes } from '../../src/fix/index.js';

interface Case {
  name: string;
  rule: string;
  input: string;
  expected: Expected[];
}

const stray = (text: string, suggestion: string): Expected => ({ rule: 'artifact/stray-full-stop', text, suggestions: [suggestion] });

const cases: Case[] = [
  // artifact/stray-full-stop
  { name: 'a full stop before a preposition', rule: 'artifact/stray-full-stop', input: 'The Deputy Prime Minister. of Turkmenistan attended the forum.', expected: [stray('Minister. of', 'Minister of')] },
  { name: 'a full stop before an adjective', rule: 'artifact/stray-full-stop', input: 'Both sides will expand trade. sustainable in the long run and fair.', expected: [stray('trade. sustainable', 'trade sustainable')] },
  { name: 'a full stop inside a set phrase', rule: 'artifact/stray-full-stop', input: 'They stressed the building of a shared. future for the region.', expected: [stray('shared. future', 'shared future')] },
  { name: 'a full stop at a line break inside a paragraph', rule: 'artifact/stray-full-stop', input: 'The ministers signed the plan.\nfor joint logistics centres.', expected: [stray('plan.\nfor', 'plan for')] },
  { name: 'abbreviations go on in lower case', rule: 'artifact/stray-full-stop', input: 'Costs rose, e.g. for fuel; the U.S. and others met at 9 a.m. and left at 5 p.m. with 20 sq. ft. of maps, etc. and more.', expected: [] },
  { name: 'an ellipsis goes on in lower case', rule: 'artifact/stray-full-stop', input: 'He paused... and then spoke. She waited . . . and left.', expected: [] },
  { name: 'a new sentence starts with a capital', rule: 'artifact/stray-full-stop', input: 'The talks ended. The ministers left Tashkent.', expected: [] },
  { name: 'a name particle may start a sentence', rule: 'artifact/stray-full-stop', input: 'The museum opened in 1950. van Gogh was shown first.', expected: [] },
  { name: 'a new paragraph may start in lower case', rule: 'artifact/stray-full-stop', input: 'The list follows.\n\niron ore, coal and cotton.', expected: [] },

  // artifact/duplicated-tail
  {
    name: 'the last two words again',
    rule: 'artifact/duplicated-tail',
    input: 'Trade grew between the two countries. two countries. Then they met.',
    expected: [{ rule: 'artifact/duplicated-tail', text: 'two countries.', suggestions: [], fix: '' }],
  },
  {
    name: 'the last three words again',
    rule: 'artifact/duplicated-tail',
    input: 'They agreed to open a consulate in Almaty. in Almaty too.\nThey agreed to build roads to the border of Kyrgyzstan. border of Kyrgyzstan.',
    expected: [{ rule: 'artifact/duplicated-tail', text: 'border of Kyrgyzstan.', suggestions: [], fix: '' }],
  },
  { name: 'a fragment that says something new', rule: 'artifact/duplicated-tail', input: 'It was agreed. and signed at once.', expected: [] },

  // artifact/restarted-sentence
  { name: 'an article then a capitalised article', rule: 'artifact/restarted-sentence', input: 'to build a A stronger partnership', expected: [{ rule: 'artifact/restarted-sentence', text: 'a A', suggestions: [] }] },
  { name: 'a preposition then a sentence opener', rule: 'artifact/restarted-sentence', input: 'the development of The two sides will continue', expected: [{ rule: 'artifact/restarted-sentence', text: 'of The', suggestions: [] }] },
  { name: 'a modal then a pronoun', rule: 'artifact/restarted-sentence', input: 'China will We support the plan', expected: [{ rule: 'artifact/restarted-sentence', text: 'will We', suggestions: [] }] },
  { name: 'letters naming things', rule: 'artifact/restarted-sentence', input: 'the set of A and the map from A to B; an article in The Times', expected: [] },

  // artifact/doubled-punctuation
  { name: 'a full stop twice', rule: 'artifact/doubled-punctuation', input: 'and between friendly provinces. .', expected: [{ rule: 'artifact/doubled-punctuation', text: '. .', suggestions: ['.'], fix: '.' }] },
  { name: 'a comma twice', rule: 'artifact/doubled-punctuation', input: 'energy, , transport and trade', expected: [{ rule: 'artifact/doubled-punctuation', text: ', ,', suggestions: [','], fix: ',' }] },
  { name: 'a full stop then a comma', rule: 'artifact/doubled-punctuation', input: 'fight smuggling. , money laundering', expected: [{ rule: 'artifact/doubled-punctuation', text: '. ,', suggestions: ['.', ','] }] },
  { name: 'abbreviations, ellipses and times', rule: 'artifact/doubled-punctuation', input: 'in the U.S., Calif., et al.; he said . . . and then... At 10:30, all left.', expected: [] },

  // artifact/space-before-punctuation
  { name: 'a space before a comma', rule: 'artifact/space-before-punctuation', input: 'under the WTO , and the SCO', expected: [{ rule: 'artifact/space-before-punctuation', text: 'WTO ,', suggestions: ['WTO,'], fix: '' }] },
  { name: 'a space before a full stop', rule: 'artifact/space-before-punctuation', input: 'the road to Osh .\n', expected: [{ rule: 'artifact/space-before-punctuation', text: 'Osh .', suggestions: ['Osh.'], fix: '' }] },
  { name: 'ellipses and variables', rule: 'artifact/space-before-punctuation', input: 'he waited . . . and for all x , y in V.', expected: [] },

  // artifact/dash-between-words
  {
    name: 'a dash after a modal verb',
    rule: 'artifact/dash-between-words',
    input: 'The sides will strengthen – people-to-people exchanges and trade.',
    expected: [{ rule: 'artifact/dash-between-words', text: 'strengthen – people', suggestions: ['strengthen people'] }],
  },
  { name: 'a dash after a preposition', rule: 'artifact/dash-between-words', input: 'the promotion of — regional connectivity', expected: [{ rule: 'artifact/dash-between-words', text: 'of — regional', suggestions: ['of regional'] }] },
  { name: 'a dash where a hyphen belongs', rule: 'artifact/dash-between-words', input: 'the nuclear non – proliferation regime', expected: [{ rule: 'artifact/dash-between-words', text: 'non – proliferation', suggestions: ['non-proliferation'] }] },
  { name: 'a parenthetical pair of dashes', rule: 'artifact/dash-between-words', input: 'Trade will – we hope – grow.', expected: [] },
  { name: 'a dash before an aside', rule: 'artifact/dash-between-words', input: 'They were ready to give up - or at least to pause. Prices may fall - even sharply.', expected: [] },
  { name: 'a dash between clauses', rule: 'artifact/dash-between-words', input: 'The answer was clear – trade had doubled.', expected: [] },

  // artifact/doubled-phrase
  {
    name: 'a title twice over a comma',
    rule: 'artifact/doubled-phrase',
    input: 'welcomed the meeting of the Ministers of Energy, the Ministers of Energy, to be held in Baku',
    expected: [{ rule: 'artifact/doubled-phrase', text: 'the Ministers of Energy, the Ministers of Energy', suggestions: ['the Ministers of Energy'] }],
  },
  {
    name: 'a phrase twice without a break',
    rule: 'artifact/doubled-phrase',
    input: 'to develop trade on the basis of equality on the basis of equality and benefit',
    expected: [{ rule: 'artifact/doubled-phrase', text: 'on the basis of equality on the basis of equality', suggestions: ['on the basis of equality'] }],
  },
  { name: 'two content words twice', rule: 'artifact/doubled-phrase', input: 'green energy green energy projects', expected: [{ rule: 'artifact/doubled-phrase', text: 'green energy green energy', suggestions: ['green energy'] }] },
  { name: 'rhetoric across a sentence end', rule: 'artifact/doubled-phrase', input: 'It was the harbour. The harbour was everything.', expected: [] },
  { name: 'speech repeated after a semicolon', rule: 'artifact/doubled-phrase', input: '“She did not; she did not,” he said. “Come on, come on!”', expected: [] },
  { name: 'a fixed phrase that overlaps itself', rule: 'artifact/doubled-phrase', input: 'He wrote from time to time to his mother.', expected: [] },
  { name: 'onomatopoeia', rule: 'artifact/doubled-phrase', input: 'the clock went tick tock tick tock all night', expected: [] },
  { name: 'a cry repeated in speech', rule: 'artifact/doubled-phrase', input: '“Let me go, let me go!” she cried. He said: come here, come here.', expected: [] },

  // style is not a repetition loop or a doubled word
  { name: 'one word over and over', rule: 'artifact/repetition-loop', input: 'a persistent knock knock knock knock at the gate', expected: [] },
  { name: 'a word and a conjunction', rule: 'artifact/repetition-loop', input: 'The city grew and grew and grew; the river rose and rose and rose.', expected: [] },
  { name: 'a rhythm of hyphenated compounds', rule: 'artifact/repetition-loop', input: 'The signal went short-short-long, short-short-long, short-short-long again.', expected: [] },
  { name: 'one word three times', rule: 'artifact/doubled-word', input: 'She cried no, no, no and bang bang bang went the door.', expected: [] },
  { name: 'a reduplicated given name', rule: 'artifact/doubled-word', input: 'Lan Lan and Ming Ming came home.', expected: [] },
  { name: '"her her" after a verb of giving', rule: 'artifact/doubled-word', input: 'They showed her her new room.', expected: [] },

  // artifact/unbalanced-pair: conventions of English quotation
  {
    name: 'a quotation over three paragraphs opens each and closes once',
    rule: 'artifact/unbalanced-pair',
    input: '“The first part of the speech.\n\n“The second part.\n\n“The end of it,” he said.\n',
    expected: [],
  },
  { name: 'a paragraph break inside a quotation', rule: 'artifact/unbalanced-pair', input: 'He said, "This is the start\n\nand this the end." Then he left.\n', expected: [] },
  { name: 'a straight quote opening, a curly one closing', rule: 'artifact/unbalanced-pair', input: 'the most "modern” of nations', expected: [] },
  { name: 'a closing quote typed after a space', rule: 'artifact/unbalanced-pair', input: '"I have never been there. " Then he laughed.', expected: [] },
  { name: 'a quotation never closed', rule: 'artifact/unbalanced-pair', input: 'He said “we agree.\n\nThe talks ended.\n', expected: [{ rule: 'artifact/unbalanced-pair', text: '“', suggestions: [] }] },
];

describe('sentence-shape checks', () => {
  it.each(cases)('$rule: $name', ({ input, rule, expected }) => {
    const found = runRules(input, [rule]).map(brief);
    expect(found).toEqual(expected.map((e) => ({ suggestions: [], ...e })));
  });

  it('a duplicated tail fixed leaves the sentence whole', () => {
    const text = 'Trade grew between the two countries. two countries. Then they met.';
    const fixed = applyFixes(text, runRules(text, ['artifact/duplicated-tail']).map((f) => f.fix!));
    expect(fixed.text).toBe('Trade grew between the two countries. Then they met.');
  });

  it('a duplicated tail supersedes the stray full stop and the doubled phrase on it', () => {
    const found = runRules('Trade grew between the two countries. two countries. Then they met.', []).map((f) => f.rule);
    expect(found).toEqual(['artifact/duplicated-tail']);
  });

  it('a space before punctuation fixed: the space goes, the mark stays', () => {
    const text = 'under the WTO , and the SCO';
    const fixed = applyFixes(text, runRules(text, ['artifact/space-before-punctuation']).map((f) => f.fix!));
    expect(fixed.text).toBe('under the WTO, and the SCO');
  });
});
