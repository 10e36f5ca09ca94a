// `--format json`: the beads of the contract with a score each, plus the segments they index.
import type { AlignmentView } from './view.js';
import { roundScore, SCORE_DECIMALS } from '../../scores.js';

export interface AlignmentJson {
  version: 1;
  level: string;
  mode: string;
  zh: { file: string; segments: string[] };
  en: { file: string; segments: string[] };
  beads: Array<{ zh: number[]; en: number[]; score: number }>;
}

export function formatAlignmentJson(
  view: AlignmentView,
  meta: { level: string; mode: string; zhFile: string; enFile: string },
): string {
  const out: AlignmentJson = {
    version: 1,
    level: meta.level,
    mode: meta.mode,
    zh: { file: meta.zhFile, segments: view.zh },
    en: { file: meta.enFile, segments: view.en },
    beads: view.beads.map((b) => ({ zh: b.zh, en: b.en, score: roundScore(b.score, SCORE_DECIMALS.alignment) })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
