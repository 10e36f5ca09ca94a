// The library API checks its input (issue 12 item 7). Every function `import … from 'silkalign'`
// gives is listed below with its parameters and a good call: the good call returns exactly what
// the stage's own (unchecked) function returns, and each argument in turn replaced by a value of
// the wrong kind is an InputError naming the function and that argument. Then the mistakes a
// user makes: a number for a text, a missing field, a misspelt option, an impossible date, an
// unknown language; and the package as a user imports it (node, `import from 'silkalign'`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as align from '../../src/align/index.js';
import * as app from '../../src/app/index.js';
import * as checks from '../../src/checks/index.js';
import * as corpus from '../../src/corpus/index.js';
import * as exporting from '../../src/export/index.js';
import * as fixing from '../../src/fix/index.js';
import * as glossaries from '../../src/glossary/index.js';
import * as api from '../../src/index.js';
import * as normalize from '../../src/normalize/index.js';
import * as pipeline from '../../src/pipeline/index.js';
import { roundScore } from '../../src/scores.js';
import * as segment from '../../src/segment/index.js';
import { ManifestEntrySchema, type Finding } from '../../src/types.js';
import { repoRoot } from '../helpers/cli.js';

const DATE = '2022-06-08';
const ZH = '外长们于2022年6月8日在努尔苏丹会晤。\n\n双方同意加强禁毒合作。';
const EN = 'The ministers met in Nur Sudan on 8 June 2022.\n\nThe two sides agreed to strengthen anti -drug cooperation.';
const zhSource = { path: 'a.zh.txt', text: ZH, encoding: 'utf-8' };
const enSource = { path: 'a.en.txt', text: EN, encoding: 'utf-8' };
const zhEntry = ManifestEntrySchema.parse({ id: 'a-zh', file: 'a.zh.txt', language: 'zh', date: DATE, counterpart: 'a-en' });
const enEntry = ManifestEntrySchema.parse({ id: 'a-en', file: 'a.en.txt', language: 'en', date: DATE, counterpart: 'a-zh' });
const entries = [
  { entry: zhEntry, source: zhSource },
  { entry: enEntry, source: enSource },
];

