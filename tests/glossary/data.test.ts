// The curated glossary is data with its own tests: schema, no duplicate or contradictory forms,
// every regex compiles, every garble is found as itself by the matcher.
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  defaultGlossaryPath,
  findChineseTerms,
  findEnglishTerms,
  formKey,
  GlossaryEntrySchema,
  lettersKey,
  loadGlossary,
  TRANSLITERATED_TYPES,
  validateGlossaryData,
} from '../../src/glossary/index.js';

const raw = JSON.parse(readFileSync(defaultGlossaryPath, 'utf8')) as { entries: unknown[] };
const glossary = loadGlossary();

describe('curated glossary data', () => {
  it('validates as a whole (schema and cross-entry rules)', () => {
    const result = validateGlossaryData(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has at least 500 entries', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(500);
  });

  it.each(raw.entries.map((entry, i) => [(entry as { id: string }).id ?? `#${i}`, entry]))('entry %s matches the schema', (_id, entry) => {
    const parsed = GlossaryEntrySchema.safeParse(entry);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has Simplified and Traditional Chinese forms for every entry with Chinese', () => {
    const missing = glossary.entries.filter((e) => e.zhHans.length > 0 && e.zhHant.length === 0).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('has no unconditional English form in two entries', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of glossary.entries) {
      const forms = [entry.preferred, ...entry.variants, ...entry.garbles.filter((g) => !g.context).map((g) => g.text)];
      for (const key of new Set(forms.map(formKey))) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: ${owner} and ${entry.id}`);
        else owners.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never suggests a known garble, and no accepted form is a garble of another entry', () => {
    const garbles = new Map<string, string>();
    for (const entry of glossary.entries) for (const g of entry.garbles) if (!g.context) garbles.set(formKey(g.text), entry.id);
    const bad: string[] = [];
    for (const entry of glossary.entries) {
      for (const form of [entry.preferred, ...entry.variants, ...entry.garbles.map((g) => g.correction)]) {
        const owner = garbles.get(formKey(form));
        if (owner) bad.push(`${entry.id}: "${form}" is a garble of ${owner}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('compiles every context regular expression', () => {
    for (const entry of glossary.entries) {
      for (const g of entry.garbles) if (g.context?.en) expect(() => new RegExp(g.context!.en!, 'iu'), entry.id).not.toThrow();
    }
  });

  it('finds every garble text as itself, whole, in a sentence', () => {
    const lost: string[] = [];
    for (const entry of glossary.entries) {
      for (const g of entry.garbles) {
        const text = `They said ${g.text} yesterday.`;
        const match = findEnglishTerms(glossary, text).find((m) => m.start === 10);
        const whole = match && match.end === 10 + g.text.length && match.hits.some((h) => h.garble === g);
        if (!whole) lost.push(`${entry.id}: ${g.text}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('finds every preferred and accepted form as a correct form of its own entry', () => {
    const lost: string[] = [];
    for (const entry of glossary.entries) {
      for (const form of [entry.preferred, ...entry.variants]) {
        const matches = findEnglishTerms(glossary, `(${form})`);
        const ok = matches.length === 1 && matches[0].text === form && matches[0].hits.some((h) => h.entry === entry && h.role !== 'garble');
        if (!ok) lost.push(`${entry.id}: ${form}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('finds every Chinese form as its own entry', () => {
    const lost: string[] = [];
    for (const entry of glossary.entries) {
      for (const form of [...entry.zhHans, ...entry.zhHant]) {
        const matches = findChineseTerms(glossary, `据报道${form}。`);
        if (!(matches.length === 1 && matches[0].entry === entry && matches[0].text === form)) lost.push(`${entry.id}: ${form}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('gives the pinyin of the first Chinese form of every transliterated name (checked against pinyin-pro)', () => {
    const wrong: string[] = [];
    for (const entry of glossary.entries) {
      if (!TRANSLITERATED_TYPES.has(entry.type) || entry.zhHans.length === 0) continue;
      const expected = pinyin(entry.zhHans[0], { toneType: 'none', type: 'array' }).join('');
      if (entry.pinyin === undefined || lettersKey(entry.pinyin) !== lettersKey(expected)) wrong.push(`${entry.id}: ${entry.pinyin} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has a source note on every entry, and dates only with a sameAs twin that is valid when it is not', () => {
    for (const entry of glossary.entries) {
      expect(entry.source.trim().length, entry.id).toBeGreaterThan(5);
      if (entry.valid) expect(entry.sameAs, entry.id).toBeDefined();
    }
  });
});
