// Page chrome found by its shape: the vocabulary file lints itself, the line classifier's
// verdicts on chrome and on body lines that look like chrome, and where lines are removed:
// only at the head and tail of the body, or after an end marker.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromeClassifier,
  compileChromeClassifier,
  isProse,
  wrongExamples,
} from '../../src/normalize/chrome-lines.js';
import type { ChromeVocabularyInput } from '../../src/normalize/chrome-vocabulary.js';
import { normalizeDocument } from '../../src/normalize/index.js';
import { repoRoot } from '../helpers/cli.js';

const dataPath = join(repoRoot, 'src', 'normalize', 'data', 'chrome.json');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as ChromeVocabularyInput;

describe('chrome vocabulary (data/chrome.json)', () => {
  it('compiles, and every whole-line example is classified as it says', () => {
    expect(wrongExamples(chromeClassifier())).toEqual([]);
  });

  it('rejects a word listed twice, in any case', () => {
    const bad = structuredClone(data);
    bad.widgets.words.push('FACEBOOK');
    expect(() => compileChromeClassifier(bad)).toThrow(/widgets.words: "FACEBOOK" is listed twice/);
  });

  it('rejects a pattern whose example does not match, or that matches a line it must keep', () => {
    const bad = structuredClone(data);
    bad.footer.push({ name: 'x', pattern: '^abc$', examples: ['abd'] });
    expect(() => compileChromeClassifier(bad)).toThrow(/footer "x": example does not match: abd/);
    const keeps = structuredClone(data);
    keeps.footer.push({ name: 'y', pattern: '版权', examples: ['版权所有'], keeps: ['版权保护'] });
    expect(() => compileChromeClassifier(keeps)).toThrow(/must keep matches: 版权保护/);
  });

  it('rejects an unknown rule, a pattern that does not compile and unknown keys', () => {
    const rule = structuredClone(data);
    rule.examples.push({ rule: 'edge/nope' as 'edge/footer', lines: ['x'] });
    expect(() => compileChromeClassifier(rule)).toThrow();
    const broken = structuredClone(data);
    broken.footer.push({ name: 'z', pattern: '(', examples: ['('] });
    expect(() => compileChromeClassifier(broken)).toThrow();
    const extra = Object.assign(structuredClone(data), { surprise: [] });
    expect(() => compileChromeClassifier(extra)).toThrow();
  });

  it('reports a whole-line example the classifier gets wrong', () => {
    const wrong = structuredClone(data);
    wrong.examples.push({ rule: 'edge/footer', lines: ['各方同意加强合作。'] });
    expect(wrongExamples(compileChromeClassifier(wrong))).toEqual(['各方同意加强合作。: classified as body, expected edge/footer']);
  });
});