const glossary = glossaries.loadGlossary();
const glossaryRaw = readFileSync(join(repoRoot, 'corpus/glossary.json'), 'utf8');
const glossaryData: unknown = JSON.parse(glossaryRaw);
const nurSultan = glossary.entries.find((e) => e.garbles.some((g) => g.text === 'Nur Sudan'))!;
const alignment = new align.AlignmentContext();
const zhPrepared = app.prepareDocument(zhEntry, zhSource);
const enPrepared = app.prepareDocument(enEntry, enSource);
const pairing = align.pairDocuments([zhPrepared, enPrepared].map((d) => ({ id: d.entry.id, language: d.entry.language, paragraphs: d.paragraphs, date: DATE })));
const documentAlignment = pairing.pairs[0].alignment;
const findings: Finding[] = app.checkEnglish(EN, { glossary, date: DATE });
const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
const check = (text: string): Finding[] => app.checkEnglish(text, { glossary, date: DATE });
const decisionFile = fixing.recordDecision(fixing.emptyDecisions(), EN, findings[0], { decision: 'reject' });
const beads = align.alignSegments(['甲。', '乙。'], ['A.', 'B.']);
const segments = app.exportPair(zhSource, enSource, { glossary, decisions: [], minScore: 0.5, source: 'a-zh|a-en' }).segments;
const zhSentences = zhPrepared.paragraphs.flatMap((p) => p.sentences);
const enSentences = enPrepared.paragraphs.flatMap((p) => p.sentences);
const sourceSegments = enSentences.map((s) => ({ text: s.text, sourceStart: s.start, sourceEnd: s.end }));
const pairReport = exporting.buildPairReport({ title: 'pair', facts: [['relation', 'translation']], zhSentences: ['甲。'], enSentences: sourceSegments.slice(0, 1), beads: [{ zh: [0], en: [0], score: 0.9 }], findings: [] });
const corpusIndex = {
  title: 'corpus',
  exports: [{ href: 'parallel.tmx', label: 'TMX' }],
  pairs: [{ id: 'p', zh: 'a-zh', en: 'a-en', relation: 'translation', score: 0.9, errors: 1, warnings: 0, reports: [{ href: 'p/report.html', label: 'report' }] }],
  documents: [{ id: 'a-en', language: 'en', errors: 1, warnings: 0, info: 0, links: [{ href: 'a-en/report.html', label: 'report' }] }],
};
const tmx = exporting.parallelFormat('tmx')!;
const folder = mkdtempSync(join(tmpdir(), 'silkalign-api-'));
writeFileSync(join(folder, 'a.en.txt'), EN);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each public function: its parameters as messages name them, and a call that must work. `*` marks a parameter any value fits. */
const FUNCTIONS: Record<string, { params: string[]; good: () => unknown[] }> = {
  prepareDocument: { params: ['entry', 'source', 'options'], good: () => [zhEntry, zhSource, { keepBoilerplate: true }] },
  prepareText: { params: ['text', 'language', 'options'], good: () => [EN, 'en'] },
  pairPrepared: { params: ['documents', 'alignment'], good: () => [[zhPrepared, enPrepared], new align.AlignmentContext()] },
  alignTexts: { params: ['zh', 'en', 'options'], good: () => [zhSource, enSource, { level: 'sentence', mode: 'auto' }] },
  alignLines: { params: ['zh', 'en', 'options'], good: () => [zhSource, enSource, { mode: 'translation' }] },
  checkEnglish: { params: ['text', 'options'], good: () => [EN, { glossary, date: DATE, chinese: { text: ZH }, disable: ['style/calque'] }] },
  fixEnglish: { params: ['text', 'options'], good: () => [EN, { glossary, decisions: [], date: DATE }] },
  exportPair: { params: ['zhSource', 'enSource', 'options'], good: () => [zhSource, enSource, { glossary, decisions: [], minScore: 0.5, source: 'x', comparable: true }] },
  analyseUnit: { params: ['entries', 'ctx', 'options'], good: () => [entries, { glossary, decisions: [], alignment: new align.AlignmentContext() }, { minScore: 0.5, reports: 'flagged' }] },
  runPipeline: { params: ['entries', 'options'], good: () => [entries, { glossary, toolVersion: 'test' }] },
  readSourceFile: { params: ['path'], good: () => [join(folder, 'a.en.txt')] },
  decodeBytes: { params: ['bytes', 'path'], good: () => [Buffer.from(ZH), 'a.zh.txt'] },
  loadCorpus: { params: ['dir'], good: () => [folder] },
  detectLanguage: { params: ['text'], good: () => [ZH] },
  detectParagraphLanguage: { params: ['text', 'options'], good: () => ['Es ist ein deutscher Satz über die Zusammenarbeit.', { otherLatinAs: 'en' }] },
  detectScript: { params: ['text'], good: () => ['國際合作'] },
  traditionalToSimplified: { params: ['text'], good: () => ['國際合作'] },
  normalizeDocument: { params: ['text', 'options'], good: () => [ZH, { language: 'zh' }] },
  toSourceOffset: { params: ['offsets', 'n'], good: () => [enPrepared.normalized.offsets, 12] },
  stripPinyinGlosses: { params: ['text'], good: () => ['联(lián)大'] },
  segmentParagraphs: { params: ['doc'], good: () => [normalize.normalizeDocument(EN, { language: 'en' })] },
  splitSentences: { params: ['text', 'language'], good: () => ['甲。乙！', 'zh'] },
  paragraphNumbering: { params: ['text'], good: () => ['一、各方同意。'] },
  alignSegments: { params: ['zh', 'en', 'options'], good: () => [['甲。', '乙。'], ['A.'], { maxBead: 2, context: alignment }] },
  alignDocuments: { params: ['zh', 'en', 'options'], good: () => [zhPrepared.paragraphs, enPrepared.paragraphs, { mode: 'translation' }] },
  pairDocuments: { params: ['docs', 'options'], good: () => [[zhPrepared, enPrepared].map((d) => ({ id: d.entry.id, language: d.entry.language, paragraphs: d.paragraphs }))] },
  linkComparable: { params: ['zh', 'en', 'context'], good: () => [zhSentences.map((s) => s.text), enSentences.map((s) => s.text), alignment] },
  lexicalSimilarity: { params: ['zh', 'en', 'lexicon'], good: () => ['加强合作', 'strengthen cooperation'] },
  formatBeadLines: { params: ['beads'], good: () => [beads] },
  parseBeadLine: { params: ['line'], good: () => ['[0,1]:[2]'] },
  lexicalScorer: { params: ['context'], good: () => [alignment] },
  createAlignmentContext: { params: ['options'], good: () => [{ extraLexicon: [{ zh: ['禁毒'], en: ['drug control'] }] }] },
  listRules: { params: [], good: () => [] },
  loadGlossary: { params: ['path'], good: () => [join(repoRoot, 'corpus/glossary.json')] },
  parseGlossary: { params: ['raw', 'file'], good: () => [glossaryRaw, 'glossary.json'] },
  glossaryFromData: { params: ['*data', 'file', 'raw'], good: () => [glossaryData, 'glossary.json'] },
  validateGlossaryData: { params: ['*data'], good: () => [{ version: 1, entries: 'none' }] },
  findEnglishTerms: { params: ['glossary', 'text'], good: () => [glossary, EN] },
  findChineseTerms: { params: ['glossary', 'text'], good: () => [glossary, ZH] },
  nearMissCandidates: { params: ['glossary', 'span', 'options'], good: () => [glossary, 'Nur Sultn', { limit: 3 }] },
  nameValidity: { params: ['glossary', 'entry', 'date'], good: () => [glossary, nurSultan, DATE] },
  garbleApplies: { params: ['garble', 'input'], good: () => [nurSultan.garbles[0], { text: 'in Nur Sudan', start: 3, end: 12 }] },
  englishFormsRegExp: { params: ['glossary'], good: () => [glossary] },
  formatGlossaryTbx: { params: ['entries', 'options'], good: () => [[nurSultan], { toolVersion: 'test' }] },
  formatGlossaryOmegaT: { params: ['entries'], good: () => [[nurSultan]] },
  applyFixes: { params: ['text', 'fixes'], good: () => [EN, fixes] },
  fixText: { params: ['text', 'check', 'options'], good: () => [EN, check, { maxPasses: 2 }] },
  unifiedDiff: { params: ['path', 'before', 'after', 'context'], good: () => ['a.en.txt', EN, EN.replace('Nur Sudan', 'Nur-Sultan'), 1] },
  applyDecisions: { params: ['sourceText', 'findings', 'decisions'], good: () => [EN, findings, decisionFile.decisions] },
  matchDecision: { params: ['decisions', 'sourceText', 'finding'], good: () => [decisionFile.decisions, EN, findings[0]] },
  recordDecision: { params: ['file', 'sourceText', 'finding', 'decision'], good: () => [decisionFile, EN, findings[1], { decision: 'edit', replacement: 'anti-drug' }] },
  parseDecisions: { params: ['json', 'path'], good: () => [fixing.serializeDecisions(decisionFile), 'decisions.json'] },
  serializeDecisions: { params: ['file'], good: () => [decisionFile] },
  findingContext: { params: ['sourceText', 'finding', 'words'], good: () => [EN, findings[0], 3] },
  formatTmx: { params: ['segments', 'options'], good: () => [segments, { toolVersion: 'test' }] },
  formatTsv: { params: ['segments'], good: () => [segments] },
  formatJsonl: { params: ['segments'], good: () => [segments] },
  formatMoses: { params: ['segments'], good: () => [segments] },
  formatParallel: { params: ['format', 'segments', 'options'], good: () => [tmx, segments, { toolVersion: 'test' }] },
  parseTsv: { params: ['tsv'], good: () => [exporting.formatTsv(segments)] },
  parseJsonl: { params: ['jsonl'], good: () => [exporting.formatJsonl(segments)] },
  parseMoses: { params: ['files'], good: () => [exporting.formatMoses(segments)] },
  selectSegments: { params: ['segments', 'minScore'], good: () => [segments, 0.9] },
  pairParallel: {
    params: ['input'],
    good: () => [{ zhSentences, enSentences, enToSource: (n: number) => n, beads: documentAlignment.sentences, findings, source: 'a|b', relation: 'translation' }],
  },
  buildPairReport: { params: ['input'], good: () => [{ title: 'pair', facts: [], zhSentences: ['甲。'], enSentences: sourceSegments.slice(0, 1), beads: [{ zh: [0], en: [0], score: 0.9 }], findings }] },
  buildDocumentReport: { params: ['input'], good: () => [{ title: 'doc', facts: [['date', DATE]], language: 'en', paragraphs: sourceSegments, findings, rejected: 1 }] },
  formatReportHtml: { params: ['report'], good: () => [pairReport] },
  formatReportMarkdown: { params: ['report'], good: () => [pairReport] },
  formatIndexHtml: { params: ['index'], good: () => [corpusIndex] },
  formatFindings: { params: ['files', 'format', 'options'], good: () => [[{ path: 'a.en.txt', findings }], 'sarif', { toolVersion: 'test' }] },
  roundScore: { params: ['score', 'decimals'], good: () => [0.123456, 3] },
};

