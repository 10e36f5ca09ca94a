// Boilerplate rules: the data file lints itself (patterns compile, examples match, `keeps`
// lines do not), and each seed loses exactly the chrome blocks listed here, no more.
import { describe, it, expect } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boilerplateRules, compileRules, normalizeDocument } from '../../src/normalize/index.js';
import { repoRoot } from '../helpers/cli.js';
import { runCli } from '../helpers/cli.js';
import { seed, seeds } from './seeds.js';

const dataPath = join(repoRoot, 'src', 'normalize', 'data', 'boilerplate.json');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as { rules: Array<Record<string, unknown>> };

describe('boilerplate data', () => {
  it('compiles, and every example and kept line agrees with its rule', () => {
    expect(() => compileRules(data)).not.toThrow();
    expect(boilerplateRules().rules.length).toBe(data.rules.length);
  });

  it('rejects a rule whose example does not match', () => {
    const bad = structuredClone(data);
    bad.rules.push({ id: 'tail/x', description: 'x', kind: 'line', zone: 'tail', pattern: '^abc$', examples: ['abd'] });
    expect(() => compileRules(bad)).toThrow(/example does not match: abd/);
  });

  it('rejects a rule that would remove a line it must keep', () => {
    const bad = structuredClone(data);
    bad.rules.push({ id: 'tail/y', description: 'y', kind: 'line', zone: 'tail', pattern: '各方', examples: ['各方'], keeps: ['各方同意'] });
    expect(() => compileRules(bad)).toThrow(/must keep matches/);
  });

  it('rejects duplicate ids and patterns that do not compile', () => {
    const dup = structuredClone(data);
    dup.rules.push(structuredClone(data.rules[0]));
    expect(() => compileRules(dup)).toThrow(/defined twice/);
    const broken = structuredClone(data);
    broken.rules.push({ id: 'tail/z', description: 'z', kind: 'line', zone: 'tail', pattern: '(', examples: ['('] });
    expect(() => compileRules(broken)).toThrow();
  });
});

/** [rule, first source line, last source line] of every removed block, per seed. */
const expected: Record<string, Array<[string, number, number]>> = {
  '2020-07-16-statement-zh': [
    ['head/headline-ticker', 1, 3],
    ['head/page-title', 5, 5],
    ['head/publication-info', 7, 7],
    ['tail/source-credit', 43, 43],
    ['tail/disclaimer', 45, 45],
    ['tail/comment-box', 46, 47],
  ],
  '2020-07-16-report-en': [['tail/news-end-marker', 21, 21]],
  '2022-06-08-statement-en': [
    ['head/byline', 3, 3],
    ['tail/end-marker', 163, 163],
    ['tail/related-articles', 165, 171],
  ],
  '2023-04-26-talks-en': [['head/date-section', 1, 1]],
  '2024-12-01-statement-zh': [
    ['any/share-widget', 1, 1],
    ['tail/contact', 27, 28],
    ['tail/licence', 29, 30],
    ['tail/copyright', 31, 31],
  ],
};

