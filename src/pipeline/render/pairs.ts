// The pairs of a run: each pair's alignment.json and alignment.md, and the Pairs section of
// index.md (pairs, documents without counterpart, every candidate considered).
import { documentSentences, markdownAlignmentTable, type DocumentPair, type PairCandidate } from '../../align/index.js';
import type { PreparedDocument } from '../../app/index.js';
import { escapeMarkdown } from '../../escape.js';
import { roundScore, SCORE_DECIMALS } from '../../scores.js';
import { countOf } from '../../wording.js';

export function alignmentFiles(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument): Array<[string, string]> {
  return [
    [`${pair.id}/alignment.json`, alignmentJson(pair, zh, en)],
    [`${pair.id}/alignment.md`, alignmentMarkdown(pair, zh, en)],
  ];
}

const score = (s: number) => roundScore(s, SCORE_DECIMALS.alignment);

function alignmentJson(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument): string {
  const side = (d: PreparedDocument) => ({
    document: d.entry.id,
    file: d.entry.file,
    paragraphs: d.paragraphs.map((p) => p.text),
    sentences: documentSentences(d.paragraphs),
  });
  const bead = (b: { zh: number[]; en: number[]; score: number }) => ({ zh: b.zh, en: b.en, score: score(b.score) });
  const json = {
    version: 1,
    pair: { id: pair.id, zh: pair.zh, en: pair.en, score: pair.score, relation: pair.relation, evidence: pair.evidence },
    mode: pair.alignment.mode,
    zh: side(zh),
    en: side(en),
    paragraphs: pair.alignment.paragraphs.map((p) => ({ ...bead(p), sentences: p.sentences.map(bead) })),
  };
  return JSON.stringify(json, null, 2) + '\n';
}

function alignmentMarkdown(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument): string {
  const paragraphs = pair.alignment.paragraphs;
  const links = paragraphs.filter((b) => b.zh.length > 0 && b.en.length > 0);
  const zhSentences = documentSentences(zh.paragraphs);
  const enSentences = documentSentences(en.paragraphs);
  const out = [
    `# Alignment: ${pair.zh} ↔ ${pair.en}`,
    '',
    `Relation: **${pair.relation}**, pair score ${pair.score.toFixed(2)} (${escapeMarkdown(pair.evidence.join('; '))}).`,
    '',
    `${countOf(links.length, 'paragraph link')}; ${countAlone(paragraphs, 'zh')} Chinese and ${countOf(countAlone(paragraphs, 'en'), 'English paragraph')} without counterpart` +
      (pair.relation === 'comparable' ? ' (comparable texts: only clearly corresponding paragraphs are linked).' : '.'),
    '',
    '## Paragraphs',
    '',
    markdownAlignmentTable({ zh: zh.paragraphs.map((p) => p.text), en: en.paragraphs.map((p) => p.text), beads: paragraphs }, '¶'),
    '## Sentences of linked paragraphs',
    '',
  ];
  for (const link of links) {
    out.push(`### ¶ zh ${link.zh.join(', ')} ↔ ¶ en ${link.en.join(', ')} (score ${score(link.score).toFixed(2)})`, '');
    out.push(markdownAlignmentTable({ zh: zhSentences, en: enSentences, beads: link.sentences }, 'sentence'));
  }
  if (links.length === 0) out.push('No paragraph links.', '');
  return out.join('\n');
}

function countAlone(beads: Array<{ zh: number[]; en: number[] }>, side: 'zh' | 'en'): number {
  const other = side === 'zh' ? 'en' : 'zh';
  return beads.filter((b) => b[other].length === 0).reduce((n, b) => n + b[side].length, 0);
}

/** What index.md and index.html say of a pair. */
export interface PairRow {
  id: string;
  zh: string;
  en: string;
  relation: DocumentPair['relation'];
  score: number;
  linkedShare: number;
  /** Findings of its English after decisions. */
  errors: number;
  warnings: number;
  /** Sentence links it gave the parallel text of its relation (parallel.* or comparable.*). */
  segments: number;
  /** false: its files were not written (`run --reports`). */
  reported?: boolean;
}

/** A pair's row; `errors` and `warnings` count its English findings after decisions, `segments` its exported links. */
export function pairRow(pair: DocumentPair, errors = 0, warnings = 0, segments = 0): PairRow {
  return { id: pair.id, zh: pair.zh, en: pair.en, relation: pair.relation, score: pair.score, linkedShare: pair.linkedShare, errors, warnings, segments };
}

/** The files a pair of each relation feeds, as index.md names them. */
export const RELATION_FILES: Readonly<Record<DocumentPair['relation'], string>> = { translation: '`parallel.*`', comparable: '`comparable.*`' };

export function pairsSection(pairs: readonly PairRow[], unpaired: readonly string[], candidates: readonly PairCandidate[]): string {
  const rows = pairs.map(
    (p) =>
      `| ${p.reported === false ? p.id : `[${p.id}](${p.id}/alignment.md)`} | ${p.zh} | ${p.en} | ${p.relation} | ${p.score.toFixed(2)} | ${Math.round(p.linkedShare * 100)}% | ${p.segments} → ${RELATION_FILES[p.relation]} |`,
  );
  const considered = candidates.map((c) => `| ${c.zh} | ${c.en} | ${c.score.toFixed(2)} | ${escapeMarkdown(c.evidence.join('; '))} |`);
  return [
    '## Pairs',
    '',
    pairs.length
      ? ['| pair | Chinese | English | relation | score | text in clear paragraph links | links exported |', '|---|---|---|---|---:|---:|---|', ...rows].join('\n')
      : 'No Chinese–English pairs found.',
    '',
    '### Documents with no counterpart',
    '',
    ...(unpaired.length ? unpaired.map((id) => `- ${id}`) : ['None.']),
    '',
    '### Candidates considered',
    '',
    '| Chinese | English | score | evidence |',
    '|---|---|---:|---|',
    ...considered,
    '',
  ].join('\n');
}
