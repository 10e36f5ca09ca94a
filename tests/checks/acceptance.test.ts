// Acceptance on the seed documents with the curated glossary. The expected findings for the
// 2022 machine translation were written by reading the text line by line (not produced by
// the checker); the test asserts every required one is found with the right suggestion and
// prints recall and precision (a finding matching no expected item counts against precision).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/checks/index.js';
import { loadGlossary } from '../../src/glossary/index.js';
import type { Finding } from '../../src/types.js';
import { repoRoot } from '../helpers/cli.js';

const seed = (name: string): string => readFileSync(join(repoRoot, 'corpus', 'documents', name), 'utf8');
const glossary = loadGlossary();

interface ExpectedFinding {
  line: number;
  /** Rule id, or a family ("glossary/") when the glossary may list it as garble, calque or misspelling. */
  rule: string;
  text: string;
  /** A suggestion must contain this. */
  suggestion?: string;
  /** The finding's text may be longer and contain `text` (chains, loops, a longer garbled name). */
  within?: boolean;
  /** In the issue's acceptance list. */
  required?: boolean;
}

const G = 'glossary/';
const req = (line: number, rule: string, text: string, suggestion?: string, within = false): ExpectedFinding => ({ line, rule, text, suggestion, within, required: true });
const also = (line: number, rule: string, text: string, suggestion?: string, within = false): ExpectedFinding => ({ line, rule, text, suggestion, within });
const hyphens = (line: number, ...texts: string[]): ExpectedFinding[] => texts.map((t) => req(line, 'artifact/spaced-hyphen', t, t.replace(/ -/g, '-'), true));

