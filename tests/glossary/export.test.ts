// TBX and OmegaT exports, parsed back: every entry and form present, text escaped, no header
// surprises; on a small glossary with awkward characters and on the curated one.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatGlossaryOmegaT, formatGlossaryTbx } from '../../src/export/index.js';
import { glossaryFromData, loadGlossary, type GlossaryEntry } from '../../src/glossary/index.js';

const awkward = glossaryFromData({
  version: 1,
  entries: [
    {
      id: 'amp',
      type: 'organisation',
      zhHans: ['甲乙'],
      zhHant: ['甲乙'],
      preferred: 'A & B <Centre>',
      variants: ['"A" and \'B\''],
      garbles: [{ text: 'A\tand\tB', correction: 'A & B <Centre>', safe: true, context: { zh: ['甲乙'] } }],
      source: 'test: <source> & "quotes"',
    },
    { id: 'no-chinese', type: 'set-phrase', preferred: 'Plain', source: 'test' },
  ],
});

interface TermSec {
  term: string | number;
  termNote: { '#text': string; type: string }[];
}
interface LangSec {
  'xml:lang': string;
  termSec: TermSec[];
}
interface ConceptEntry {
  id: string;
  langSec: LangSec[];
}

function parseTbx(xml: string): ConceptEntry[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) => ['conceptEntry', 'langSec', 'termSec', 'termNote', 'note'].includes(name),
  });
  const doc = parser.parse(xml) as { tbx: { type: string; text: { body: { conceptEntry: ConceptEntry[] } } } };
  expect(doc.tbx.type).toBe('TBX-Basic');
  return doc.tbx.text.body.conceptEntry;
}

function termsOf(concept: ConceptEntry, lang: string): [string, string][] {
  const sec = concept.langSec.find((l) => l['xml:lang'] === lang);
  return (sec?.termSec ?? []).map((t) => [String(t.term), t.termNote.find((n) => n.type === 'administrativeStatus')!['#text']]);
}

describe('formatGlossaryTbx', () => {
  it('escapes markup and keeps every form with its status', () => {
    const [amp, plain] = parseTbx(formatGlossaryTbx(awkward.entries, { toolVersion: '1.0' }));
    expect(amp.id).toBe('amp');
    expect(termsOf(amp, 'en')).toEqual([
      ['A & B <Centre>', 'preferredTerm-admn-sts'],
      ['"A" and \'B\'', 'admittedTerm-admn-sts'],
      ['A\tand\tB', 'deprecatedTerm-admn-sts'],
    ]);
    expect(termsOf(amp, 'zh-Hans')).toEqual([['甲乙', 'preferredTerm-admn-sts']]);
    expect(plain.langSec.map((l) => l['xml:lang'])).toEqual(['en']);
  });

  it('exports every curated entry, each with all its English forms', () => {
    const glossary = loadGlossary();
    const concepts = parseTbx(formatGlossaryTbx(glossary.entries, { toolVersion: '1.0' }));
    expect(concepts.map((c) => c.id)).toEqual(glossary.entries.map((e) => e.id));
    concepts.forEach((c, i) => {
      const e: GlossaryEntry = glossary.entries[i];
      expect(termsOf(c, 'en').map(([t]) => t)).toEqual([e.preferred, ...e.variants, ...e.garbles.map((g) => g.text)]);
      expect(termsOf(c, 'zh-Hant').map(([t]) => t)).toEqual(e.zhHant);
    });
  });

  it('gives the same bytes for the same glossary', () => {
    const g = loadGlossary();
    expect(formatGlossaryTbx(g.entries, { toolVersion: '1' })).toBe(formatGlossaryTbx(g.entries, { toolVersion: '1' }));
  });
});

describe('formatGlossaryOmegaT', () => {
  const parse = (tsv: string) => tsv.trimEnd().split('\n').map((line) => line.split('\t'));

  it('writes source, target and comment, with tabs inside fields turned into spaces', () => {
    expect(parse(formatGlossaryOmegaT(awkward.entries))).toEqual([['甲乙', 'A & B <Centre>', 'organisation | also: "A" and \'B\' | avoid: A and B → A & B <Centre>']]);
  });

  it('has one row per distinct Chinese form of the curated glossary, three fields each', () => {
    const glossary = loadGlossary();
    const rows = parse(formatGlossaryOmegaT(glossary.entries));
    for (const row of rows) expect(row).toHaveLength(3);
    const expected = glossary.entries.flatMap((e) => [...new Set([...e.zhHans, ...e.zhHant])].map((zh) => [zh, e.preferred]));
    expect(rows.map(([zh, en]) => [zh, en])).toEqual(expected);
  });
});
