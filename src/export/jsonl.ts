// JSON Lines: one `{"zh", "en", "score", "source", "bead"}` object a line, keys in that order.
import { roundScore, type ParallelSegment } from './parallel.js';

export function formatJsonl(segments: readonly ParallelSegment[]): string {
  return segments
    .map((s) => JSON.stringify({ zh: s.zh, en: s.en, score: roundScore(s.score), source: s.source, ...(s.bead === undefined ? {} : { bead: s.bead }) }) + '\n')
    .join('');
}

export function parseJsonl(jsonl: string): ParallelSegment[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ParallelSegment);
}
