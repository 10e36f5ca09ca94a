// Merging the corpus-level files of units (index.md, index.html): rows concatenated in unit
// order, fixed lines kept once, placeholders dropped once rows arrive, HTML counts summed.
import { describe, expect, it } from 'vitest';
import { TemplateMerge } from '../../src/pipeline/parallel/merge.js';

const merge = (html: boolean, ...texts: string[]) => {
  const m = new TemplateMerge(html);
  for (const t of texts) m.add(t);
  return m.text();
};

const md = (rows: string[], unpaired: string[]) =>
  [
    '# report',
    '',
    '## Pairs',
    '',
    '| pair | score |',
    '|---|---:|',
    ...rows,
    '',
    '### Documents with no counterpart',
    '',
    ...(unpaired.length ? unpaired.map((u) => `- ${u}`) : ['None.']),
    '',
  ].join('\n');

describe('TemplateMerge', () => {
  it.each([
    {
      name: 'Markdown table rows and list items, in unit order',
      html: false,
      units: [md(['| a | 1.00 |'], []), md(['| b | 0.90 |'], ['x']), md(['| c | 0.80 |'], ['y'])],
      expected: md(['| a | 1.00 |', '| b | 0.90 |', '| c | 0.80 |'], ['x', 'y']),
    },
    {
      name: 'a placeholder in a later unit where rows exist is dropped',
      html: false,
      units: [md(['| a | 1.00 |'], ['x']), md(['| b | 0.90 |'], [])],
      expected: md(['| a | 1.00 |', '| b | 0.90 |'], ['x']),
    },
    {
      name: 'a section only a later unit has is kept, in its place',
      html: false,
      units: ['# r\n\n## A\n\n- a1\n', '# r\n\n## A\n\n- a2\n\n## B\n\n- b2\n'],
      expected: '# r\n\n## A\n\n- a1\n- a2\n\n## B\n\n- b2\n',
    },
    {
      name: 'HTML rows concatenated and counts summed',
      html: true,
      units: [
        '<dl><dt>pairs</dt><dd>1</dd></dl>\n<h2>Pairs</h2>\n<table><tbody>\n<tr><td>a</td><td>3</td></tr>\n</tbody></table>',
        '<dl><dt>pairs</dt><dd>2</dd></dl>\n<h2>Pairs</h2>\n<table><tbody>\n<tr><td>b</td><td>5</td></tr>\n<tr><td>c</td><td>0</td></tr>\n</tbody></table>',
      ],
      expected:
        '<dl><dt>pairs</dt><dd>3</dd></dl>\n<h2>Pairs</h2>\n<table><tbody>\n<tr><td>a</td><td>3</td></tr>\n<tr><td>b</td><td>5</td></tr>\n<tr><td>c</td><td>0</td></tr>\n</tbody></table>',
    },
    {
      name: 'one unit is returned unchanged',
      html: false,
      units: [md(['| a | 1.00 |'], ['x'])],
      expected: md(['| a | 1.00 |'], ['x']),
    },
  ])('$name', ({ html, units, expected }) => {
    expect(merge(html, ...units)).toBe(expected);
  });
});
