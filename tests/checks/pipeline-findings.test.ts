// The findings stage of `silkalign run`: findings.json and findings.md per English document,
// cross-lingual checks only for a pair the pairing calls a translation, and the documents ×
// rule-family table of index.md.
import { describe, expect, it } from 'vitest';
import { checkInPairing, prepareDocument, translationPairOf, type PreparedDocument } from '../../src/app/index.js';
import type { Pairing } from '../../src/align/index.js';
import { ruleFamilies } from '../../src/checks/index.js';
import { findingsSummaryMarkdown, findingsSummaryRow } from '../../src/export/index.js';
import { applyDecisions, type Decision } from '../../src/fix/index.js';
import { loadGlossary } from '../../src/glossary/index.js';
import { englishFiles } from '../../src/pipeline/index.js';
import { FindingSchema, type Finding, type ManifestEntry } from '../../src/types.js';

const entry = (id: string, language: 'zh' | 'en', date?: string): ManifestEntry => ({ id, file: `documents/${id}.txt`, language, date, kind: 'joint-statement', origin: 'unknown' });

const documents = [
    { entry: entry('zh-doc', 'zh', '2022-06-08'), source: { path: 'zh-doc.txt', text: '各方在杜尚别举行会议。\n\n各方感谢哈方高水平举办会议。\n\n会议于2022年6月8日举行。\n', encoding: 'utf-8' } },
    { entry: entry('en-doc', 'en', '2022-06-08'), source: { path: 'en-doc.txt', text: 'The parties met in Dushanbi.\n\nAll parties thanked Harbin for hosting the meeting.\n\nThe meeting was held on June 9, 2022.\n', encoding: 'utf-8' } },
    { entry: entry('en-alone', 'en', '2024-12-01'), source: { path: 'en-alone.txt', text: 'The summit in Nur-Sultan, Program Program.\n', encoding: 'utf-8' } },
].map((e) => prepareDocument(e.entry, e.source));
const [zh] = documents;

/**
 * What `run` does with each English document: checked in its pairing (app/check), decisions
 * applied, findings.json and findings.md written, a row of the findings summary.
 */
function checkCorpus(docs: PreparedDocument[], pairing: Pairing, options: { decisions?: Decision[] } = {}) {
  const byId = new Map(docs.map((d) => [d.entry.id, d]));
  const byDocument = new Map<string, Finding[]>();
  const files: Array<[string, string]> = [];
  const rows = [];
  for (const doc of docs.filter((d) => d.entry.language === 'en')) {
    const findings = checkInPairing(doc, pairing, byId, loadGlossary());
    byDocument.set(doc.entry.id, findings);
    const decided = applyDecisions(doc.source.text, findings, options.decisions ?? []);
    const crossLingual = translationPairOf(doc.entry.id, pairing) !== undefined;
    files.push(...englishFiles(doc, { decided: decided.findings, rejected: decided.rejected.length, crossLingual }));
    rows.push(findingsSummaryRow(doc.entry.id, decided.findings, ruleFamilies, { rejected: decided.rejected.length, crossLingual }));
  }
  return { byDocument, files, section: findingsSummaryMarkdown(rows, ruleFamilies) };
}

function pairing(relation: 'translation' | 'comparable'): Pairing {
  const beads = zh.paragraphs.map((_, i) => ({ zh: [i], en: [i], score: 0.9, sentences: [] }));
  return {
    pairs: [{ zh: 'zh-doc', en: 'en-doc', score: 0.9, evidence: [], linkedShare: 1, id: 'zh-doc--en-doc', relation, alignment: { mode: relation, paragraphs: beads, sentences: [], linkedShare: 1 } }],
    unpaired: ['en-alone'],
    candidates: [],
  };
}

describe('findings stage', () => {
  it('writes findings.json (CONTRACTS shape) and findings.md for every English document', () => {
    const stage = checkCorpus(documents, pairing('translation'));
    expect(stage.files.map(([path]) => path)).toEqual(['en-doc/findings.json', 'en-doc/findings.md', 'en-alone/findings.json', 'en-alone/findings.md']);
    const json = JSON.parse(stage.files[0][1]);
    expect(json.version).toBe(1);
    expect(json.files[0].path).toBe('documents/en-doc.txt');
    for (const f of json.files[0].findings) FindingSchema.strict().parse(f);
    expect(stage.files[1][1]).toContain('| line:col | severity | rule | text | suggestion | message |');
  });

  it('adds cross-lingual checks for a translation pair and uses the manifest date', () => {
    const stage = checkCorpus(documents, pairing('translation'));
    const rules = (id: string) => stage.byDocument.get(id)!.map((f) => `${f.rule} ${f.text}`);
    expect(rules('en-doc')).toEqual([
      'glossary/near-miss Dushanbi',
      'glossary/known-garble Harbin',
      // 6月8日 ↔ June 9: a substitution, reported on the English number.
      'crosslingual/number-mismatch 9',
    ]);
    expect(stage.byDocument.get('en-doc')![1].suggestions[0]).toMatch(/Kazakh side/);
    expect(rules('en-alone')).toEqual(['glossary/name-validity Nur-Sultan', 'artifact/doubled-word Program Program']);
  });

  it('leaves a comparable pair to the English-only checks', () => {
    const stage = checkCorpus(documents, pairing('comparable'));
    // Without the Chinese, "Harbin" after "thanked" is still the conditional garble by its English context.
    expect(stage.byDocument.get('en-doc')!.map((f) => f.rule).every((r) => !r.startsWith('crosslingual/'))).toBe(true);
    // It is a warning: the glossary marks it for a reviewer (the sentence needs rewriting).
    expect(stage.section).toContain('| en-doc | 2 | 0 | 0 | 0 | 2 | 0 | 0 | no |');
  });

  it('summarises documents × rule families in index.md', () => {
    const { section } = checkCorpus(documents, pairing('translation'));
    expect(section.split('\n').filter((l) => l.startsWith('|'))).toEqual([
      '| document | glossary | crosslingual | artifact | consistency | total | errors | rejected | Chinese checked |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---|',
      '| en-doc | 2 | 1 | 0 | 0 | 3 | 0 | 0 | yes |',
      '| en-alone | 1 | 0 | 1 | 0 | 2 | 0 | 0 | no |',
    ]);
  });

  it('honours reviewer decisions: a rejected finding is left out and counted, an edit becomes the fix', () => {
    const decisions = [
      { rule: 'glossary/known-garble', text: 'Harbin', before: 'All parties thanked ', after: ' for hosting', decision: 'reject' as const },
      { rule: 'glossary/near-miss', text: 'Dushanbi', before: '', after: '', decision: 'edit' as const, replacement: 'the Tajik capital' },
    ];
    const stage = checkCorpus(documents, pairing('translation'), { decisions });
    const json = JSON.parse(stage.files[0][1]) as { files: Array<{ findings: Array<{ rule: string; text: string; fix?: { replacement: string } }> }> };
    const findings = json.files[0].findings;
    expect(findings.map((f) => `${f.rule} ${f.text}`)).not.toContain('glossary/known-garble Harbin');
    expect(findings.find((f) => f.text === 'Dushanbi')?.fix?.replacement).toBe('the Tajik capital');
    expect(stage.files[1][1]).not.toContain('Harbin');
    expect(stage.section).toContain('| en-doc | 1 | 1 | 0 | 0 | 2 | 0 | 1 | yes |');
    // The reports stage gets the findings before decisions: it applies them itself, to the fixed text too.
    expect(stage.byDocument.get('en-doc')!.map((f) => f.text)).toContain('Harbin');
  });
});
