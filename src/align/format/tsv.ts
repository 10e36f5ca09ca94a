// `--format tsv`: one bead a row, side by side with its score, for spreadsheets and grep.
// Columns: zh indices, en indices, score, Chinese text, English text (header row first).
import { escapeTsvField } from '../../escape.js';
import type { AlignmentView } from './view.js';
import { beadSideText, EN_JOINER, ZH_JOINER } from './view.js';
import { roundScore, SCORE_DECIMALS } from '../../scores.js';

export function formatAlignmentTsv(view: AlignmentView): string {
  const rows = ['zh_index\ten_index\tscore\tzh\ten'];
  for (const b of view.beads) {
    rows.push(
      [
        b.zh.join(','),
        b.en.join(','),
        roundScore(b.score, SCORE_DECIMALS.alignment).toFixed(3),
        escapeTsvField(beadSideText(view.zh, b.zh, ZH_JOINER)),
        escapeTsvField(beadSideText(view.en, b.en, EN_JOINER)),
      ].join('\t'),
    );
  }
  return rows.join('\n') + '\n';
}
