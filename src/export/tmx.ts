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

/** A TMX document in three parts: up to and including the `<body>` line, the units, and from the `</body>` line on. */
export interface TmxParts {
  head: string;
  units: string;
  tail: string;
}

/** Splits a TMX document for joining several into one (see `renumberTmxUnits`); undefined if it has no body. */
export function splitTmx(tmx: string): TmxParts | undefined {
  const open = tmx.indexOf('<body>');
  const close = tmx.lastIndexOf('</body>');
  if (open < 0 || close < 0) return undefined;
  const bodyStart = tmx.indexOf('\n', open) + 1;
  const closeLineStart = tmx.lastIndexOf('\n', close) + 1;
  return { head: tmx.slice(0, bodyStart), units: tmx.slice(bodyStart, closeLineStart), tail: tmx.slice(closeLineStart) };
}

/** Numbers the units' `tuid`s on from `last` + 1; returns them and the last number given. */
export function renumberTmxUnits(units: string, last: number): { units: string; last: number } {
  let n = last;
  return { units: units.replace(/<tu tuid="\d+"/g, () => `<tu tuid="${++n}"`), last: n };
}