/** 2022-06-08 third meeting, Nur-Sultan: the English machine translation. */
const expected2022: ExpectedFinding[] = [
  req(5, G, 'Nur Sudan', 'Nur-Sultan'),
  req(7, G, 'Nur Sudan', 'Nur-Sultan'),
  req(7, G, 'Kurubayev', 'Kulubaev'),
  also(7, G, 'Ibrooshm', 'Ibrohim'),
  req(7, G, 'Merendorf', 'Meredov'),
  also(7, G, 'Uzbekistan Republican Digo', 'Norov'),
  req(17, G, 'United University', 'UN General Assembly'),
  also(19, G, 'Central Asian Peace, Trust and Cooperation Zone', 'Zone of Peace'),
  req(19, G, 'United University', 'UN General Assembly'),
  also(25, 'artifact/doubled-word', 'population population', 'population'),
  ...hyphens(25, 'cross -state'),
  ...hyphens(27, 'counter -terrorism'),
  req(27, G, 'Duchamps', 'Dushanbe'),
  req(27, G, "Duchamp's", 'Dushanbe'),
  also(37, G, 'Amazan -dominated', 'Afghan-led and Afghan-owned', true), // the garble spans “Amazan -dominated, and Aren” (阿人主导、阿人所有)
  ...hyphens(37, 'Amazan -dominated', 'long -lasting'),
  req(41, G, 'Duchamps', 'Dushanbe'),
  also(43, G, 'Central Asian Nuclear Weapon Zone Treaty', 'Nuclear-Weapon-Free Zone'),
  ...hyphens(43, 'non -diffusion'),
  ...hyphens(45, 'anti -drug', 'pre -body'),
  ...hyphens(47, 'Dialogue -guaranteeing'),
  ...hyphens(51, 'e -commerce', 'China -Central'),
  ...hyphens(53, 'China -Central'),
  req(53, 'artifact/stray-essence', 'Essence'),
  ...hyphens(55, 'China -Central'),
  ...hyphens(57, 'China -Central', 'high -tech'),
  req(57, G, 'Tashken', 'Tashkent'),
  req(57, 'artifact/stray-essence', 'Essence'),
  req(59, G, 'Asiana International Financial Center', 'Astana International Financial Centre'),
  ...hyphens(61, 'socio -economic'),
  also(63, G, 'Fuhan', 'Afghanistan'),
  req(63, G, 'Holgos', 'Khorgos'),
  req(67, G, 'new crown pneumonia', 'COVID-19'),
  also(73, G, 'Revival Silk Road', 'Revival of the Great Silk Road'),
  ...hyphens(77, 'barrier -free', 'cross -regional'),
  req(81, G, 'United University', 'UN General Assembly'),
  req(81, G, 'United University', 'UN General Assembly'),
  req(81, G, 'new crown epidemic', 'COVID-19'),
  ...hyphens(85, 'cross -regional', 'Lanzhou -Kashgar -Ilkishtan -Osh -Aji', 'Yan -Male', 'Kashgar -Dushang', 'Bie -Grassz', 'cross -Lihai'),
  also(85, G, 'Ilkishtan', 'Irkeshtam'),
  also(85, G, 'Aji Yan', 'Andijan'),
  also(85, G, 'Male', 'Mary'),
  req(85, G, 'Dushang Bie', 'Dushanbe'),
  also(85, G, 'cross -Lihai', 'Trans-Caspian'),
  ...hyphens(87, 'cross -border', 'China -Kyrgyz -Uzbekistan'),
  also(89, G, 'Timmez', 'Termez'),
  also(89, G, 'Mazarif', 'Mazar-i-Sharif'),
  req(89, G, 'White Saisa', 'Peshawar'),
  ...hyphens(89, 'Timmez -Mazarif -White', 'Tazarie -Chi', 'Chipilin -Blitan -Belaka -Kaburf'),
  ...hyphens(91, 'Turkmenistan -Afghanistan -Pakistan', 'Sino -Pakistan'),
  ...hyphens(93, 'China -Central', 'Asia -Middle', 'Asia -South', 'inter -European', 'inter -European -South', 'inter -European -southern', 'European -South'),
  req(93, 'artifact/repetition-loop', 'inter -European inter -European -South European inter -European -South European inter -European -southern European', undefined, true),
  also(93, G, 'Akskin Port', 'Aktau'),
  also(93, G, 'Kulek Port', 'Kuryk'),
  ...hyphens(97, 'Asia -Europe', 'China -Central', 'two -way'),
  req(103, G, 'Lian University', 'UN General Assembly'),
  ...hyphens(105, 'Five -Year'),
  req(105, G, 'Tagikistan', 'Tajikistan'),
  also(105, G, 'Kyrgyzs', 'Kyrgyz'),
  req(105, G, 'salty sea', 'Aral Sea'),
  req(107, G, 'Xianhai', 'Aral Sea'),
  req(109, G, 'salty sea', 'Aral Sea'),
  also(109, G, 'United Nations Human Security Partner Trust Fund', 'Human Security Trust Fund'),
  req(111, G, 'United University', 'UN General Assembly'),
  req(111, G, 'Salt Sea', 'Aral Sea', true),
  req(115, G, 'Tagikistan', 'Tajikistan'),
  also(115, G, 'Water Promoting Sustainable Development', 'Water for Sustainable Development'),
  ...hyphens(115, 'Ten -Year', 'High -level'),
  req(115, G, 'Duchamps', 'Dushanbe'),
  ...hyphens(117, 'long -term'),
  ...hyphens(119, 'High -tech'),
  req(121, G, 'Five Kingdoms', 'China+Central Asia', true), // the calque spans “China+Central Asian Five Kingdoms” (中国+中亚五国)
  ...hyphens(121, 'High -tech'),
  ...hyphens(125, 'high -tech'),
  req(127, G, 'Five Kingdoms', 'China+Central Asia', true),
  also(139, G, 'humanities cooperation', 'cultural'),
  also(141, G, 'Cultural Harmony International Ten Years', 'Rapprochement of Cultures'),
  also(141, 'artifact/repetition-loop', 'hold international festivals, and hold international festivals, and hold international festivals', undefined, true),
  ...hyphens(143, 'China -Central'),
  also(143, 'artifact/doubled-word', 'Program Program', 'Program'),
  ...hyphens(147, 'good -neighborhood'),
  req(151, G, 'new crown pneumonia', 'COVID-19'),
  req(153, G, 'new crown epidemic', 'COVID-19'),
  req(153, G, 'Hafi', 'Kazakhstan'),
  ...hyphens(155, 'anti -epidemic'),
  ...hyphens(157, 'anti -hazard'),
  req(161, G, 'Harbin', 'Kazakh side'),
  ...hyphens(161, 'High -level'),
];

function satisfies(f: Finding, e: ExpectedFinding): boolean {
  if (f.line !== e.line) return false;
  if (e.rule.endsWith('/') ? !f.rule.startsWith(e.rule) : f.rule !== e.rule) return false;
  if (e.within ? !f.text.includes(e.text) : f.text !== e.text) return false;
  return e.suggestion === undefined || f.suggestions.some((s) => s.includes(e.suggestion!));
}

/** Each expected item is matched by a distinct finding where possible (two "United University" on one line need two). */
function score(findings: Finding[], expected: ExpectedFinding[]): { missed: ExpectedFinding[]; unexpected: Finding[]; recall: number; precision: number } {
  const used = new Set<Finding>();
  const missed: ExpectedFinding[] = [];
  for (const e of expected) {
    const match = findings.find((f) => !used.has(f) && satisfies(f, e)) ?? (e.within ? findings.find((f) => satisfies(f, e)) : undefined);
    if (match) used.add(match);
    else missed.push(e);
  }
  const unexpected = findings.filter((f) => !used.has(f) && !expected.some((e) => satisfies(f, e)));
  return {
    missed,
    unexpected,
    recall: (expected.length - missed.length) / expected.length,
    precision: findings.length ? (findings.length - unexpected.length) / findings.length : 1,
  };
}

