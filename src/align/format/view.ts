// What every alignment writer takes: two segment lists and the beads linking them.
import type { Bead } from '../../types.js';

export interface AlignmentView {
  /** Chinese segments (paragraphs, sentences or input lines), indexed by the beads. */
  zh: string[];
  en: string[];
  beads: Bead[];
}

export function beadSideText(segments: string[], indices: number[], joiner: string): string {
  return indices.map((i) => segments[i]).join(joiner);
}

/** Chinese segments join without a space, English ones with one. */
export const ZH_JOINER = '';
export const EN_JOINER = ' ';
