// Offices on person entries: the loader refuses offices on non-persons, offices of unknown
// entries and offices that end before they begin; officeHolders answers who held a title on a
// date from the curated data; single-holder offices never overlap between two people.
import { describe, expect, it } from 'vitest';
import { describeProblem, glossaryFromData, loadGlossary, officeHolders, officesHeld, validateGlossaryData, type Office } from '../../src/glossary/index.js';

const person = (over: Record<string, unknown> = {}) => ({ id: 'p', type: 'person', preferred: 'A Person', source: 'test', ...over });
const country = { id: 'k', type: 'country', preferred: 'Kland', source: 'test' };
const file = (entries: unknown[]) => ({ version: 1, entries });
const problems = (data: unknown): string[] => {
  const result = validateGlossaryData(data);
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe('offices in the schema', () => {
  it.each([
    ['an office on a city', file([country, { id: 'c', type: 'city', preferred: 'Cville', source: 's', offices: [{ title: 'Mayor' }] }]), 'entry #1 "c", offices: only a person has offices (this entry is a city)'],
    ['an office of an unknown entry', file([person({ offices: [{ title: 'President', of: 'nowhere' }] })]), 'entry #0 "p", offices[0].of: no entry has id "nowhere"'],
    ['an office that ends before it begins', file([country, person({ offices: [{ title: 'President', of: 'k', from: '2022-05-01', to: '2021-12' }] })]), 'entry #1 "p", offices[0]: ends (2021-12) before it begins (2022-05-01)'],
    ['an office without a title', file([person({ offices: [{ of: 'k' }] })]), 'entry #0 "p", offices[0].title:'],
    ['an unknown office field', file([person({ offices: [{ title: 'President', since: 2020 }] })]), 'entry #0 "p", offices[0]'],
    ['a bad office date', file([person({ offices: [{ title: 'President', from: '2020-13' }] })]), 'entry #0 "p", offices[0].from: a date as YYYY-MM'],
  ])('rejects %s', (_label, data, expected) => {
    const found = problems(data);
    expect(found.some((p) => p.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it('accepts an office within one month and an acting one', () => {
    expect(problems(file([country, person({ offices: [{ title: 'Foreign Minister', of: 'k', from: '2022-04', to: '2022-04-27', acting: true }] })]))).toEqual([]);
  });
});

describe('officeHolders and officesHeld', () => {
  const small = glossaryFromData(
    file([
      country,
      person({ id: 'a', preferred: 'Ann', offices: [{ title: 'Foreign Minister', of: 'k', from: '2019-05', to: '2023-04-03' }] }),
      person({ id: 'b', preferred: 'Bob', offices: [{ title: 'Foreign Minister', of: 'k', from: '2023-04-03' }, { title: 'Ambassador', of: 'k' }] }),
    ]),
  );
  it.each([
    ['2019-05-01', ['a']],
    ['2019-04-30', []],
    ['2023-04-02', ['a']],
    ['2023-04-03', ['a', 'b']],
    ['2025-01-01', ['b']],
  ])('on %s the Foreign Minister of k is %j', (date, ids) => {
    expect(officeHolders(small, { title: 'foreign minister', of: 'k', date }).map((h) => h.entry.id)).toEqual(ids);
  });
  it('lists the offices held on a date, and all of them without one', () => {
    const bob = small.byId.get('b')!;
    expect(officesHeld(bob, '2020-01-01').map((o) => o.title)).toEqual(['Ambassador']);
    expect(officesHeld(bob).map((o) => o.title)).toEqual(['Foreign Minister', 'Ambassador']);
  });
});

describe('offices in the curated glossary', () => {
  const glossary = loadGlossary();
  it.each([
    ['Foreign Minister', 'china', '2023-04-26', 'Qin Gang'],
    ['Foreign Minister', 'china', '2024-12-01', 'Wang Yi'],
    ['Premier of the State Council', 'china', '2022-06-08', 'Li Keqiang'],
    ['Premier of the State Council', 'china', '2024-12-01', 'Li Qiang'],
    ['President', 'turkmenistan', '2020-07-16', 'Gurbanguly Berdimuhamedov'],
    ['President', 'turkmenistan', '2023-05-19', 'Serdar Berdimuhamedov'],
    ['President', 'kyrgyzstan', '2020-07-16', 'Sooronbay Jeenbekov'],
    ['President', 'kyrgyzstan', '2023-05-19', 'Sadyr Japarov'],
    ['Foreign Minister', 'kazakhstan', '2022-06-08', 'Mukhtar Tleuberdi'],
    ['Foreign Minister', 'uzbekistan', '2020-07-16', 'Abdulaziz Kamilov'],
    ['Foreign Minister', 'uzbekistan', '2024-12-01', 'Bakhtiyor Saidov'],
    ['Foreign Minister', 'kyrgyzstan', '2021-05-12', 'Ruslan Kazakbaev'],
    ['Prime Minister', 'kazakhstan', '2023-04-26', 'Alikhan Smailov'],
    ['Secretary-General', 'sco', '2023-01-01', 'Zhang Ming'],
  ])('%s of %s on %s: %s', (title, of, date, name) => {
    expect(officeHolders(glossary, { title, of, date }).map((h) => h.entry.preferred)).toEqual([name]);
  });

  it('has the acting Uzbek Foreign Minister at the third C+C5 meeting (2022-06-08) marked as acting', () => {
    const holders = officeHolders(glossary, { title: 'Foreign Minister', of: 'uzbekistan', date: '2022-06-08' });
    expect(holders.map((h) => [h.entry.preferred, h.office.acting])).toEqual([['Vladimir Norov', true]]);
  });

  /** Offices one person holds at a time; vice premiers, ambassadors and the like are many. */
  const shared = /^(Vice|Deputy|First Deputy|Executive Vice|State Councilor|Minister of|Ambassador)/;
  const overlap = (a: Office, b: Office): boolean => {
    const before = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x.slice(0, Math.min(x.length, y.length)) < y.slice(0, Math.min(x.length, y.length));
    return before(a.from ?? '0000-01', b.to ?? '9999-12') && before(b.from ?? '0000-01', a.to ?? '9999-12');
  };
  it('never has two people in a single-holder office at once (a handover day excepted)', () => {
    const held = glossary.entries.flatMap((entry) => (entry.offices ?? []).filter((o) => o.of && !shared.test(o.title)).map((office) => ({ entry, office })));
    const clashes: string[] = [];
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length; j++) {
        const [a, b] = [held[i], held[j]];
        if (a.entry === b.entry || a.office.of !== b.office.of || a.office.title !== b.office.title) continue;
        if (overlap(a.office, b.office)) clashes.push(`${a.office.title} of ${a.office.of}: ${a.entry.id} and ${b.entry.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has offices on at least 60 people', () => {
    expect(glossary.entries.filter((e) => e.offices?.length).length).toBeGreaterThanOrEqual(60);
  });
});
