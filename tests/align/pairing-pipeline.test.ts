// `silkalign run`'s pairing stage: each pair's alignment.json and alignment.md, and the Pairs
// section of index.md, from the seed corpus.
import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { loadCorpus, type CorpusEntry } from '../../src/corpus/index.js';
import { pairPrepared, prepareDocument } from '../../src/app/index.js';
import type { Pairing } from '../../src/align/index.js';
import { alignmentFiles, pairRow, pairsSection } from '../../src/pipeline/index.js';
import { repoRoot } from '../helpers/cli.js';

interface AlignmentFile {
  version: number;
  pair: { id: string; zh: string; en: string; relation: string; score: number };
  zh: { paragraphs: string[]; sentences: string[] };
  en: { paragraphs: string[]; sentences: string[] };
  paragraphs: Array<{ zh: number[]; en: number[]; score: number; sentences: Array<{ zh: number[]; en: number[]; score: number }> }>;
}

interface PairsStage {
  pairing: Pairing;
  files: Array<[string, string]>;
  section: string;
}

/** What `run` writes of the pairs: each pair's alignment files and the Pairs section of index.md. */
function pairCorpus(entries: CorpusEntry[]): PairsStage {
  const documents = new Map(entries.map((e) => [e.entry.id, prepareDocument(e.entry, e.source)]));
  const pairing = pairPrepared([...documents.values()]);
  const files = pairing.pairs.flatMap((p) => alignmentFiles(p, documents.get(p.zh)!, documents.get(p.en)!));
  return { pairing, files, section: pairsSection(pairing.pairs.map((p) => pairRow(p)), pairing.unpaired, pairing.candidates) };
}

let entries: CorpusEntry[];
let stage: PairsStage;

beforeAll(async () => {
  entries = await loadCorpus(join(repoRoot, 'corpus'));
  stage = pairCorpus(entries);
});

describe('pairs stage', () => {
  it('writes alignment.json and alignment.md for each pair, nothing else', () => {
    const id = stage.pairing.pairs[0].id;
    expect(stage.files.map(([path]) => path)).toEqual([`${id}/alignment.json`, `${id}/alignment.md`]);
  });

  it('alignment.json covers every paragraph and sentence of both documents once, in order', () => {
    const json = JSON.parse(stage.files[0][1]) as AlignmentFile;
    expect(json.version).toBe(1);
    expect(json.pair.relation).toBe('comparable');
    const ordered = (xs: number[], n: number) => expect(xs).toEqual(Array.from({ length: n }, (_, k) => k));
    ordered(json.paragraphs.flatMap((p) => p.zh), json.zh.paragraphs.length);
    ordered(json.paragraphs.flatMap((p) => p.en), json.en.paragraphs.length);
    ordered(json.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.zh)), json.zh.sentences.length);
    ordered(json.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.en)), json.en.sentences.length);
    for (const p of json.paragraphs) for (const b of [p, ...p.sentences]) expect(b.score >= 0 && b.score <= 1).toBe(true);
  });

  it('alignment.md shows both sides with scores, unmatched paragraphs visible', () => {
    const md = stage.files[1][1];
    expect(md).toMatch(/^# Alignment: \S+ ↔ \S+/);
    expect(md).toContain('Relation: **comparable**');
    expect(md).toContain('| ¶ zh | ¶ en | Chinese | English | score |');
    expect(md).toMatch(/\| \*\(no counterpart\)\* \| [^|]*\| \d\.\d\d unmatched \|/);
  });

  it('lists pairs with score and relation, and the documents with no counterpart', () => {
    const pair = stage.pairing.pairs[0];
    expect(stage.section).toContain(`| ${pair.zh} | ${pair.en} | comparable | ${pair.score.toFixed(2)} |`);
    const alone = stage.section.split('### Documents with no counterpart')[1].split('###')[0];
    expect(alone.match(/^- /gm)).toHaveLength(3);
    for (const id of stage.pairing.unpaired) expect(alone).toContain(`- ${id}\n`);
  });

  it('is byte-identical on a second run', () => {
    const again = pairCorpus(entries);
    expect(again.files).toEqual(stage.files);
    expect(again.section).toBe(stage.section);
  });
});
