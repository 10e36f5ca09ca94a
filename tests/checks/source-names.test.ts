// Names, short forms, titles, numbers and consistency read against the Chinese source, table by
// table: a Chinese paragraph aligned by hand with an English one (the checks are tested, not the
// aligner), the curated glossary, and the findings expected. Most names are in no glossary.
import { describe, expect, it } from 'vitest';
import type { DocumentAlignment } from '../../src/align/index.js';
import { checkEnglish, consistencyTable, type TermRendering } from '../../src/checks/index.js';
import { loadGlossary } from '../../src/glossary/index.js';
import type { Paragraph } from '../../src/types.js';

const glossary = loadGlossary();

function aligned(zh: string[]): { paragraphs: Paragraph[]; alignment: DocumentAlignment } {
  let at = 0;
  const paragraphs = zh.map((text): Paragraph => {
    const p = { text, start: at, end: at + text.length, language: 'zh' as const, sentences: [{ text, start: at, end: at + text.length }] };
    at += text.length + 2;
    return p;
  });
  return { paragraphs, alignment: { mode: 'translation', paragraphs: zh.map((_, i) => ({ zh: [i], en: [i], score: 1, sentences: [] })), sentences: [], linkedShare: 1 } };
}

const run = (zh: string[], en: string[], rules: string[]): string[] =>
  checkEnglish(en.join('\n\n'), { glossary, chinese: aligned(zh), rules }).map((f) => `${f.rule.split('/')[1]} ${f.text}${f.suggestions.length ? ` → ${f.suggestions[0]}` : ''}`);

const NAMES = ['crosslingual/missing-name', 'crosslingual/garbled-name'];

describe('names of the Chinese in the English', () => {
  it.each([
    ['a pinyin read-out of a place, its generic word translated', '代表团访问了纳伦州和卡拉科尔。', 'The delegation visited Nalun Region and Karakol.', ['garbled-name Nalun Region → Naryn Region']],
    ['a pinyin read-out of a place the glossary does not list', '代表团访问了萨特帕耶夫。', 'The delegation visited Satepayefu.', ['garbled-name Satepayefu → Satpayev']],
    ['a pinyin read-out of a person', '外长穆萨耶夫出席会议。', 'Foreign Minister Musayefu attended the meeting.', ['garbled-name Musayefu → Musayev']],
    ['a partial read-out: 尔 read "er" after a vowel', '州长图尔苏诺夫会见了代表团。', 'Governor Tuersunov met the delegation.', ['garbled-name Tuersunov → Tursunov']],
    ['a dropped syllable', '行长阿济兹·沃伊季诺夫出席。', 'Chairman Aziz Voitov attended.', ['garbled-name Aziz Voitov → Aziz Voidinov']],
    ['a wrong given name beside the right surname (glossary)', '李强请他转达对托卡耶夫总统的问候。', 'Li Qiang asked him to convey greetings to President Sadyr Tokayev.', ['garbled-name Sadyr → Kassym-Jomart']],
    ['a wrong given name when the Chinese gives one', '吉尔吉斯斯坦总统萨德尔·扎帕罗夫会见了代表团。', 'Kyrgyz President Kassym Japarov met the delegation.', ['garbled-name Kassym → Sadyr']],
    ['a glossary name dropped from its sentence', '双方同意在塔尔迪库尔干建设物流中心。', 'The two sides agreed to build a logistics center in the city.', ['missing-name The two sides agreed to build a logistics center in the city. → Taldykorgan']],
    ['a transliterated name dropped from its sentence', '双方同意在埃基巴斯图兹建设物流中心。', 'The two sides agreed to build a logistics center in the city.', ['missing-name The two sides agreed to build a logistics center in the city. → Ekibastuz']],
    ['a wrong given name that makes another known person', '吉尔吉斯斯坦总统萨德尔·扎帕罗夫会见了王毅。', 'Kyrgyz President Akylbek Japarov met with Wang Yi.', ['garbled-name Akylbek → Sadyr']],
    ['a body with one word mistranslated', '欧亚开发银行行长出席论坛。', 'The Chairman of the Eurasian Open Bank attended the forum.', ['garbled-name Eurasian Open Bank → Eurasian Development Bank']],
  ])('%s', (_, zh, en, expected) => {
    expect(run([zh], [en], NAMES)).toEqual(expected);
  });

  it.each([
    ['spellings the characters allow', '阿卜杜拉赫曼诺夫、马赫卡莫夫和塔尔迪库尔干', 'Abdurakhmanov, Mahkamov and Taldykorgan'],
    ['a name whose pinyin happens to be its spelling', '纳曼干州的农业合作', 'agricultural cooperation in Namangan Region'],
    ['a Chinese person and a Xinjiang place in pinyin', '外交部副部长孙卫东访问了阿克苏。', 'Vice Foreign Minister Sun Weidong visited Aksu.'],
    ['a Western name in its own spelling', '约翰·史密斯和迈克尔·威廉斯', 'John Smith and Michael Williams'],
    ['common words made of transliteration characters', '他特别强调，哈哈大笑的人不多。', 'He stressed that few people laughed out loud.'],
  ])('%s: nothing flagged', (_, zh, en) => {
    expect(run([zh], [en], NAMES)).toEqual([]);
  });
});

