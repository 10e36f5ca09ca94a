// TMX 1.4b (the translation-memory exchange format CAT tools import): one `tu` a sentence bead,
// Chinese source and English target, its score, its pair's relation (translation or comparable)
// and its source documents as `prop`s, numbered through the whole file. No dates, so that the
// same corpus gives the same file.
import { escapeXml } from '../escape.js';
import { roundScore, SCORE_DECIMALS } from '../scores.js';
import { formatParallel, type ParallelFormat, type ParallelFormatOptions } from './parallel-format.js';
import type { ParallelSegment } from './parallel.js';

export const tmx: ParallelFormat = {
  name: 'tmx',
  description: 'TMX 1.4b, srclang zh-CN; one tu per bead with its score, relation and source as props',
  files: [''],
  runExtension: 'tmx',
  marksRelation: true,
  open(options) {
    let last = 0;
    return {
      header: () => [
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<tmx version="1.4">',
          `  <header creationtool="silkalign" creationtoolversion="${escapeXml(options.toolVersion)}" segtype="sentence" o-tmf="silkalign" adminlang="en" srclang="zh-CN" datatype="plaintext"/>`,
          '  <body>',
          '',
        ].join('\n'),
      ],
      segments: (segments) => [segments.map((s) => translationUnit(s, ++last)).join('')],
      footer: () => ['  </body>\n</tmx>\n'],
    };
  },
};

function translationUnit(s: ParallelSegment, id: number): string {
  return [
    `    <tu tuid="${id}">`,
    `      <prop type="x-score">${roundScore(s.score, SCORE_DECIMALS.parallel)}</prop>`,
    `      <prop type="x-relation">${s.relation}</prop>`,
    `      <prop type="x-source">${escapeXml(s.source)}</prop>`,
    `      <tuv xml:lang="zh-CN"><seg>${escapeXml(s.zh)}</seg></tuv>`,
    `      <tuv xml:lang="en"><seg>${escapeXml(s.en)}</seg></tuv>`,
    '    </tu>',
    '',
  ].join('\n');
}

export type TmxOptions = ParallelFormatOptions;

export function formatTmx(segments: readonly ParallelSegment[], options: TmxOptions): string {
  return formatParallel(tmx, segments, options)[0];
}