describe('the line classifier', () => {
  const { classify, isRelatedHeader, isPageEnd } = chromeClassifier();
  // Lines as the boilerplate step sees them: Simplified, punctuation unified, spaces between
  // Chinese characters gone.
  const chrome: Array<[string, string]> = [
    ['当前位置：首页>时政>外交', 'edge/navigation'],
    ['首页 › 新闻 › 国际', 'edge/navigation'],
    ['网站地图关于我们联系我们', 'edge/navigation'],
    ['Home World China Business Opinions Culture', 'edge/navigation'],
    ['Diplomacy | Central Asia', 'edge/navigation'],
    ['来源：新华网作者：王明责任编辑：刘洋', 'edge/field-labels'],
    ['【责任编辑：王小明】', 'edge/field-labels'],
    ['（责编：杨光、王鹏）', 'edge/field-labels'],
    ['文丨李文', 'edge/field-labels'],
    ['下一篇：中方愿同中亚国家深化数字经济合作', 'edge/field-labels'],
    ['Editor: Li Na', 'edge/field-labels'],
    ['By Ainur Bekova and Li Ming', 'edge/field-labels'],
    ['Tags: China, bilateral relations', 'edge/field-labels'],
    ['（作者系中国社会科学院研究员）', 'edge/field-labels'],
    ['Aidos Serikbayev is a researcher based in Almaty.', 'edge/field-labels'],
    ['《光明日报》（2025年04月12日08版）', 'edge/field-labels'],
    ['2025-04-26 08:15:00', 'edge/timestamp'],
    ['2025年05月06日 08:21', 'edge/timestamp'],
    ['Published 14:02, 03-Jun-2025 BJT', 'edge/timestamp'],
    ['April 29, 2025 · 5 min read', 'edge/timestamp'],
    ['3 JUNE, 09:40', 'edge/timestamp'],
    ['Posted by Kabar • 5h • 2 min read', 'edge/timestamp'],
    ['Updated 40 minutes ago', 'edge/timestamp'],
    ['Writing by Asel Nurova; Editing by Tom Grant', 'edge/field-labels'],
    ['Photos by Bolot Usenov', 'edge/field-labels'],
    ['Printable version', 'edge/widget'],
    ['Show more', 'edge/widget'],
    ['2,104 followers', 'edge/widget'],
    ['Subscribe to our newsletter for the week in Central Asia', 'edge/footer'],
    ['分享到：微信微博QQ空间', 'edge/widget'],
    ['【字号大中小】【打印】【关闭】', 'edge/widget'],
    ['扫一扫，用手机看新闻！', 'edge/widget'],
    ['Share this article: Facebook Twitter LinkedIn Email', 'edge/widget'],
    ['Follow us on Facebook, X and Instagram', 'edge/widget'],
    ['阅读（1024）点赞 36', 'edge/widget'],
    ['Copyright © 2025 Example News. All rights reserved.', 'edge/footer'],
    ['京ICP备12345678号', 'edge/footer'],
    ['声明：本文仅代表作者观点，不代表本平台立场。', 'edge/footer'],
  ];
  it.each(chrome)('%s → %s', (line, rule) => {
    expect(classify(line)).toBe(rule);
  });

  // Body lines that share a word or a shape with chrome.
  const body = [
    '来源：该报记者在西安采访时获得的材料显示，参会企业超过两千家。',
    'Source: customs data show that trade rose by more than five percent last year, the ministry said.',
    'By 2030, the country plans to double its solar capacity.',
    'China will share its experience in poverty reduction.',
    'Close ties',
    'Follow me!',
    '2025年5月2日',
    'Done in Astana on 26 April 2025.',
    '三、其他',
    '2. Transport',
    'Xi Jinping | Full text of the speech at the summit',
    '关注中亚局势的专家认为，合作前景广阔。',
    'Photos: Xi meets Tokayev in Astana',
    'On 3 June at 09:40 the delegation arrived in Bishkek.',
    'The talks lasted 3 hours and ended with a joint statement.',
    'Reporting by state media was limited.',
    'Back to the roots of the Silk Road',
    'Residents can subscribe to updates from the ministry.',
    '20,000 followers attended the rally in the capital, police said.',
    '中国同哈萨克斯坦举行外交部间磋商',
  ];
  it.each(body)('%s is not chrome', (line) => {
    expect(classify(line)).toBeUndefined();
  });

  it('knows "related" headings and page-ending copyright lines', () => {
    for (const h of ['相关新闻', '相关阅读：', 'Related Stories:', 'You may also like']) expect(isRelatedHeader(h)).toBe(true);
    for (const h of ['相关合作', 'Related parties met in Astana.']) expect(isRelatedHeader(h)).toBe(false);
    expect(isPageEnd('Copyright 1995 - 2025. All rights reserved.')).toBe(true);
    expect(isPageEnd('Copyright law in Kazakhstan was reformed in 2004.')).toBe(false);
  });

  it('tells prose from headlines', () => {
    expect(isProse('双方同意加强在联合国框架内的协调配合。')).toBe(true);
    expect(isProse('中国同哈萨克斯坦举行外交部间磋商')).toBe(false);
    expect(isProse('The parties agreed to hold the next meeting in China in 2026 and to keep in touch.')).toBe(true);
    expect(isProse('Why Central Asia matters to China?')).toBe(false);
  });
});

