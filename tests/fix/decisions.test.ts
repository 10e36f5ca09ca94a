// Reviewer decisions: keyed by content, they survive edits above them; reject/accept/edit.
import { describe, expect, it } from 'vitest';
import {
  applyDecisions,
  emptyDecisions,
  findingContext,
  parseDecisions,
  recordDecision,
  serializeDecisions,
} from '../../src/fix/index.js';
import { InputError } from '../../src/errors.js';
import type { Finding } from '../../src/types.js';

// Findings for every "Nur Sudan" (safe fix) and every "win-win" (suggestion only).
function findings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/Nur Sudan|win-win/g)) {
    const garble = m[0] === 'Nur Sudan';
    out.push({
      rule: garble ? 'glossary/known-garble' : 'style/cliche',
      severity: garble ? 'error' : 'info',
      message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1,
      offset: m.index, length: m[0].length, text: m[0],
      suggestions: garble ? ['Nur-Sultan'] : ['mutually beneficial'],
      ...(garble ? { fix: { offset: m.index, length: m[0].length, replacement: 'Nur-Sultan' } } : {}),
    });
  }
  return out;
}

const text = [
  'The meeting was held in Nur Sudan on 8 June.',
  '',
  'Ministers flew back from Nur Sudan in the evening.',
].join('\n');

describe('findingContext', () => {
  it('takes a few words either side, whitespace collapsed', () => {
    const f = findings(text)[0];
    expect(findingContext(text, f)).toEqual({ before: 'meeting was held in ', after: ' on 8 June.' });
    expect(findingContext('a\n  Nur Sudan\tb', findings('a\n  Nur Sudan\tb')[0])).toEqual({ before: 'a ', after: ' b' });
    // …and stays inside the finding's paragraph.
    expect(findingContext('a\n\n  Nur Sudan\tb\n \nc', findings('a\n\n  Nur Sudan\tb\n \nc')[0])).toEqual({ before: '', after: ' b' });
  });
});

describe('applyDecisions', () => {
  const second = findings(text)[1];
  const rejectSecond = recordDecision(emptyDecisions(), text, second, { decision: 'reject' });

  it('a rejection suppresses exactly that finding', () => {
    const result = applyDecisions(text, findings(text), rejectSecond.decisions);
    expect(result.rejected.map((f) => f.offset)).toEqual([second.offset]);
    expect(result.findings.map((f) => f.offset)).toEqual([findings(text)[0].offset]);
  });

  it('still finds its finding after a paragraph is inserted above, and after re-wrapping', () => {
    const edited = 'A new first paragraph about Nur Sudan.\n\n' + text.replace('flew back from', 'flew back\nfrom');
    const all = findings(edited);
    expect(all).toHaveLength(3);
    const result = applyDecisions(edited, all, rejectSecond.decisions);
    expect(result.rejected).toHaveLength(1);
    expect(edited.slice(result.rejected[0].offset - 10, result.rejected[0].offset)).toBe('back\nfrom ');
    expect(result.findings).toHaveLength(2);
  });

  it('no longer matches once the context itself changed', () => {
    const edited = text.replace('flew back from', 'returned from');
    expect(applyDecisions(edited, findings(edited), rejectSecond.decisions).rejected).toEqual([]);
  });

  it('matches context on word boundaries only', () => {
    const file = parseDecisions(JSON.stringify({ version: 1, decisions: [{ rule: 'glossary/known-garble', text: 'Nur Sudan', before: 'in ', decision: 'reject' }] }), 'd.json');
    const t = 'held in Nur Sudan; within Nur Sudan';
    expect(applyDecisions(t, findings(t), file.decisions).rejected.map((f) => f.offset)).toEqual([8]);
  });

  it('an edit becomes the fix, an accept turns the first suggestion into a fix', () => {
    const t = 'a win-win deal in Nur Sudan';
    const [garble] = findings(t).filter((f) => f.text === 'Nur Sudan');
    const [cliche] = findings(t).filter((f) => f.text === 'win-win');
    let file = recordDecision(emptyDecisions(), t, garble, { decision: 'edit', replacement: 'Astana' });
    file = recordDecision(file, t, cliche, { decision: 'accept' });
    const result = applyDecisions(t, findings(t), file.decisions);
    expect(result.decided).toBe(2);
    expect(result.findings.map((f) => f.fix?.replacement)).toEqual(['mutually beneficial', 'Astana']);
  });

  it('recording twice replaces, and the file round-trips', () => {
    const f = findings(text)[0];
    let file = recordDecision(emptyDecisions(), text, f, { decision: 'reject' });
    file = recordDecision(file, text, f, { decision: 'accept' });
    expect(file.decisions).toHaveLength(1);
    expect(parseDecisions(serializeDecisions(file), 'd.json')).toEqual(file);
  });
});

describe('parseDecisions', () => {
  it.each([
    ['not json', '{', /d\.json: not valid JSON/],
    ['wrong version', '{"version":2,"decisions":[]}', /d\.json: invalid decisions file at version/],
    ['edit without replacement', '{"version":1,"decisions":[{"rule":"a/b","text":"x","decision":"edit"}]}', /needs a "replacement"/],
    ['unknown decision', '{"version":1,"decisions":[{"rule":"a/b","text":"x","decision":"maybe"}]}', /decisions\.0\.decision/],
  ])('%s', (_name, json, message) => {
    expect(() => parseDecisions(json, 'd.json')).toThrow(InputError);
    expect(() => parseDecisions(json, 'd.json')).toThrow(message);
  });
});
