// TMX 1.4b (the translation-memory exchange format CAT tools import): one `tu` a sentence bead,
// Chinese source and English target, score and source document as `prop`s. No dates, so that
// the same corpus gives the same file.
import { escapeXml } from './xml.js';
import { roundScore, type ParallelSegment } from './parallel.js';

export interface TmxOptions {
  /** Version of silkalign, for `creationtoolversion`. */
  toolVersion: string;
}

export function formatTmx(segments: readonly ParallelSegment[], options: TmxOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="silkalign" creationtoolversion="${escapeXml(options.toolVersion)}" segtype="sentence" o-tmf="silkalign" adminlang="en" srclang="zh-CN" datatype="plaintext"/>`,
    '  <body>',
  ];
  segments.forEach((s, i) => {
    lines.push(
      `    <tu tuid="${i + 1}">`,
      `      <prop type="x-score">${roundScore(s.score)}</prop>`,
      `      <prop type="x-source">${escapeXml(s.source)}</prop>`,
      `      <tuv xml:lang="zh-CN"><seg>${escapeXml(s.zh)}</seg></tuv>`,
      `      <tuv xml:lang="en"><seg>${escapeXml(s.en)}</seg></tuv>`,
      '    </tu>',
    );
  });
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
