// Loading: an invalid glossary is an InputError naming the file, the line, the entry and the
// field; valid files load once per path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadGlossary, parseGlossary, validateGlossaryData, describeProblem } from '../../src/glossary/index.js';

const entry = (over: Record<string, unknown> = {}) => ({ id: 'x', type: 'city', preferred: 'Xcity', source: 'test', ...over });
const file = (entries: unknown[]) => ({ version: 1, entries });

function problems(data: unknown): string[] {
  const result = validateGlossaryData(data);
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe('validateGlossaryData', () => {
  it.each([
    ['a missing field', file([{ id: 'x', type: 'city', source: 's' }]), 'entry #0 "x", preferred:'],
    ['an unknown entity type', file([entry({ type: 'planet' })]), 'entry #0 "x", type:'],
    ['a bad id', file([entry({ id: 'Not Kebab' })]), 'entry #0 "Not Kebab", id: kebab-case'],
    ['an unknown field', file([entry({ colour: 'red' })]), 'entry #0 "x", (top level)'],
    ['a bad date', file([entry({ valid: [{ from: '2019-3' }] })]), 'entry #0 "x", valid[0].from: a date as YYYY-MM'],
    ['an empty period', file([entry({ valid: [{}] })]), 'entry #0 "x", valid[0]: give at least one'],
    ['a garble without "safe"', file([entry({ garbles: [{ text: 'Xsity', correction: 'Xcity' }] })]), 'entry #0 "x", garbles[0].safe:'],
    ['a duplicate id', file([entry(), entry({ preferred: 'Other' })]), 'entry #1 "x", id: duplicate id'],
    ['a form in two entries', file([entry(), entry({ id: 'y', preferred: 'Y', variants: ['XCITY'] })]), 'entry #1 "y", variants[0]: form "xcity" is also x.preferred'],
    ['a correction that is a garble', file([entry({ garbles: [{ text: 'Xsity', correction: 'Xcity', safe: true }] }), entry({ id: 'y', preferred: 'Y', garbles: [{ text: 'Yy', correction: 'Xsity', safe: true }] })]), 'entry #1 "y", garbles[0].correction: "Xsity" is itself a known garble (x)'],
    ['a safe garble marked for review', file([entry({ garbles: [{ text: 'Xsity', correction: 'Xcity', safe: true, review: 'unverified' }] })]), 'entry #0 "x", garbles[0].safe: a garble needing review ("unverified") cannot be safe'],
    ['an unknown review reason', file([entry({ garbles: [{ text: 'Xsity', correction: 'Xcity', safe: false, review: 'maybe' }] })]), 'entry #0 "x", garbles[0].review:'],
    ['a broken regex', file([entry({ garbles: [{ text: 'Xsity', correction: 'Xcity', safe: false, context: { en: '(unclosed' } }] })]), 'entry #0 "x", garbles[0].context.en: invalid regular expression'],
    ['a Chinese form in two entries', file([entry({ zhHans: ['某'] }), entry({ id: 'y', preferred: 'Y', zhHans: ['某'] })]), 'entry #1 "y", zhHans/zhHant: Chinese form "某" is also x'],
    ['a missing sameAs', file([entry({ sameAs: 'nowhere' })]), 'entry #0 "x", sameAs: no entry has id "nowhere"'],
    ['a wrong version', { version: 2, entries: [] }, 'version:'],
  ])('rejects %s', (_label, data, expected) => {
    const found = problems(data);
    expect(found.some((p) => p.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it('accepts a conditional garble that shares its text with a real name', () => {
    expect(problems(file([entry(), entry({ id: 'y', preferred: 'Y', garbles: [{ text: 'Xcity', correction: 'Y', safe: false, context: { zh: ['乙'] } }] })]))).toEqual([]);
  });
});

describe('parseGlossary and loadGlossary', () => {
  it('names the file and the line of the bad entry', () => {
    const raw = JSON.stringify(file([entry(), entry({ id: 'bad', type: 'planet' })]), null, 2);
    const error = (() => {
      try {
        parseGlossary(raw, 'g.json');
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    const line = raw.split('\n').findIndex((l) => l.includes('"id": "bad"')) + 1;
    expect((error as InputError).message).toMatch(new RegExp(`^g\\.json:${line}: invalid glossary: entry #1 "bad", type:`));
  });

  it('reports broken JSON with its line', () => {
    expect(() => parseGlossary('{\n  "version": 1,\n  "entries": [,]\n}', 'g.json')).toThrow(/^g\.json:3: the glossary is not valid JSON/);
  });

  it.each([
    ['{\n  "version": 1,\n  "entries": [,]\n}', 3],
    ['{\n  "version": 1\n  "entries": []\n}', 3],
    ['{\n  "version": "1\n}', 2],
    ['{"version": 1, "entries": []}\n\n}', 3],
  ])('finds the line of a JSON syntax error (%#)', (raw, line) => {
    expect(() => parseGlossary(raw, 'g.json')).toThrow(new RegExp(`^g\\.json:${line}: the glossary is not valid JSON`));
  });

  it('reports a missing file as an InputError', () => {
    expect(() => loadGlossary('/nonexistent/glossary.json')).toThrow(InputError);
  });

  it('caches per path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    const path = join(dir, 'g.json');
    writeFileSync(path, JSON.stringify(file([entry()])));
    const first = loadGlossary(path);
    expect(loadGlossary(path)).toBe(first);
    expect(first.byId.get('x')?.preferred).toBe('Xcity');
  });
});
