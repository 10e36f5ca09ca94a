// Golden tests: the normalised body of every seed, pinned in tests/golden/normalize/ (each
// expected file was read line by line against its seed: the whole statement, no page chrome).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalizeDocument } from '../../src/normalize/index.js';
import { detectScript } from '../../src/corpus/index.js';
import { runCli } from '../helpers/cli.js';
import { goldenPath, seed, seeds } from './seeds.js';

describe('golden: normalised body of each seed', () => {
  for (const s of seeds) {
    it(`${s.id} matches tests/golden/normalize/${s.id}.txt`, () => {
      const doc = normalizeDocument(s.text, { language: s.language });
      expect(doc.text + '\n').toBe(readFileSync(goldenPath(s.id), 'utf8'));
    });

    it(`${s.id} is idempotent`, () => {
      const once = normalizeDocument(s.text, { language: s.language });
      const twice = normalizeDocument(once.text, { language: s.language });
      expect(twice.text).toBe(once.text);
      expect(twice.removed).toEqual([]);
    });

    it(`${s.id} is detected as ${s.language} without the manifest's help`, () => {
      expect(normalizeDocument(s.text).language).toBe(s.language);
    });
  }
});

describe('acceptance: the 2024 (fifth meeting) statement through `silkalign normalize`', () => {
  const s = seed('2024-12-01-statement-zh');
  const r = runCli(['normalize', s.path]);
  const lines = r.stdout.trimEnd().split('\n');

  it('exits 0 and prints Simplified Chinese', () => {
    expect(r.code).toBe(0);
    expect(detectScript(s.text)).toBe('traditional');
    expect(detectScript(r.stdout)).toBe('simplified');
    expect(r.stdout).toContain('联合声明');
    expect(r.stdout).not.toMatch(/[聯聲會國關係設]/u);
  });

  it('leaves no pinyin gloss', () => {
    expect(r.stdout).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u);
  });

  it('keeps the body from its title to point 十一', () => {
    expect(lines[0]).toBe('中国-中亚外长第五次会晤联合声明（全文）');
    expect(lines[lines.length - 1]).toBe('十一、各方感谢中方高水平举办中国-中亚外长第五次会晤。');
    const points = lines.map((l) => /^([一二三四五六七八九十]+)、/.exec(l)?.[1]).filter(Boolean);
    expect(points).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(r.stdout).toContain('（以下称“各方”）');
  });

  it('drops the page chrome and reports each block on stderr', () => {
    for (const chrome of ['报料热线', '報料熱線', '许可证', '許可證', '©', '? 2014', '- +1', '上海东方报业'])
      expect(r.stdout).not.toContain(chrome);
    expect(r.stderr).toMatch(/line 1 any\/share-widget/);
    expect(r.stderr).toMatch(/lines 27-28 tail\/contact/);
    expect(r.stderr).toMatch(/lines 29-30 tail\/licence/);
    expect(r.stderr).toMatch(/line 31 tail\/copyright/);
  });

  it('changes nothing when its output is normalised again', () => {
    const again = runCli(['normalize', '-'], { input: r.stdout });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(r.stdout);
    expect(again.stderr).toBe('');
  });
});