describe('acceptance: 2022 English machine translation', () => {
  const findings = checkEnglish(seed('2022-06-08_third-meeting-nur-sultan_joint-statement.en.txt'), { glossary, date: '2022-06-08' });
  const result = score(findings, expected2022);
  const required = expected2022.filter((e) => e.required);

  it('prints recall and precision against the hand-written list', () => {
    const requiredMissed = result.missed.filter((e) => e.required).length;
    console.log(
      `[acceptance 2022] findings ${findings.length}; expected ${expected2022.length} (required ${required.length}); ` +
        `recall ${(result.recall * 100).toFixed(1)}% (required: ${(((required.length - requiredMissed) / required.length) * 100).toFixed(1)}%); ` +
        `precision ${(result.precision * 100).toFixed(1)}%`,
    );
    for (const f of result.unexpected) console.log(`  unexpected ${f.line}:${f.column} ${f.rule} “${f.text}” → ${f.suggestions.join(' / ')}`);
    for (const e of result.missed) console.log(`  missed ${e.line} ${e.rule} “${e.text}”`);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every required finding with the right suggestion', () => {
    expect(result.missed.filter((e) => e.required)).toEqual([]);
  });

  it('gives safe fixes for the unambiguous garbles and the spaced hyphens', () => {
    const fixed = (text: string) => findings.filter((f) => f.text === text && f.fix).map((f) => f.fix!.replacement);
    expect(fixed('Nur Sudan')).toEqual(['Nur-Sultan', 'Nur-Sultan']);
    expect(fixed('anti -drug')).toEqual(['anti-drug']);
    expect(fixed('Essence')).toEqual(['', '']);
  });

  // Read off the seed by hand: readings nothing in the text confirms (Digo, Male, Akskin/Kulek
  // Port) and a correction that needs the sentence rewritten (Harbin) are for a reviewer.
  it('garbles that need a reviewer are warnings without a fix; every other garble and calque is an error', () => {
    const glossaryTerms = findings.filter((f) => f.rule === 'glossary/known-garble' || f.rule === 'glossary/calque');
    const warnings = glossaryTerms.filter((f) => f.severity === 'warning').map((f) => `${f.line} ${f.text}`);
    expect(warnings).toEqual(['7 Uzbekistan Republican Digo', '85 Male', '93 Akskin Port', '93 Kulek Port', '161 Harbin']);
    expect(glossaryTerms.filter((f) => f.severity === 'warning' && f.fix)).toEqual([]);
    expect(glossaryTerms.filter((f) => f.severity === 'error' && !f.fix).map((f) => `${f.line} ${f.text}`)).toEqual([]);
  });

  it('flags nothing in the page chrome after "- END -"', () => {
    expect(findings.filter((f) => f.line >= 163)).toEqual([]);
  });
});

describe('acceptance: the other English seeds', () => {
  it('2020 news report: “AsiaInfo” (亚信, the CICA) is flagged', () => {
    const findings = checkEnglish(seed('2020-07-16_first-meeting-video_news-report.en.txt'), { glossary, date: '2020-07-16' });
    const asiaInfo = findings.filter((f) => f.text === 'AsiaInfo');
    expect(asiaInfo).toHaveLength(1);
    expect(asiaInfo[0].rule.startsWith('glossary/')).toBe(true);
    expect(asiaInfo[0].suggestions.join(' ')).toContain('CICA');
  });

  it('2023 talks: no error on a correctly written name', () => {
    const text = seed('2023-04-26_fourth-meeting-xian_talks.en.txt');
    const findings = checkEnglish(text, { glossary, date: '2023-04-26' });
    const correctNames = ['Qin Gang', 'Murat Nurtleu', 'Kulubaev Zheenbek Moldokanovich', 'Sirojiddin Muhriddin', 'Saidov Bakhtiyor Odilovich', 'Vepa Hajiyev', 'Xi Jinping', 'Kassym-Jomart Tokayev', 'Emomali Rahmon', 'Serdar Berdimuhamedov', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Aktobe', 'Shanghai Cooperation Organization'];
    for (const name of correctNames) expect(text).toContain(name);
    const onNames = findings.filter((f) => f.severity === 'error' && correctNames.some((n) => n.includes(f.text) || f.text.includes(n)));
    expect(onNames).toEqual([]);
    console.log(`[acceptance 2023] ${findings.length} findings: ${findings.map((f) => `${f.rule} “${f.text.slice(0, 40)}”`).join('; ')}`);
  });
});
