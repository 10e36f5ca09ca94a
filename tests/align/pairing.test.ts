// Document pairing on the seed corpus (with the manifest, without its dates and events, and
// without any manifest), the comparable 2020 pair's alignment, and the event evidence read
// from the text.
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/index.js';
import { prepareDocument, type PreparedDocument } from '../../src/app/index.js';
import { extractDates, extractMeetingOrdinals } from '../../src/align/event-evidence.js';
import { englishProperNames, pinyinWindows, sharedNames } from '../../src/align/names.js';
import { alignDocuments, pairDocuments, PAIR_THRESHOLD, type Pairing, type PairingDocument } from '../../src/align/index.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import { segmentParagraphs } from '../../src/segment/index.js';
import { repoRoot } from '../helpers/cli.js';

const asPairing = (docs: PreparedDocument[], keepManifest: boolean): PairingDocument[] =>
  docs.map((d) => ({
    id: d.entry.id,
    language: d.entry.language,
    paragraphs: d.paragraphs,
    ...(keepManifest ? { date: d.entry.date, event: d.entry.event } : {}),
  }));

/** Which seed file an id stands for, whatever the manifest calls it. */
function seedOf(docs: PreparedDocument[], id: string): string {
  const file = docs.find((d) => d.entry.id === id)!.entry.file;
  return /(\d{4})-\d\d-\d\d_[^/]*\.(zh|en)\.txt$/.exec(file)!.slice(1, 3).join('.');
}

function summary(docs: PreparedDocument[], pairing: Pairing) {
  return {
    pairs: pairing.pairs.map((p) => [seedOf(docs, p.zh), seedOf(docs, p.en), p.relation]),
    unpaired: pairing.unpaired.map((id) => seedOf(docs, id)).sort(),
  };
}

const EXPECTED = {
  pairs: [['2020.zh', '2020.en', 'comparable']],
  unpaired: ['2022.en', '2023.en', '2024.zh'],
};

let seed: PreparedDocument[];
let withManifest: Pairing;

beforeAll(async () => {
  seed = (await loadCorpus(join(repoRoot, 'corpus'))).map((e) => prepareDocument(e.entry, e.source));
  withManifest = pairDocuments(asPairing(seed, true));
});

describe('pairDocuments on the seed corpus', () => {
  it('pairs the 2020 statement with the 2020 news report, as comparable; the rest have no counterpart', () => {
    expect(summary(seed, withManifest)).toEqual(EXPECTED);
  });

  it('finds the same pairing from the text alone (manifest dates and events removed)', () => {
    expect(summary(seed, pairDocuments(asPairing(seed, false)))).toEqual(EXPECTED);
  });

  it('finds the same pairing in a folder without manifest (ids from file names, language detected)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkalign-pairing-'));
    cpSync(join(repoRoot, 'corpus', 'documents'), join(dir, 'documents'), { recursive: true });
    const docs = (await loadCorpus(dir)).map((e) => prepareDocument(e.entry, e.source));
    expect(summary(docs, pairDocuments(asPairing(docs, false)))).toEqual(EXPECTED);
  });

  it('keeps the 2022 and 2024 statements apart (different meetings) with the reason', () => {
    const c = withManifest.candidates.find((x) => seedOf(seed, x.zh) === '2024.zh' && seedOf(seed, x.en) === '2022.en')!;
    expect(c.score).toBeLessThan(PAIR_THRESHOLD);
    expect(c.evidence.join('; ')).toMatch(/meeting ordinal differs \(5 vs 3\)/);
  });

  it('scores every zh–en combination once, in [0, 1], best first', () => {
    expect(withManifest.candidates).toHaveLength(2 * 3);
    const scores = withManifest.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('is deterministic', () => {
    const again = pairDocuments(asPairing(seed, true));
    expect(JSON.stringify(again)).toBe(JSON.stringify(withManifest));
  });
});

