// `--format tsv`: one bead a row, side by side with its score, for spreadsheets and grep.
// Columns: zh indices, en indices, score, Chinese text, English text (header row first).
import type { AlignmentView } from './view.js';
import { beadSideText, EN_JOINER, roundScore, ZH_JOINER } from './view.js';

/** Tabs, newlines and backslashes inside a cell are escaped so that every bead is one row. */
export function escapeTsvCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

export function formatAlignmentTsv(view: AlignmentView): string {
  const rows = ['zh_index\ten_index\tscore\tzh\ten'];
  for (const b of view.beads) {
    rows.push(
      [
        b.zh.join(','),
        b.en.join(','),
        roundScore(b.score).toFixed(3),
        escapeTsvCell(beadSideText(view.zh, b.zh, ZH_JOINER)),
        escapeTsvCell(beadSideText(view.en, b.en, EN_JOINER)),
      ].join('\t'),
    );
  }
  return rows.join('\n') + '\n';
}