/** The stages' own functions, as the checked ones call them (the use cases' names win, as in src/api). */
const unchecked: Record<string, (...args: unknown[]) => unknown> = { ...corpus, ...normalize, ...segment, ...align, ...checks, ...glossaries, ...fixing, ...exporting, ...pipeline, ...app, roundScore } as never;
const publicApi = api as unknown as Record<string, unknown>;
const call = (name: string, args: unknown[]): unknown => (publicApi[name] as (...a: unknown[]) => unknown)(...args);

/** Whatever `fn` returned or threw, awaited. */
async function outcome(fn: () => unknown): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await fn() };
  } catch (error) {
    return { error };
  }
}

/** A RegExp and a class compare by what they are, not by identity. */
const comparable = (v: unknown): unknown => (v instanceof RegExp ? String(v) : typeof v === 'function' || v instanceof align.AlignmentContext ? typeof v : v);

describe('every public function checks its arguments', () => {
  it('the table lists every function and class the package exports', () => {
    const functions = Object.entries(publicApi).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    const classes = ['AlignmentContext', 'GlossaryLoader', 'ManifestLookup', 'InputError', 'LexicalScorer'];
    expect(functions.filter((f) => !classes.includes(f)).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  for (const [name, { params, good }] of Object.entries(FUNCTIONS)) {
    it(`${name}: a good call returns what the stage returns; each wrong argument is an InputError naming it`, async () => {
      const args = good();
      const checkedResult = await outcome(() => call(name, args));
      const ownResult = await outcome(() => unchecked[name](...args));
      expect(checkedResult.error).toBeUndefined();
      expect(comparable(checkedResult.value)).toEqual(comparable(ownResult.value));

      for (const [i, param] of params.entries()) {
        if (param.startsWith('*')) continue;
        const wrong = [...args];
        wrong[i] = Symbol('wrong');
        const { error } = await outcome(() => call(name, wrong));
        expect(error, `${name}(${param}: Symbol)`).toBeInstanceOf(api.InputError);
        expect((error as Error).message).toMatch(new RegExp(`^${name}: ${param}\\b.* \\(got symbol\\)$`));
      }
    });
  }

  it('the classes check what they are given', async () => {
    expect(() => new api.AlignmentContext({ lexicon: [] } as never)).toThrow(new api.InputError('AlignmentContext: options has no option "lexicon"'));
    expect(() => new api.GlossaryLoader().load({ file: 42 } as never)).toThrow(/^GlossaryLoader\.load: source\.file must be a string \(got number 42\)$/);
    expect(() => new api.GlossaryLoader().loadPortable(42 as never)).toThrow(/^GlossaryLoader\.loadPortable: file must be a string/);
    await expect(new api.ManifestLookup().entryOf(undefined as never)).rejects.toThrow(/^ManifestLookup\.entryOf: file is required: a string \(got undefined\)$/);
    await expect(new api.ManifestLookup().dateOf('a.en.txt', 'yesterday')).rejects.toThrow(/^ManifestLookup\.dateOf: given must be a date as YYYY-MM-DD \(got "yesterday"\)$/);
    // Good arguments: what the use case's own classes give.
    expect(new api.GlossaryLoader().load().entries.length).toBe(glossary.entries.length);
    expect(await new api.ManifestLookup().dateOf(join(folder, 'a.en.txt'), DATE)).toBe(DATE);
    expect(new api.AlignmentContext()).toBeInstanceOf(align.AlignmentContext);
  });
});

describe('the mistakes a user makes', () => {
  const CASES: Array<[string, () => unknown, string]> = [
    ['a number for a text', () => api.checkEnglish(42 as never), 'checkEnglish: text must be a string (got number 42)'],
    ['a made-up date', () => api.checkEnglish(EN, { date: 'yesterday' }), 'checkEnglish: options.date must be a date as YYYY-MM-DD (got "yesterday")'],
    ['a date not on the calendar', () => api.fixEnglish(EN, { glossary, decisions: [], date: '2022-02-30' }), 'fixEnglish: options.date must be a date as YYYY-MM-DD that exists on the calendar (got "2022-02-30")'],
    ['a date in another format', () => api.nameValidity(glossary, nurSultan, '8 June 2022'), 'nameValidity: date must be a date as YYYY-MM-DD (got "8 June 2022")'],
    ['a misspelt option', () => api.checkEnglish(EN, { dat: DATE } as never), 'checkEnglish: options has no option "dat"'],
    ['an unknown language', () => api.prepareText(EN, 'fr' as never), 'prepareText: language must be "zh" or "en" or "other" (got "fr")'],
    ['an unknown language in an option', () => api.normalizeDocument(EN, { language: 'english' as never }), 'normalizeDocument: options.language must be "zh" or "en" or "other" (got "english")'],
    ['a missing field', () => api.alignTexts(zhSource, { path: 'a.en.txt', text: EN } as never, { level: 'sentence', mode: 'auto' }), 'alignTexts: en.encoding is required: a string (got undefined)'],
    ['a missing option', () => api.exportPair(zhSource, enSource, { glossary, decisions: [], source: 'x' } as never), 'exportPair: options.minScore is required: a number (got undefined)'],
    ['a score out of range, deep inside', () => api.formatTmx([{ ...segments[0], score: 2 }], { toolVersion: 't' }), 'formatTmx: segments[0].score must be at most 1 (got number 2)'],
    ['a wrong mode', () => api.alignDocuments(ZH, EN, { mode: 'parallel' as never }), 'alignDocuments: options.mode must be "auto" or "translation" or "comparable" (got "parallel")'],
    ['numbers for documents', () => api.alignDocuments(1 as never, 2 as never), 'alignDocuments: zh must be a text (string) or its paragraphs (segmentParagraphs) (got number 1)'],
    ['a glossary file name for a glossary', () => api.findEnglishTerms('corpus/glossary.json' as never, EN), 'findEnglishTerms: glossary must be a glossary (loadGlossary, parseGlossary or glossaryFromData) (got "corpus/glossary.json")'],
    ['a manifest entry with a bad date', () => api.prepareDocument({ ...zhEntry, date: '2022-13-01' }, zhSource), 'prepareDocument: entry.date must be a date as YYYY-MM-DD that exists on the calendar (got "2022-13-01")'],
    ['a string for the segments', () => api.formatTsv('zh\ten' as never), 'formatTsv: segments must be an array (got "zh\\ten")'],
    ['an unknown findings format', () => api.formatFindings([], 'xml' as never), 'formatFindings: format must be "stylish" or "json" or "sarif" (got "xml")'],
  ];
  for (const [what, fn, message] of CASES) {
    it(what, () => {
      expect(fn).toThrow(api.InputError);
      expect(fn).toThrow(message);
      try {
        fn();
      } catch (error) {
        expect((error as Error).message).toBe(message);
        expect((error as api.InputError).exitCode).toBe(2);
      }
    });
  }

  it('a promise-returning function rejects instead of throwing', async () => {
    const pending = api.readSourceFile(42 as never);
    await expect(pending).rejects.toThrow(new api.InputError('readSourceFile: path must be a string (got number 42)'));
    await expect(api.loadCorpus('')).rejects.toThrow('loadCorpus: dir must be at least 1 long (got "")');
  });

  it('alignDocuments takes plain texts, as their paragraphs prepared as Chinese and as English', () => {
    const fromText = api.alignDocuments(ZH, EN, { mode: 'translation' });
    const fromParagraphs = api.alignDocuments(app.prepareText(ZH, 'zh').paragraphs, app.prepareText(EN, 'en').paragraphs, { mode: 'translation' });
    expect(fromText).toEqual(fromParagraphs);
    expect(fromText.sentences.map((b) => [b.zh, b.en])).toEqual([[[0], [0]], [[1], [1]]]);
  });
});

describe('the package as a user imports it', () => {
  it('a wrong argument is one InputError line, no TypeError from inside dist/', () => {
    const script = [
      "import { checkEnglish, alignDocuments, InputError } from 'silkalign';",
      "for (const f of [() => checkEnglish(42), () => checkEnglish('x', { date: 'yesterday' })]) {",
      '  try { f(); } catch (e) { console.log(e instanceof InputError, e.message); }',
      '}',
      "console.log(alignDocuments('双方同意加强合作。', 'The two sides agreed to strengthen cooperation.').sentences.length);",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      ['true checkEnglish: text must be a string (got number 42)', 'true checkEnglish: options.date must be a date as YYYY-MM-DD (got "yesterday")', '1', ''].join('\n'),
    );
  });
});
