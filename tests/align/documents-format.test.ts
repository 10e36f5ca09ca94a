// The alignment writers: the beads contract, JSON, TSV and Markdown, table by table.
import { describe, it, expect } from 'vitest';
import {
  formatAlignmentJson,
  formatAlignmentMarkdown,
  formatAlignmentTsv,
  formatBeadLines,
  parseBeadLine,
  type AlignmentView,
} from '../../src/align/index.js';

const view: AlignmentView = {
  zh: ['第一句。', '第二|句。', '第三句。'],
  en: ['First\tone.', 'Second\none.'],
  beads: [
    { zh: [0, 1], en: [0], score: 0.87654 },
    { zh: [2], en: [], score: 0.3 },
    { zh: [], en: [1], score: 0.41 },
  ],
};

describe('beads format', () => {
  it('writes one bead a line, Chinese side first, empty brackets for no counterpart', () => {
    expect(formatBeadLines(view.beads)).toBe('[0,1]:[0]\n[2]:[]\n[]:[1]\n');
  });

  const lines: Array<[string, { zh: number[]; en: number[] } | undefined]> = [
    ['[0,1]:[0]', { zh: [0, 1], en: [0] }],
    ['[119]:[]', { zh: [119], en: [] }],
    ['[]:[22]', { zh: [], en: [22] }],
    ['[3]:[4]:0.25', { zh: [3], en: [4] }],
    ['[a]:[1]', undefined],
    ['[1] : [2]', undefined],
  ];
  for (const [line, expected] of lines) it(`reads ${line}`, () => expect(parseBeadLine(line)).toEqual(expected));
});

describe('json format', () => {
  it('gives the beads with scores rounded to three decimals and the segments', () => {
    const json = JSON.parse(formatAlignmentJson(view, { level: 'sentence', mode: 'translation', zhFile: 'a.zh', enFile: 'a.en' }));
    expect(json).toEqual({
      version: 1,
      level: 'sentence',
      mode: 'translation',
      zh: { file: 'a.zh', segments: view.zh },
      en: { file: 'a.en', segments: view.en },
      beads: [
        { zh: [0, 1], en: [0], score: 0.877 },
        { zh: [2], en: [], score: 0.3 },
        { zh: [], en: [1], score: 0.41 },
      ],
    });
  });
});

describe('tsv format', () => {
  it('escapes tabs and newlines so that every bead is one row of five cells', () => {
    expect(formatAlignmentTsv(view)).toBe(
      [
        'zh_index\ten_index\tscore\tzh\ten',
        '0,1\t0\t0.877\t第一句。第二|句。\tFirst\\tone.',
        '2\t\t0.300\t第三句。\t',
        '\t1\t0.410\t\tSecond\\none.',
        '',
      ].join('\n'),
    );
  });
});

describe('md format', () => {
  it('shows unmatched segments and low links, with pipes and newlines escaped', () => {
    const md = formatAlignmentMarkdown(
      { ...view, beads: [...view.beads, { zh: [0], en: [1], score: 0.2 }] },
      { title: 'T', unit: 'sentence' },
    );
    expect(md).toContain('| 0, 1 | 0 | 第一句。第二\\|句。 | First\tone. | 0.88 |');
    expect(md).toContain('| 2 |  | 第三句。 | *(no counterpart)* | 0.30 unmatched |');
    expect(md).toContain('|  | 1 | *(no counterpart)* | Second<br>one. | 0.41 unmatched |');
    expect(md).toContain('| 0 | 1 | 第一句。 | Second<br>one. | 0.20 low |');
    expect(md).toContain('4 beads: 2 links (1 scored under 0.5), 1 Chinese and 1 English sentence without counterpart.');
  });

  it('counts in the singular and plural as English does', () => {
    const one = formatAlignmentMarkdown({ ...view, beads: [{ zh: [0], en: [0], score: 0.9 }] }, { title: 'T', unit: 'paragraph' });
    expect(one).toContain('1 bead: 1 link (0 scored under 0.5), 0 Chinese and 0 English paragraphs without counterpart.');
  });
});
