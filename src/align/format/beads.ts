// The bead text format of the shared contract (as vecalign and bertalign write it):
// `[0,1]:[0]` one bead a line, 0-based indices, Chinese side first, `[]` for an empty side.
import type { Bead } from '../../types.js';

export function formatBeadLines(beads: Bead[]): string {
  return beads.map((b) => `[${b.zh.join(',')}]:[${b.en.join(',')}]\n`).join('');
}

/** Reads one bead line; a third `:cost` field is ignored. Returns undefined for a malformed line. */
export function parseBeadLine(line: string): { zh: number[]; en: number[] } | undefined {
  const m = /^\[([\d,]*)\]:\[([\d,]*)\](?::.*)?$/.exec(line.trim());
  if (!m) return undefined;
  const side = (s: string) => (s === '' ? [] : s.split(',').map(Number));
  return { zh: side(m[1]), en: side(m[2]) };
}
