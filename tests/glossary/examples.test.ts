// Every glossary example (bad → good) through the real checker: the bad text must produce a
// finding suggesting the English of the good text; the good text none for that entry.
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/checks/index.js';
import { formKey, loadGlossary, type GlossaryEntry, type GlossaryExample } from '../../src/glossary/index.js';
import type { Finding } from '../../src/types.js';

const glossary = loadGlossary();
const cases = glossary.entries.flatMap((entry) => entry.examples.map((example, i) => [`${entry.id} #${i}`, entry, example] as const));
const badCases = cases.filter(([, , example]) => example.bad !== undefined);

function check(text: string, example: GlossaryExample): Finding[] {
  return checkEnglish(text, { glossary, date: example.date, chinese: example.zh ? { text: example.zh } : undefined });
}

/** What the entry would suggest: its correct forms, its garbles' corrections, and its dated twin. */
function entrySuggestions(entry: GlossaryEntry): Set<string> {
  const twin = entry.sameAs ? glossary.byId.get(entry.sameAs) : undefined;
  const forms = [entry.preferred, ...entry.variants, ...entry.garbles.map((g) => g.correction)];
  if (twin) forms.push(twin.preferred, ...twin.variants);
  return new Set(forms.map(formKey));
}

/** A finding is about this entry when it suggests one of its forms or flags one of its garbles. */
function isAbout(finding: Finding, entry: GlossaryEntry): boolean {
  const suggestions = entrySuggestions(entry);
  return finding.suggestions.some((s) => suggestions.has(formKey(s))) || entry.garbles.some((g) => formKey(g.text) === formKey(finding.text));
}

describe('glossary examples through checkEnglish', () => {
  it('has examples to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(badCases)('%s: bad is flagged with a suggestion the good text uses', (_name, entry, example) => {
    const bad = example.bad!;
    const findings = check(bad, example).filter((f) => isAbout(f, entry));
    expect(findings, JSON.stringify(check(bad, example), null, 1)).not.toEqual([]);
    const good = formKey(example.good);
    expect(findings.some((f) => f.suggestions.some((s) => good.includes(formKey(s))))).toBe(true);
  });

  it.each(cases)('%s: good produces no finding for the entry', (_name, entry, example) => {
    const findings = check(example.good, example).filter((f) => isAbout(f, entry) && f.rule.startsWith('glossary/'));
    expect(findings).toEqual([]);
  });
});

/** A date on which the entry's name was in use. */
function dateInUse(entry: GlossaryEntry): string | undefined {
  const period = entry.valid?.[0];
  if (!period) return undefined;
  return period.from ? `${period.from.slice(0, 7)}-28` : `${period.to!.slice(0, 4)}-01-01`;
}

describe('quiet on every correct form', () => {
  it.each(glossary.entries.map((entry) => [entry.id, entry] as const))('%s: its preferred and accepted forms raise no glossary finding', (_id, entry) => {
    const date = dateInUse(entry);
    const noisy: string[] = [];
    for (const form of [entry.preferred, ...entry.variants]) {
      const text = `The statement mentions ${form} twice: ${form}.`;
      for (const f of checkEnglish(text, { glossary, date })) {
        if (f.rule.startsWith('glossary/')) noisy.push(`${form}: ${f.rule} “${f.text}” ${f.message}`);
      }
    }
    expect(noisy).toEqual([]);
  });
});
