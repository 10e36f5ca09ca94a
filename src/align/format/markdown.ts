// `--format md`: a side-by-side Markdown table, unmatched segments and low scores visible.
import type { AlignmentView } from './view.js';
import { beadSideText, EN_JOINER, ZH_JOINER } from './view.js';
import { CONFIDENT_SCORE, roundScore, SCORE_DECIMALS } from '../../scores.js';
import { escapeMarkdown } from '../../escape.js';
import { countOf } from '../../wording.js';

function sideCell(segments: string[], indices: number[], joiner: string): string {
  if (indices.length === 0) return '*(no counterpart)*';
  return escapeMarkdown(beadSideText(segments, indices, joiner));
}

function scoreCell(bead: { zh: number[]; en: number[]; score: number }): string {
  const score = roundScore(bead.score, SCORE_DECIMALS.alignment).toFixed(2);
  const unmatched = bead.zh.length === 0 || bead.en.length === 0;
  if (unmatched) return `${score} unmatched`;
  return bead.score < CONFIDENT_SCORE ? `${score} low` : score;
}

/** The table alone: bead indices, Chinese, English, score. */
export function markdownAlignmentTable(view: AlignmentView, unit: string): string {
  const rows = [
    `| ${unit} zh | ${unit} en | Chinese | English | score |`,
    '|---|---|---|---|---:|',
  ];
  for (const b of view.beads) {
    rows.push(
      `| ${b.zh.join(', ')} | ${b.en.join(', ')} | ${sideCell(view.zh, b.zh, ZH_JOINER)} | ${sideCell(view.en, b.en, EN_JOINER)} | ${scoreCell(b)} |`,
    );
  }
  return rows.join('\n') + '\n';
}

export function formatAlignmentMarkdown(view: AlignmentView, meta: { title: string; unit: string }): string {
  const matched = view.beads.filter((b) => b.zh.length > 0 && b.en.length > 0);
  const low = matched.filter((b) => b.score < CONFIDENT_SCORE).length;
  const zhAlone = view.beads.filter((b) => b.en.length === 0).reduce((n, b) => n + b.zh.length, 0);
  const enAlone = view.beads.filter((b) => b.zh.length === 0).reduce((n, b) => n + b.en.length, 0);
  return [
    `# ${escapeMarkdown(meta.title)}`,
    '',
    `${countOf(view.beads.length, 'bead')}: ${countOf(matched.length, 'link')} (${low} scored under ${CONFIDENT_SCORE}), ` +
      `${zhAlone} Chinese and ${countOf(enAlone, `English ${meta.unit}`)} without counterpart.`,
    '',
    markdownAlignmentTable(view, meta.unit),
  ].join('\n');
}
