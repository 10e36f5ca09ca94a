// Document alignment in two levels: paragraphs first, then sentences inside each paragraph
// bead. A translation goes through the bead search (cut at shared paragraph numbering); a
// comparable pair (same event, not a translation) keeps only the few paragraphs and sentences
// that clearly correspond (see comparable.ts) and leaves the rest as explicit unmatched beads.
import { CONFIDENT_SCORE } from '../scores.js';
import type { Bead, Paragraph } from '../types.js';
import { alignSegments } from './beads/index.js';
import { AlignmentContext } from './context.js';
import { linkComparable, type ComparableLinks } from './comparable.js';
import { numberingAnchors } from './numbering.js';

/** `auto` decides from the paragraph links themselves (see `looksComparable`). */
export type AlignmentMode = 'translation' | 'comparable' | 'auto';

export interface DocumentAlignOptions {
  /** Largest number of segments on either side of a bead (default: the bead search's). */
  maxBead?: number;
  mode?: AlignmentMode;
  /** Lexicon and text memo shared by every step (default: one for this call). */
  context?: AlignmentContext;
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
  /** Share of the text (characters, mean of both sides) inside confident paragraph links. */
  linkedShare: number;
}

/**
 * A translation links most paragraphs of the shorter document one to one with a contrasting
 * partner (measured on gold chapters grouped into paragraphs: 72–100%), a good part of the
 * longer one's (half, when every paragraph of one side is split in two) and most of the text.
 * The 2020 news report links 6 of its 11 paragraphs and 6 of the statement's 17.
 */
const TRANSLATION_LINKED_SHORTER = 0.7;
const TRANSLATION_LINKED_LONGER = 0.45;
const TRANSLATION_LINKED_SHARE = 0.5;

export function alignDocuments(zh: Paragraph[], en: Paragraph[], options: DocumentAlignOptions = {}): DocumentAlignment {
  const context = options.context ?? new AlignmentContext();
  const search = { maxBead: options.maxBead, context };
  const zhTexts = documentSentences(zh);
  const enTexts = documentSentences(en);
  const requested = options.mode ?? 'auto';
  const links = requested === 'translation' ? undefined : linkComparable(zh.map((p) => p.text), en.map((p) => p.text), context);
  const mode = requested === 'auto' ? (links && looksTranslated(links, zh.length, en.length) ? 'translation' : 'comparable') : requested;

  let paragraphBeads: Bead[];
  let linkedShare: number;
  if (mode === 'comparable' && links) {
    paragraphBeads = links.beads;
    linkedShare = links.linkedShare;
  } else {
    paragraphBeads = alignParagraphs(zh, en, search);
    linkedShare = links?.linkedShare ?? linkedTextShare(paragraphBeads, zh, en, CONFIDENT_SCORE);
  }

  const zhFirst = firstSentenceIndices(zh);
  const enFirst = firstSentenceIndices(en);
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
      const zhGroup = zhSentences.map((s) => zhTexts[s]);
      const enGroup = enSentences.map((s) => enTexts[s]);
      const local = mode === 'comparable' ? linkComparable(zhGroup, enGroup, context).beads : alignSegments(zhGroup, enGroup, search);
      sentences = local.map((b) => ({ zh: b.zh.map((k) => zhSentences[k]), en: b.en.map((k) => enSentences[k]), score: b.score }));
    }
    return { ...bead, sentences };
  });
  return { mode, paragraphs, sentences: paragraphs.flatMap((p) => p.sentences), linkedShare };
}

/** Whether clear one-to-one links cover enough of both documents to call them a translation. */
export function looksTranslated(links: ComparableLinks, n: number, m: number): boolean {
  const linked = links.beads.filter((b) => b.zh.length > 0 && b.en.length > 0).length;
  const shorter = Math.min(n, m);
  if (shorter === 0) return false;
  return (
    linked / shorter >= TRANSLATION_LINKED_SHORTER &&
    linked / Math.max(n, m) >= TRANSLATION_LINKED_LONGER &&
    links.linkedShare >= TRANSLATION_LINKED_SHARE
  );
}

/** Paragraph beads: the bead search run separately between consecutive numbering anchors. */
export function alignParagraphs(zh: Paragraph[], en: Paragraph[], search: { maxBead?: number; context?: AlignmentContext }): Bead[] {
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