describe('boilerplate removed from each seed', () => {
  for (const s of seeds) {
    it(`${s.id}: exactly the expected blocks, with their source text`, () => {
      const doc = normalizeDocument(s.text, { language: s.language });
      expect(doc.removed.map((b) => [b.rule, b.startLine, b.endLine])).toEqual(expected[s.id]);
      const sourceLines = s.text.split(/\r\n|\r|\n/);
      for (const b of doc.removed) {
        if (b.rule === 'tail/news-end-marker') continue;
        expect(b.text.split('\n')[0]).toBe(sourceLines[b.startLine - 1]);
        expect(b.description.length).toBeGreaterThan(0);
      }
    });

    it(`${s.id}: --keep-boilerplate removes nothing`, () => {
      const doc = normalizeDocument(s.text, { language: s.language, keepBoilerplate: true });
      expect(doc.removed).toEqual([]);
      const kept = s.text.split('\n').filter((l) => l.trim() !== '').length;
      expect(doc.text.split('\n').filter((l) => l !== '').length).toBe(kept);
    });
  }

  it('reports the English end marker text', () => {
    const doc = normalizeDocument(seed('2020-07-16-report-en').text, { language: 'en' });
    expect(doc.removed[0].text).toBe('(Finish)');
    expect(doc.text.endsWith('Joint Statement.')).toBe(true);
  });

  it('keeps chrome-like lines inside the body', () => {
    const text = ['联合声明', '一、各方同意加强合作。', '来源：双方共同商定的文件。', '二、各方感谢东道国。'].join('\n');
    const doc = normalizeDocument(text, { language: 'zh' });
    expect(doc.text).toContain('来源：双方共同商定的文件。');
    expect(doc.removed).toEqual([]);
  });

  it('removes nothing from a plain statement without chrome', () => {
    const text = 'Joint Statement\n\n1. The parties agreed.\n\n2. The parties thanked the host.';
    expect(normalizeDocument(text, { language: 'en' })).toMatchObject({ text, removed: [] });
  });
});

describe('`silkalign normalize --format json` and --keep-boilerplate', () => {
  const s = seed('2020-07-16-statement-zh');

  it('lists removed blocks, paragraphs and sentences in JSON', () => {
    const r = runCli(['normalize', s.path, '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { language: string; script: string; removed: unknown[]; paragraphs: Array<{ numbering?: string }>; text: string };
    expect(json).toMatchObject({ language: 'zh', script: 'simplified' });
    expect(json.removed).toHaveLength(6);
    expect(json.paragraphs.filter((p) => p.numbering).map((p) => p.numbering)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
  });

  it('keeps the chrome with --keep-boilerplate', () => {
    const r = runCli(['normalize', s.path, '--keep-boilerplate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【免责声明】');
    expect(r.stdout).toContain('2024年10月全国查处违反中央八项规定精神问题22603起');
    expect(r.stderr).toBe('');
  });

  it('writes --output atomically and prints nothing on stdout', () => {
    mkdirSync(join(repoRoot, 'tests', 'artifacts'), { recursive: true });
    const out = join(repoRoot, 'tests', 'artifacts', 'normalize-output.txt');
    const r = runCli(['normalize', s.path, '--output', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['normalize', s.path, '--quiet']).stdout);
  });

  it('converts Taiwan vocabulary with --taiwan-vocabulary only', () => {
    const input = '這裡的資訊網路支援中亞國家。';
    expect(runCli(['normalize', '-'], { input }).stdout).toBe('这里的资讯网路支援中亚国家。\n');
    const r = runCli(['normalize', '-', '--taiwan-vocabulary'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('这里的信息网络支持中亚国家。\n');
  });

  it('exits 2 on an unknown --format', () => {
    const r = runCli(['normalize', s.path, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown --format "xml"/);
  });
});

describe('titles and headline tickers', () => {
  it('removes short headlines above a title', () => {
    const text = '某地查处问题22603起\n学习贯彻全会精神\n\n外长会晤联合声明\n\n一、各方同意。';
    const doc = normalizeDocument(text, { language: 'zh' });
    expect(doc.text).toBe('外长会晤联合声明\n\n一、各方同意。');
    expect(doc.removed.map((b) => [b.rule, b.startLine, b.endLine])).toEqual([['head/headline-ticker', 1, 2]]);
  });

  it('never takes a body sentence ending in 声明 for the title', () => {
    const text = '外长会晤在成都举行\n2024年12月1日，各方举行会晤并发表联合声明\n一、各方同意。';
    expect(normalizeDocument(text, { language: 'zh' }).removed).toEqual([]);
  });

  it('keeps a first paragraph that ends like a sentence above a title-like line', () => {
    const text = 'The ministers met in Astana.\nJoint Statement\n1. The parties agreed.';
    expect(normalizeDocument(text, { language: 'en' }).removed).toEqual([]);
  });
});
