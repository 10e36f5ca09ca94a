// Stage 2: pairs the corpus's Chinese and English documents and aligns every pair; writes
// <pair id>/alignment.json and alignment.md and the Pairs section of index.md. Later stages
// (checks, reports) take the pairing from here.
import {
  markdownAlignmentTable,
  pairDocuments,
  roundScore,
  documentSentences,
  type DocumentPair,
  type Pairing,
} from '../align/index.js';
import type { CorpusDocument } from './documents.js';
import type { RunOptions } from './index.js';

export interface PairsStage {
  pairing: Pairing;
  files: Array<[string, string]>;
  section: string;
}

/** Pairs prepared documents (manifest dates, events and declared counterparts included) and aligns each pair. */
export function pairPrepared(documents: CorpusDocument[]): Pairing {
  return pairDocuments(
    documents.map((d) => ({
      id: d.entry.id,
      language: d.entry.language,
      paragraphs: d.paragraphs,
      date: d.entry.date,
      event: d.entry.event,
      counterpart: d.entry.counterpart,
    })),
  );
}

export function pairCorpus(documents: CorpusDocument[], options: RunOptions = {}): PairsStage {
  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const pairing = pairPrepared(documents);
  options.log?.(`silkalign: ${pairing.pairs.length} document pairs, ${pairing.unpaired.length} documents without counterpart`);
  const files: Array<[string, string]> = [];
  for (const pair of pairing.pairs) {
    const zh = byId.get(pair.zh)!;
    const en = byId.get(pair.en)!;
    files.push([`${pair.id}/alignment.json`, alignmentJson(pair, zh, en)]);
    files.push([`${pair.id}/alignment.md`, alignmentMarkdown(pair, zh, en)]);
  }
  return { pairing, files, section: pairsSection(pairing) };
}

function alignmentJson(pair: DocumentPair, zh: CorpusDocument, en: CorpusDocument): string {
  const side = (d: CorpusDocument) => ({
    document: d.entry.id,
    file: d.entry.file,
    paragraphs: d.paragraphs.map((p) => p.text),
    sentences: documentSentences(d.paragraphs),
  });
  const bead = (b: { zh: number[]; en: number[]; score: number }) => ({ zh: b.zh, en: b.en, score: roundScore(b.score) });
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

function alignmentMarkdown(pair: DocumentPair, zh: CorpusDocument, en: CorpusDocument): string {
  const paragraphs = pair.alignment.paragraphs;
  const links = paragraphs.filter((b) => b.zh.length > 0 && b.en.length > 0);
  const zhSentences = documentSentences(zh.paragraphs);
  const enSentences = documentSentences(en.paragraphs);
  const out = [
    `# Alignment: ${pair.zh} ↔ ${pair.en}`,
    '',
    `Relation: **${pair.relation}**, pair score ${pair.score.toFixed(2)} (${pair.evidence.join('; ')}).`,
    '',
    `${links.length} paragraph links; ${countAlone(paragraphs, 'zh')} Chinese and ${countAlone(paragraphs, 'en')} English paragraphs without counterpart` +
      (pair.relation === 'comparable' ? ' (comparable texts: only clearly corresponding paragraphs are linked).' : '.'),
    '',
    '## Paragraphs',
    '',
    markdownAlignmentTable({ zh: zh.paragraphs.map((p) => p.text), en: en.paragraphs.map((p) => p.text), beads: paragraphs }, '¶'),
    '## Sentences of linked paragraphs',
    '',
  ];
  for (const link of links) {
    out.push(`### ¶ zh ${link.zh.join(', ')} ↔ ¶ en ${link.en.join(', ')} (score ${roundScore(link.score).toFixed(2)})`, '');
    out.push(markdownAlignmentTable({ zh: zhSentences, en: enSentences, beads: link.sentences }, 'sentence'));
  }
  if (links.length === 0) out.push('No paragraph links.', '');
  return out.join('\n');
}

function countAlone(beads: Array<{ zh: number[]; en: number[] }>, side: 'zh' | 'en'): number {
  const other = side === 'zh' ? 'en' : 'zh';
  return beads.filter((b) => b[other].length === 0).reduce((n, b) => n + b[side].length, 0);
}

function pairsSection(pairing: Pairing): string {
  const rows = pairing.pairs.map(
    (p) =>
      `| [${p.id}](${p.id}/alignment.md) | ${p.zh} | ${p.en} | ${p.relation} | ${p.score.toFixed(2)} | ${Math.round(p.linkedShare * 100)}% |`,
  );
  const candidates = pairing.candidates.map(
    (c) => `| ${c.zh} | ${c.en} | ${c.score.toFixed(2)} | ${c.evidence.join('; ').replace(/\|/g, '\\|')} |`,
  );
  return [
    '## Pairs',
    '',
    pairing.pairs.length
      ? ['| pair | Chinese | English | relation | score | text in clear paragraph links |', '|---|---|---|---|---:|---:|', ...rows].join('\n')
      : 'No Chinese–English pairs found.',
    '',
    '### Documents with no counterpart',
    '',
    ...(pairing.unpaired.length ? pairing.unpaired.map((id) => `- ${id}`) : ['None.']),
    '',
    '### Candidates considered',
    '',
    '| Chinese | English | score | evidence |',
    '|---|---|---:|---|',
    ...candidates,
    '',
  ].join('\n');
}
