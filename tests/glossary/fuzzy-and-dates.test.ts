// Near-miss candidates (spelling, sound, pinyin), name validity by date, and whether a
// conditional garble applies in its context.
import { describe, expect, it } from 'vitest';
import { garbleApplies, loadGlossary, nameValidity, nearMissCandidates } from '../../src/glossary/index.js';

const glossary = loadGlossary();
const entry = (id: string) => {
  const found = glossary.byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('nearMissCandidates', () => {
  it.each([
    ['Tadjikistan', 'tajikistan', 'Tajikistan'],
    ['Tashkint', 'tashkent', 'Tashkent'],
    ['Dushanbay', 'dushanbe', 'Dushanbe'],
    ['Kyrgyzstn', 'kyrgyzstan', 'Kyrgyzstan'],
    ['Samarkant', 'samarkand', 'Samarkand'],
    ['Mirziyoev', 'mirziyoyev', 'Mirziyoyev'],
  ])('%s → %s (%s)', (span, id, form) => {
    const [best] = nearMissCandidates(glossary, span);
    expect(best?.entry.id).toBe(id);
    expect(best?.form).toBe(form);
    expect(best?.score).toBeGreaterThanOrEqual(0.85);
    expect(best?.score).toBeLessThan(1);
  });

  it('finds "Dushangbie" by the pinyin of 杜尚别', () => {
    const [best] = nearMissCandidates(glossary, 'Dushangbie');
    expect([best.entry.id, best.method]).toEqual(['dushanbe', 'pinyin']);
  });

  it('leaves listed garbles to the known-garble check', () => {
    expect(nearMissCandidates(glossary, 'Dushang Bie')).toEqual([]);
    expect(nearMissCandidates(glossary, 'Tagikistan')).toEqual([]);
  });

  it.each(['Tajikistan', 'Nur Sudan', 'Kazakh', 'Central', 'President', 'Minister', 'Europe', 'Afghans', 'Asian', 'Shanghai', 'Council', 'Security', 'Kazakhstani'])(
    'has no candidate for %s (a known form or an ordinary word)',
    (span) => {
      expect(nearMissCandidates(glossary, span, { threshold: 0.88 })).toEqual([]);
    },
  );

  it('returns the best candidates first, at most `limit`', () => {
    const found = nearMissCandidates(glossary, 'Kazakhstn', { threshold: 0.7, limit: 2 });
    expect(found.length).toBeLessThanOrEqual(2);
    expect(found[0].entry.id).toBe('kazakhstan');
    for (let i = 1; i < found.length; i++) expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score);
  });
});

describe('nameValidity', () => {
  it.each([
    ['nur-sultan', '2022-06-08', true, undefined],
    ['nur-sultan', '2019-03-20', true, undefined],
    ['nur-sultan', '2018-12-01', false, 'astana'],
    ['nur-sultan', '2024-12-01', false, 'astana'],
    ['astana', '2024-12-01', true, undefined],
    ['astana', '2017-06-01', true, undefined],
    ['astana', '2020-07-16', false, 'nur-sultan'],
    ['almaty', '2020-07-16', true, undefined],
  ])('%s on %s: valid %s, else %s', (id, date, valid, alternative) => {
    const result = nameValidity(glossary, entry(id), date);
    expect(result.valid).toBe(valid);
    expect(result.alternative?.id).toBe(alternative);
  });
});

describe('garbleApplies', () => {
  const harbin = entry('kazakh-side').garbles.find((g) => g.text === 'Harbin')!;
  const male = entry('mary').garbles.find((g) => g.text === 'Male')!;
  const at = (text: string, word: string) => ({ text, start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it.each([
    ['where the Chinese says 哈方', { ...at('Harbin will host the meeting.', 'Harbin'), zh: '哈方将主办会议。' }, true],
    ['where the Chinese says 哈尔滨', { ...at('Harbin will host the meeting.', 'Harbin'), zh: '会议将在哈尔滨举行。' }, false],
    ['without Chinese, after "thanked the"', at('All parties thanked the Harbin High -level.', 'Harbin'), true],
    ['without Chinese, elsewhere', at('A consulate opened in Harbin.', 'Harbin'), false],
  ])('Harbin %s', (_label, input, expected) => {
    expect(garbleApplies(harbin, input)).toBe(expected);
  });

  it.each([
    ['Lanzhou -Kashgar -Osh -Aji Yan -Male route', true],
    ['male and female participants', false],
  ])('Male in %j', (text, expected) => {
    expect(garbleApplies(male, at(text, text.includes('Male') ? 'Male' : 'male'))).toBe(expected);
  });

  it('always applies a garble without a context', () => {
    const nurSudan = entry('nur-sultan').garbles[0];
    expect(garbleApplies(nurSudan, at('in Nur Sudan', 'Nur Sudan'))).toBe(true);
  });
});