describe('short forms, titles, numbers and negation', () => {
  it.each([
    ['塔方 read as a tower', '中方愿同塔方深化合作。', 'China is willing to deepen cooperation with the Tower side.', 'crosslingual/short-form', ['short-form Tower side → Tajik side']],
    ['中哈 half read out', '中哈双方同意加强合作。', 'The China-Ha sides agreed to strengthen cooperation.', 'crosslingual/short-form', ['short-form Ha sides → Kazakh side']],
    ['土方 is not Turkey', '土方感谢中方援助。', 'The Turkish side thanked China for its assistance.', 'crosslingual/short-form', ['short-form Turkish side → Turkmen side']],
    ['a wrong title next to a right one', '国务委员兼外长王毅会见了来访的客人。', 'State Councilor and Commerce Minister Wang Yi met the visitors.', 'crosslingual/title-mismatch', ['title-mismatch Commerce Minister → Foreign Minister']],
    ['a minister of another field', '塔吉克斯坦经济发展和贸易部长扎夫基佐达出席。', 'Tajik Minister of Energy and Water Resources Zavkizoda attended.', 'crosslingual/title-mismatch', ['title-mismatch Minister of Energy and Water Resources → Minister']],
    ['China\'s 总理 is the Premier', '国务院总理李强会见了外宾。', 'Prime Minister Li Qiang met foreign guests.', 'crosslingual/title-mismatch', ['title-mismatch Prime Minister → Premier']],
    ['afternoon read as morning', '下午3时，会议开幕。', 'At 3 a.m., the meeting opened.', 'crosslingual/number-mismatch', ['number-mismatch 3 a.m.']],
    ['digits slipped', '今年双边贸易增长37%。', 'Bilateral trade grew by 73% this year.', 'crosslingual/number-mismatch', ['number-mismatch 73']],
    ['a negation dropped', '吉方坚定奉行一个中国政策，不干涉中国内政。', "Kyrgyzstan adheres to the one-China policy and interferes in China's internal affairs.", 'crosslingual/negation-mismatch', ['negation-mismatch interferes']],
  ])('%s', (_, zh, en, rule, expected) => {
    expect(run([zh], [en], [rule])).toEqual(expected);
  });

  it.each([
    ['14.6亿 is 1.46 billion', '贸易额达14.6亿美元，同比增长37%。', 'Trade reached 1.46 billion US dollars, up 37% year on year.', 'crosslingual/number-mismatch'],
    ['paragraph numbering and names with numerals', '十、二十国集团和新冠肺炎', '10. The G20 and COVID-19', 'crosslingual/number-mismatch'],
    ['a negation rendered by a prefix', '双方同意互不干涉内政。', 'The two sides agreed on non-interference in internal affairs.', 'crosslingual/negation-mismatch'],
    ['塔城 is a city, not 塔 for Tajikistan', '代表们参观了塔城巴克图口岸。', 'The delegates visited the Bakhty port in Tacheng.', 'crosslingual/short-form'],
  ])('%s: nothing flagged', (_, zh, en, rule) => {
    expect(run([zh], [en], [rule])).toEqual([]);
  });
});

