// JSON Lines: one `{"zh", "en", "score", "source", "relation", "bead"}` object a line, keys in that
// order; `relation` is the pair's: `translation` or `comparable`.
import { roundScore, SCORE_DECIMALS } from '../scores.js';
import type { ParallelFormat } from './parallel-format.js';
import type { ParallelSegment } from './parallel.js';

export function formatJsonl(segments: readonly ParallelSegment[]): string {
  return segments
    .map((s) => JSON.stringify({ zh: s.zh, en: s.en, score: roundScore(s.score, SCORE_DECIMALS.parallel), source: s.source, relation: s.relation, ...(s.bead === undefined ? {} : { bead: s.bead }) }) + '\n')
    .join('');
}

export const jsonl: ParallelFormat = {
  name: 'jsonl',
  description: 'one {"zh", "en", "score", "source", "relation", "bead"} object a line',
  files: [''],
  runExtension: 'jsonl',
  marksRelation: true,
  open: () => ({ header: () => [''], segments: (s) => [formatJsonl(s)], footer: () => [''] }),
};

export function parseJsonl(jsonl: string): ParallelSegment[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ParallelSegment);
}
