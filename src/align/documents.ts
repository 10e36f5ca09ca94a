// Document alignment in two levels: paragraphs first (bead search over paragraph texts, cut at
// shared paragraph numbering), then sentences inside each paragraph bead. A comparable pair
// (same event, not a translation) keeps only its confident links: every other bead becomes
// explicit unmatched beads instead of a forced link.
import type { Bead, Paragraph } from '../types.js';
import { alignSegments } from './beads/index.js';
import { numberingAnchors } from './numbering.js';

/** `auto` decides from the paragraph links themselves (see `looksComparable`). */
export type AlignmentMode = 'translation' | 'comparable' | 'auto';

export interface DocumentAlignOptions {
  /** Largest number of segments on either side of a bead (default: the bead search's). */
  maxBead?: number;
  mode?: AlignmentMode;
  /** In comparable mode, links scored under this become unmatched beads (default 0.5). */
  minScore?: number;
}

export interface ParagraphBead extends Bead {
  /** The sentence beads inside this paragraph group; indices into the document's sentences. */
  sentences: Bead[];
}

export interface DocumentAlignment {
  mode: 'translation' | 'comparable';
  /** Paragraph beads in document order, covering every paragraph once. */
  paragraphs: ParagraphBead[];
  /** Every sentence bead in document order (the paragraph beads' sentences, concatenated). */
  sentences: Bead[];
  /** Share of the text (characters, both sides) inside paragraph links scored ≥ minScore. */
  linkedShare: number;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** Under this linked share a pair reads as comparable rather than as a translation. */
export const COMPARABLE_LINKED_SHARE = 0.5;

export function alignDocuments(zh: Paragraph[], en: Paragraph[], options: DocumentAlignOptions = {}): DocumentAlignment {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const search = { maxBead: options.maxBead };
  const rawParagraphs = alignParagraphs(zh, en, search);
  const linkedShare = linkedTextShare(rawParagraphs, zh, en, minScore);
  const mode =
    options.mode === 'translation' || options.mode === 'comparable'
      ? options.mode
      : linkedShare < COMPARABLE_LINKED_SHARE
        ? 'comparable'
        : 'translation';
  const paragraphBeads = mode === 'comparable' ? unlinkWeakBeads(rawParagraphs, minScore) : rawParagraphs;

  const zhFirst = firstSentenceIndices(zh);
  const enFirst = firstSentenceIndices(en);
  const zhTexts = documentSentences(zh);
  const enTexts = documentSentences(en);
  const paragraphs = paragraphBeads.map((bead): ParagraphBead => {
    const zhSentences = bead.zh.flatMap((p) => sentenceRange(zhFirst, p));
    const enSentences = bead.en.flatMap((p) => sentenceRange(enFirst, p));
    let sentences: Bead[];
    if (zhSentences.length === 0 || enSentences.length === 0) {
      sentences = [
        ...zhSentences.map((s): Bead => ({ zh: [s], en: [], score: bead.score })),
        ...enSentences.map((s): Bead => ({ zh: [], en: [s], score: bead.score })),
      ];
    } else {
      const local = alignSegments(
        zhSentences.map((s) => zhTexts[s]),
        enSentences.map((s) => enTexts[s]),
        search,
      ).map((b) => ({ zh: b.zh.map((k) => zhSentences[k]), en: b.en.map((k) => enSentences[k]), score: b.score }));
      sentences = mode === 'comparable' ? unlinkWeakBeads(local, minScore) : local;
    }
    return { ...bead, sentences };
  });
  return { mode, paragraphs, sentences: paragraphs.flatMap((p) => p.sentences), linkedShare };
}

/** Paragraph beads: the bead search run separately between consecutive numbering anchors. */
export function alignParagraphs(zh: Paragraph[], en: Paragraph[], search: { maxBead?: number }): Bead[] {
  const cuts: Array<[number, number]> = [[0, 0], ...numberingAnchors(zh, en), [zh.length, en.length]];
  const out: Bead[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [z0, e0] = cuts[k];
    const [z1, e1] = cuts[k + 1];
    if (z0 === z1 && e0 === e1) continue;
    const beads = alignSegments(
      zh.slice(z0, z1).map((p) => p.text),
      en.slice(e0, e1).map((p) => p.text),
      search,
    );
    for (const b of beads) out.push({ zh: b.zh.map((i) => i + z0), en: b.en.map((j) => j + e0), score: b.score });
  }
  return out;
}

/**
 * Splits every link scored under `minScore` into one unmatched bead per segment (Chinese
 * first), scored 1 − the link's score: how sure we are that the segment has no counterpart.
 */
export function unlinkWeakBeads(beads: Bead[], minScore: number): Bead[] {
  return beads.flatMap((b): Bead[] => {
    if (b.zh.length === 0 || b.en.length === 0 || b.score >= minScore) return [b];
    const score = 1 - b.score;
    return [...b.zh.map((i): Bead => ({ zh: [i], en: [], score })), ...b.en.map((j): Bead => ({ zh: [], en: [j], score }))];
  });
}

function linkedTextShare(beads: Bead[], zh: Paragraph[], en: Paragraph[], minScore: number): number {
  const zhTotal = zh.reduce((n, p) => n + p.text.length, 0);
  const enTotal = en.reduce((n, p) => n + p.text.length, 0);
  if (zhTotal === 0 || enTotal === 0) return 0;
  let zhLinked = 0;
  let enLinked = 0;
  for (const b of beads) {
    if (b.zh.length === 0 || b.en.length === 0 || b.score < minScore) continue;
    for (const i of b.zh) zhLinked += zh[i].text.length;
    for (const j of b.en) enLinked += en[j].text.length;
  }
  return (zhLinked / zhTotal + enLinked / enTotal) / 2;
}

/** Index of each paragraph's first sentence in the document's sentence list (plus the total). */
export function firstSentenceIndices(paragraphs: Paragraph[]): number[] {
  const first = [0];
  for (const p of paragraphs) first.push(first[first.length - 1] + p.sentences.length);
  return first;
}

/** The sentences of a document in order, as one list (what sentence beads index). */
export function documentSentences(paragraphs: Paragraph[]): string[] {
  return paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
}

function sentenceRange(first: number[], p: number): number[] {
  const out: number[] = [];
  for (let s = first[p]; s < first[p + 1]; s++) out.push(s);
  return out;
}