describe('names with a source the glossary spells otherwise', () => {
  it('a name with no source is reported', () => {
    expect(run(['哈方愿同中方加强合作。'], ['Harbin is willing to strengthen cooperation with China.'], ['crosslingual/unsourced-name'])).toEqual(['unsourced-name Harbin']);
  });

  it.each([
    ['a name inside a longer name', '王毅出席上海合作组织成员国外长理事会会议。', 'Wang Yi attends the meeting of the Council of Foreign Ministers of SCO Member States.', ['crosslingual/unsourced-name']],
    ['a name without its generic word', '代表们参观了塔城巴克图口岸。', 'The delegates visited the Bakhty port in Tacheng.', ['crosslingual/unsourced-name']],
    ['another transliteration of a glossary person', '王毅会见吉尔吉斯斯坦内阁主席阿克勒别克·扎帕罗夫。', 'Wang Yi met with Chairman of the Cabinet of Ministers Akylbek Japarov.', ['crosslingual/unsourced-name']],
    ['a transliterated name close to a glossary name', '王毅会见了巴基斯坦外长库雷希。', 'Wang Yi met with Pakistani Foreign Minister Qureshi.', ['glossary/near-miss']],
  ])('%s: nothing flagged', (_, zh, en, rules) => {
    expect(run([zh], [en], rules)).toEqual([]);
  });
});

describe('consistency', () => {
  it('reports a name written two ways once, at the odd form, with every variant and line', () => {
    const zh = ['副总理霍贾耶夫出席开幕式。', '霍贾耶夫表示欢迎中国企业。'];
    const en = ['Deputy Prime Minister Huojiayefu attended the opening ceremony.', 'Khodjaev said that he welcomed Chinese enterprises.'];
    const found = checkEnglish(en.join('\n\n'), { glossary, chinese: aligned(zh), rules: ['consistency/name-variants'] });
    expect(found.map((f) => [f.text, f.line])).toEqual([['Huojiayefu', 1]]);
    expect(found[0].message).toContain('“Huojiayefu” (line 1) and “Khodjaev” (line 3)');
  });

  it('reports one English form used for two Chinese names', () => {
    const zh = ['阿克勒别克·别舍莫夫出席。', '萨德尔·别舍莫夫讲话。'];
    const en = ['Akylbek Beshimov attended.', 'Akylbek Beshimov spoke.'];
    expect(checkEnglish(en.join('\n\n'), { glossary, chinese: aligned(zh), rules: ['consistency/shared-rendering'] }).map((f) => f.line)).toEqual([]);
    const two = ['纳伦州代表出席。', '奥什州代表讲话。'];
    const same = ['Delegates of Naryn Region attended.', 'Delegates of Naryn Region spoke.'];
    expect(checkEnglish(same.join('\n\n'), { glossary, chinese: aligned(two), rules: ['consistency/shared-rendering'] }).length).toBeLessThanOrEqual(1);
  });

  it('builds the corpus table: each term written in more than one form, with counts and documents', () => {
    const r = (key: string, label: string, form: string): TermRendering => ({ key, label, form, offset: 0, garbled: false, known: [] });
    const rows = consistencyTable([
      { id: 'a', renderings: [r('g:khorgos', 'Khorgos', 'Khorgos'), r('g:khorgos', 'Khorgos', 'Khorgos'), r('zh:纳伦', '纳伦', 'Naryn')] },
      { id: 'b', renderings: [r('g:khorgos', 'Khorgos', 'Horgos'), r('zh:纳伦', '纳伦', 'Naryn')] },
    ]);
    expect(rows).toEqual([{ term: 'Khorgos', variants: [{ form: 'Khorgos', count: 2, documents: ['a'] }, { form: 'Horgos', count: 1, documents: ['b'] }] }]);
  });
});
