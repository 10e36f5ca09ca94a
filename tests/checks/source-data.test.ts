// The data files of the checks that read the Chinese: each validates on load (zod), has no
// duplicates, and every example in it runs: a `bad` English is flagged by its rule with the
// Chinese beside it, a `good` one is not.
import { describe, expect, it } from 'vitest';
import type { DocumentAlignment } from '../../src/align/index.js';
import { checkEnglish } from '../../src/checks/index.js';
import { loadGlossary } from '../../src/glossary/index.js';
import { negationData } from '../../src/checks/source/negation.js';
import { assessTransliteration } from '../../src/checks/source/name-match.js';
import { pinyinSyllables } from '../../src/checks/source/pinyin.js';
import { shortFormData } from '../../src/checks/source/short-forms.js';
import { titleData } from '../../src/checks/source/titles.js';
import { likelySpelling, transliterationData } from '../../src/checks/source/transliteration.js';
import type { Paragraph } from '../../src/types.js';

const glossary = loadGlossary();

/** One Chinese paragraph aligned by hand with one English paragraph (the checks, not the aligner, are tested). */
function oneToOne(zh: string): { paragraphs: Paragraph[]; alignment: DocumentAlignment } {
  const paragraph: Paragraph = { text: zh, start: 0, end: zh.length, language: 'zh', sentences: [{ text: zh, start: 0, end: zh.length }] };
  return { paragraphs: [paragraph], alignment: { mode: 'translation', paragraphs: [{ zh: [0], en: [0], score: 1, sentences: [] }], sentences: [], linkedShare: 1 } };
}

const rulesOn = (en: string, zh: string, rule: string): string[] =>
  checkEnglish(en, { glossary, chinese: oneToOne(zh), rules: [rule] }).map((f) => f.text);

describe('data/transliteration.json', () => {
  it('lists each character once, with spellings in lower-case letters', () => {
    const characters = Object.keys(transliterationData.characters);
    expect(new Set(characters).size).toBe(characters.length);
    for (const spellings of Object.values(transliterationData.characters)) expect(new Set(spellings).size).toBe(spellings.length);
  });

  it.each(transliterationData.examples)('accepts $en for $zh and catches its pinyin read-out', ({ zh, en }) => {
    expect(assessTransliteration(zh, en).ok).toBe(true);
    const readOut = pinyinSyllables(zh).join('');
    if (readOut !== en.toLowerCase()) expect(assessTransliteration(zh, readOut[0].toUpperCase() + readOut.slice(1)).pinyin).toBe(true);
  });

  it('proposes a likely spelling from the characters alone', () => {
    expect(likelySpelling('努库斯')).toBe('Nukus');
    expect(likelySpelling('比什凯克')).toBe('Bishkek');
    expect(likelySpelling('阿济兹·沃伊季诺夫')).toBe('Aziz Voidinov');
  });
});

describe('data/short-forms.json', () => {
  it('never lists a right rendering as a misreading of any country', () => {
    const right = new Set(Object.values(shortFormData.countries).flatMap((c) => c.forms.map((f) => f.toLowerCase())));
    for (const c of Object.values(shortFormData.countries)) for (const m of c.misreadings) expect(right.has(m.toLowerCase()), m).toBe(false);
  });

  it.each(shortFormData.examples)('$zh: “$bad” is flagged, “$good” is not', ({ zh, bad, good }) => {
    if (bad) expect(rulesOn(bad, zh, 'crosslingual/short-form').length).toBeGreaterThan(0);
    expect(rulesOn(good, zh, 'crosslingual/short-form')).toEqual([]);
  });
});

describe('data/titles.json', () => {
  it('has unique ids, and every `chinese` id is a title', () => {
    const ids = titleData.titles.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of titleData.titles) if (t.chinese) expect(ids).toContain(t.chinese);
  });

  it.each(titleData.examples)('$zh: “$bad” is flagged, “$good” is not', ({ zh, bad, good }) => {
    if (bad) expect(rulesOn(bad, zh, 'crosslingual/title-mismatch').length).toBeGreaterThan(0);
    expect(rulesOn(good, zh, 'crosslingual/title-mismatch')).toEqual([]);
  });
});

describe('data/negation.json', () => {
  it('has no word that is both a negator and not a negation', () => {
    for (const w of negationData.chinese.notNegations) expect(negationData.chinese.negators).not.toContain(w);
  });

  it.each(negationData.examples)('$zh: “$bad” is flagged, “$good” is not', ({ zh, bad, good }) => {
    if (bad) expect(rulesOn(bad, zh, 'crosslingual/negation-mismatch').length).toBeGreaterThan(0);
    expect(rulesOn(good, zh, 'crosslingual/negation-mismatch')).toEqual([]);
  });
});