describe('relation read from the text', () => {
  const byYear = (year: string) => seed.find((d) => seedOf(seed, d.entry.id) === year)!.paragraphs;
  const cases: Array<[string, string]> = [
    ['2020.zh', '2020.en'],
    ['2024.zh', '2020.en'],
    ['2024.zh', '2022.en'],
    ['2024.zh', '2023.en'],
  ];
  // Same series, topics in common: never read as a translation of each other.
  for (const [zh, en] of cases) {
    it(`reads ${zh} and ${en} as comparable, not a translation`, () =>
      expect(alignDocuments(byYear(zh), byYear(en), { mode: 'auto' }).mode).toBe('comparable'));
  }
});

describe('the comparable 2020 pair', () => {
  const pair = () => withManifest.pairs[0];
  const zhText = (i: number) => seed.find((d) => d.entry.id === pair().zh)!.paragraphs[i].text;
  const enText = (j: number) => seed.find((d) => d.entry.id === pair().en)!.paragraphs[j].text;

  it('links a few paragraphs and leaves most unmatched rather than forcing links', () => {
    const beads = pair().alignment.paragraphs;
    const links = beads.filter((b) => b.zh.length && b.en.length);
    const zhAlone = beads.filter((b) => !b.en.length).length;
    const zhCount = seed.find((d) => d.entry.id === pair().zh)!.paragraphs.length;
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(zhAlone).toBeGreaterThan(zhCount / 2);
    for (const l of links) {
      expect(l.zh).toHaveLength(1);
      expect(l.en).toHaveLength(1);
      expect(l.score).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('links the opening paragraphs (date and ministers) and the epidemic paragraphs', () => {
    const links = pair().alignment.paragraphs.filter((b) => b.zh.length && b.en.length);
    const linked = links.map((b) => [zhText(b.zh[0]), enText(b.en[0])]);
    expect(linked.some(([zh, en]) => zh.includes('2020年7月16日') && en.includes('China News Agency'))).toBe(true);
    expect(linked.some(([zh, en]) => zh.startsWith('二、') && /First, work together to defeat the epidemic/.test(en))).toBe(true);
  });

  it('leaves most sentences unmatched too', () => {
    const sentences = pair().alignment.sentences;
    const linked = sentences.filter((b) => b.zh.length && b.en.length).length;
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(sentences.length / 3);
  });
});

// An invented statement and its translation (written for this test).
const INVENTED_ZH = [
  '2021年5月12日，中国同中亚五国外长在西安举行第二次会晤。',
  '各方同意加强贸易和投资合作，扩大农产品出口。',
  '各方欢迎在能源、交通和数字经济领域开展新的项目。',
  '各方强调应共同打击恐怖主义、毒品走私和跨国犯罪。',
  '中方愿向中亚国家提供奖学金，支持青年交流和文化合作。',
  '下一次会晤将于2022年在哈萨克斯坦举行。',
];
const INVENTED_EN = [
  "On May 12, 2021, the foreign ministers of China and the five Central Asian countries held their second meeting in Xi'an.",
  'The parties agreed to strengthen trade and investment cooperation and to expand exports of agricultural products.',
  'The parties welcomed new projects in energy, transport and the digital economy.',
  'The parties stressed that they should jointly fight terrorism, drug trafficking and transnational crime.',
  'China is willing to provide scholarships to Central Asian countries and supports youth exchanges and cultural cooperation.',
  'The next meeting will be held in Kazakhstan in 2022.',
];

function invented(id: string, paragraphs: string[], language: 'zh' | 'en'): PairingDocument {
  return { id, language, paragraphs: segmentParagraphs(normalizeDocument(paragraphs.join('\n\n') + '\n', { language })) };
}

describe('pairDocuments on a translation', () => {
  it('pairs a statement with its translation as a translation, linking every paragraph', () => {
    const p = pairDocuments([invented('s-zh', INVENTED_ZH, 'zh'), invented('s-en', INVENTED_EN, 'en')]);
    expect(p.pairs.map((x) => [x.zh, x.en, x.relation])).toEqual([['s-zh', 's-en', 'translation']]);
    expect(p.pairs[0].alignment.paragraphs.map((b) => [b.zh, b.en])).toEqual(INVENTED_ZH.map((_, k) => [[k], [k]]));
  });

  it('pairs them by content alone when no date or ordinal is left', () => {
    const strip = (xs: string[]) => xs.slice(1, 5);
    const p = pairDocuments([invented('s-zh', strip(INVENTED_ZH), 'zh'), invented('s-en', strip(INVENTED_EN), 'en')]);
    expect(p.candidates[0].evidence[0]).toMatch(/of the text in clearly corresponding paragraphs/);
    expect(p.pairs.map((x) => x.relation)).toEqual(['translation']);
  });

  it('does not pair the invented 2021 statement with a seed document of another meeting', () => {
    const talks = asPairing(seed, false).find((d) => d.id === seed.find((s) => seedOf(seed, s.entry.id) === '2023.en')!.entry.id)!;
    const p = pairDocuments([invented('s-zh', INVENTED_ZH, 'zh'), talks]);
    expect(p.pairs).toEqual([]);
    expect(p.unpaired).toHaveLength(2);
  });
});

describe('event evidence', () => {
  const dates: Array<[string, string[]]> = [
    ['2020年7月16日，王毅', ['2020-7-16']],
    ['二〇二〇年七月十六日', ['2020-7-16']],
    ['於12月1日舉行', ['?-12-1']],
    ['On June 8, 2022, the third meeting', ['2022-6-8']],
    ['Beijing, July 16 (Xinhua)', ['?-7-16']],
    ['Time:2022.06.13', ['2022-6-13']],
    ['on 26 April 2023 in Xi’an', ['2023-4-26']],
    ['2024年10月全国查处', []],
    ['June 31', []],
  ];
  for (const [text, expected] of dates) {
    it(`reads the dates of ${JSON.stringify(text)}`, () =>
      expect(extractDates(text).map((d) => `${d.year ?? '?'}-${d.month}-${d.day}`)).toEqual(expected));
  }

  const ordinals: Array<[string, number[]]> = [
    ['举行首次“中国+中亚五国”外长视频会议', [1]],
    ['中國-中亞外長第五次會晤聯合聲明', [5]],
    ['held their first foreign ministers\' meeting via video', [1]],
    ['for the fourth meeting of China-Central Asia foreign ministers', [4]],
    ['第二屆中國-中亞峰會', []],
    ['the first of its kind in Central Asia', []],
  ];
  for (const [text, expected] of ordinals) {
    it(`reads the meeting ordinal of ${JSON.stringify(text)}`, () => expect([...extractMeetingOrdinals(text)]).toEqual(expected));
  }
});

describe('names in both texts', () => {
  const cases: Array<{ zh: string; en: string; shared: string[] }> = [
    { zh: '国务委员兼外交部长王毅出席', en: 'State Councilor and Foreign Minister Wang Yi attended.', shared: ['Wang Yi'] },
    { zh: '在中国四川省成都市举行', en: 'The meeting was held in Chengdu, Sichuan Province.', shared: ['Chengdu', 'Sichuan'] },
    { zh: '秦刚同中亚五国外长会谈', en: 'Wang Yi met the ministers.', shared: [] },
    // The sentence's first word is not taken for a name; single words need five letters.
    { zh: '长城', en: 'Changcheng is a word. Then Aren came.', shared: [] },
  ];
  for (const c of cases) {
    it(`finds ${JSON.stringify(c.shared)} in ${JSON.stringify(c.en)}`, () =>
      expect(sharedNames(pinyinWindows(c.zh), englishProperNames(c.en))).toEqual(c.shared));
  }

  // 外交部长王毅在成都会见 → wai jiao bu zhang wang yi zai cheng du hui jian; 。 ends a run.
  const windows = pinyinWindows('外交部长王毅在成都会见。中亚');
  it.each([
    ['wangyi', true], // two syllables
    ['waijiaobuzhang', true], // four
    ['jiaobuzhangwang', true],
    ['waijiaobuzhangwang', false], // five
    ['wang', false], // one
    ['angyi', false], // starts inside a syllable
    ['wangy', false], // ends inside one
    ['jianzhong', false], // across runs (。)
    ['zhongya', true],
    ['', false],
  ])('holds %s: %s', (key, held) => expect(windows.has(key)).toBe(held));
});