describe('chrome removed only at the edges of the body', () => {
  const zh = (text: string) => normalizeDocument(text, { language: 'zh' });
  const en = (text: string) => normalizeDocument(text, { language: 'en' });
  const rules = (doc: ReturnType<typeof zh>) => doc.removed.map((b) => [b.rule, b.startLine, b.endLine]);

  it('removes a head of menu, title kept, byline and widgets, then the tail', () => {
    const text = [
      '当前位置：首页 > 时政 > 外交',
      '中国同吉尔吉斯斯坦举行外交磋商',
      '来源：新华社 作者：张明',
      '【字号 大 中 小】【打印】',
      '新华社北京4月25日电 双方举行外交磋商，同意加强合作。',
      '双方同意在多边框架内加强协调。',
      '责任编辑：王小明',
      '版权所有：新华网',
    ].join('\n');
    const doc = zh(text);
    expect(doc.text).toBe('中国同吉尔吉斯斯坦举行外交磋商\n新华社北京4月25日电双方举行外交磋商，同意加强合作。\n双方同意在多边框架内加强协调。');
    expect(rules(doc)).toEqual([
      ['edge/navigation', 1, 1],
      ['edge/field-labels', 3, 3],
      ['edge/widget', 4, 4],
      ['tail/source-credit', 7, 7],
      ['tail/copyright', 8, 8],
    ]);
  });

  it('keeps chrome-shaped lines inside the body', () => {
    const text = [
      'Water in Central Asia',
      'Rivers are shared by several countries, and cooperation on water is essential for stability.',
      'Home | World | Asia',
      'Source: Xinhua',
      '2025-04-26 08:15',
      'The data come from national statistics offices and the authors own estimates, as before.',
    ].join('\n');
    expect(en(text).removed).toEqual([]);
  });

  it('keeps a "Source:" sentence at the end, a signature and a date line', () => {
    const text = [
      'Joint statement',
      'The parties agreed to hold the next meeting in China in 2026, as the ministers said.',
      'Source: customs data show that trade rose by more than five percent last year, the ministry said.',
    ].join('\n');
    expect(en(text).removed).toEqual([]);
    const zhText = ['联合声明', '双方同意于2026年举行下一次会议。', '中华人民共和国外交部', '2025年5月20日于杜尚别'].join('\n');
    expect(zh(zhText).removed).toEqual([]);
  });

  it('removes "related reading" and its teaser under an editor line, not the body above', () => {
    const text = ['乌兹别克斯坦开通直飞西安航线', '该公司表示，航线将于六月开通。', '【责任编辑：王小明】', '相关阅读：', '中亚航空市场快速增长'].join('\n');
    const doc = zh(text);
    expect(doc.text).toBe('乌兹别克斯坦开通直飞西安航线\n该公司表示，航线将于六月开通。');
    expect(rules(doc)).toEqual([
      ['edge/field-labels', 3, 3],
      ['tail/related-articles', 4, 5],
    ]);
  });

  it('keeps a heading followed by prose, even one that sounds like "related"', () => {
    const text = ['中亚合作综述', '各方签署了多项协议。', '相关链接', '哈萨克斯坦是中亚面积最大的国家，人口约两千万。'].join('\n');
    expect(zh(text).removed).toEqual([]);
  });

  it('removes teasers after an end marker at the end of the last paragraph, and the marker', () => {
    const text = ['中方愿同塔方深化合作', '发言人表示，中方支持塔方举办论坛。（完）', '更多精彩内容请进入国际频道', '塔吉克斯坦总统会见中国代表团'].join('\n');
    const doc = zh(text);
    expect(doc.text).toBe('中方愿同塔方深化合作\n发言人表示，中方支持塔方举办论坛。');
    expect(rules(doc)).toEqual([
      ['tail/news-end-marker', 2, 2],
      ['tail/related-articles', 3, 4],
    ]);
  });

  it('cuts everything after an end marker on a line of its own', () => {
    const text = ['China, Kyrgyzstan sign agreements', 'BISHKEK, April 25 (Xinhua) -- The two sides signed agreements on trade and transport.', 'Enditem', 'Uzbek president meets Chinese delegation', 'Kazakh wheat arrives in Xian'].join('\n');
    const doc = en(text);
    expect(rules(doc)).toEqual([
      ['tail/end-marker', 3, 3],
      ['tail/related-articles', 4, 5],
    ]);
  });

  it('takes the short lines under a page copyright line with it', () => {
    const text = ['Tech parks', 'A delegation visited technology parks in Shenzhen this week, looking for partners.', 'Copyright 1995 - 2025. All rights reserved.', 'Note: this site is best viewed in a recent browser, at any size.', 'Licence 0108263'].join('\n');
    expect(rules(en(text))).toEqual([['edge/footer', 3, 5]]);
  });

  it('removes a site banner above a menu that has the title below it', () => {
    const text = ['Ministry of Foreign Affairs of the Republic of Uzbekistan', 'Home · Press Service · News', 'Uzbekistan and China hold talks', 'Tashkent, June 5 – The ministers discussed preparations for the intergovernmental committee.'].join('\n');
    expect(rules(en(text))).toEqual([
      ['head/site-banner', 1, 1],
      ['edge/navigation', 2, 2],
    ]);
  });

  it('removes a word or two between chrome lines, not next to the title or the body', () => {
    const between = ['Kazinform', 'ASTANA, 12 June 2025 09:30', 'Freight route to China', 'The national railway company will launch a new container route, the company said.'].join('\n');
    expect(rules(en(between))).toEqual([
      ['edge/short-line', 1, 1],
      ['edge/timestamp', 2, 2],
    ]);
    const heading = ['Water in Central Asia', 'Summary', 'Rivers are shared by several countries, and cooperation on water is essential.'].join('\n');
    expect(en(heading).removed).toEqual([]);
  });

  it('removes a masthead of names above a title that has a byline or stamp under it', () => {
    const agency = ['Asia', 'Central Asia', 'Tajikistan to open new rail link with China', 'By Kabar', 'June 3, 2025 9:40 AM', 'DUSHANBE, June 3 - Tajikistan will open a new rail link with China next year, officials said.'].join('\n');
    expect(rules(en(agency))).toEqual([
      ['head/site-banner', 1, 2],
      ['edge/field-labels', 4, 4],
      ['edge/timestamp', 5, 5],
    ]);
    const account = ['资讯', '中亚丝路观察', '2025-06-03 09:40·中亚丝路观察', '塔吉克斯坦将开通对华铁路新线路', '塔吉克斯坦交通部表示，对华铁路新线路将于明年开通。'].join('\n');
    expect(rules(zh(account))).toEqual([
      ['head/site-banner', 1, 2],
      ['edge/timestamp', 3, 3],
    ]);
    // No title longer than a name, or nothing of chrome around it: the short lines are the body's.
    const report = ['Water in Central Asia', 'Summary', 'Rivers are shared by several countries, and cooperation on water is essential.'].join('\n');
    expect(en(report).removed).toEqual([]);
    const chapter = ['Part One', 'The long road from Khorgos to the Caspian Sea', 'The railway was finished in the spring, after three years of work on the route.'].join('\n');
    expect(en(chapter).removed).toEqual([]);
  });

  it('removes a name and a date under the subtitle when only chrome lies between them and the body', () => {
    const text = ['Copper and the steppe', 'What new mining deals tell us about the region', 'Aliya Nurlanova', 'Apr 2, 2025', 'Share', 'Three large mining agreements were signed in the first quarter, more than in the whole of last year.'].join('\n');
    expect(rules(en(text))).toEqual([
      ['edge/short-line', 3, 4],
      ['any/share-widget', 5, 5],
    ]);
    // A short title under a button bar stays; the site name above the bar goes.
    const bar = ['Steppe Notes', 'Sign in', 'Copper and the Steppe', 'What new mining deals tell us about the region', 'Three large mining agreements were signed in the first quarter, more than in the whole of last year.'].join('\n');
    expect(en(bar).text.split('\n')[0]).toBe('Copper and the Steppe');
    const dated = ['Joint statement on trade', '(Astana, 2 April 2025)', 'The parties agreed to expand trade and to simplify customs procedures at the border.'].join('\n');
    expect(en(dated).removed).toEqual([]);
  });

  it('removes a tag heading with its tags, and a labelled name above other chrome in the tail', () => {
    const text = ['Rail link', 'The new rail link will carry both freight and passengers from next year.', 'Tags', 'Tajikistan', 'Railways', 'Our Principles: The Editorial Code.', '© 2025 Example Agency'].join('\n');
    expect(rules(en(text))).toEqual([
      ['tail/related-articles', 3, 5],
      ['edge/field-labels', 6, 6],
      ['tail/copyright', 7, 7],
    ]);
    // At the very end, with nothing of chrome under it, it may be a heading.
    const heading = ['Rail link', 'The new rail link will carry both freight and passengers from next year.', 'Part Two: The Road Ahead'].join('\n');
    expect(en(heading).removed).toEqual([]);
  });

  it('removes nothing with keepBoilerplate', () => {
    const text = '当前位置：首页 > 时政\n标题\n双方同意加强合作。\n版权所有：新华网';
    expect(normalizeDocument(text, { language: 'zh', keepBoilerplate: true }).removed).toEqual([]);
  });
});
