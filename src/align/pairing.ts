// Document pairing: which Chinese and English documents report the same event. Evidence from
// the text (shared dates, the meeting's ordinal), from the manifest when it has dates or event
// names, and from the content: the share of both texts that the paragraph alignment links with
// confidence. The same share tells a translation from a comparable text.
import { declaredPairs, pairId } from '../corpus/index.js';
import { roundScore, SCORE_DECIMALS } from '../scores.js';
import type { Language, Paragraph } from '../types.js';
import { linkComparable } from './comparable.js';
import { AlignmentContext } from './context.js';
import { alignDocuments, looksTranslated, type DocumentAlignment } from './documents.js';
import { extractEventEvidence, type EventEvidence, type TextDate } from './event-evidence.js';
import { sharedNames } from './names.js';

export interface PairingDocument {
  id: string;
  language: Language;
  paragraphs: Paragraph[];
  /** Manifest date (YYYY-MM-DD) and event name, when known. */
  date?: string;
  event?: string;
  /** Id of the counterpart the manifest declares: the pair is taken as given, compared with no other. */
  counterpart?: string;
}

export type PairRelation = 'translation' | 'comparable';

export interface PairCandidate {
  zh: string;
  en: string;
  /** In [0, 1]; a candidate at or above PAIR_THRESHOLD is a pair. */
  score: number;
  /** Readable reasons, e.g. "same date 07-16", "meeting ordinal differs (3 vs 5)". */
  evidence: string[];
  /** Share of the text in confident paragraph links (0 when alignment was skipped). */
  linkedShare: number;
}

export interface DocumentPair extends PairCandidate {
  /** `<zh id>--<en id>`: the folder of the pair's alignment. */
  id: string;
  relation: PairRelation;
  alignment: DocumentAlignment;
}

export interface Pairing {
  pairs: DocumentPair[];
  /** Ids of documents that are in no pair, sorted. */
  unpaired: string[];
  /** Every zh–en combination considered, best first. */
  candidates: PairCandidate[];
}

export const PAIR_THRESHOLD = 0.55;
/**
 * Content evidence rises from 0 at this linked share to 1 at CONTENT_FULL_SHARE. Documents of
 * one series on different meetings link 35–60% of their text through formulaic and topical
 * paragraphs (seed corpus), the comparable 2020 pair 56%, translations 73% and more.
 */
const CONTENT_NO_SHARE = 0.4;
const CONTENT_FULL_SHARE = 0.8;
/** Manifest dates this many days apart still fit one event (statement published the next day). */
const DATE_SLACK_DAYS = 3;

/** `options.context`: lexicon and text memo for the whole pairing (default: one for this call). */
export function pairDocuments(docs: PairingDocument[], options: { maxBead?: number; context?: AlignmentContext } = {}): Pairing {
  const context = options.context ?? new AlignmentContext();
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const evidence = new Map(sorted.map((d) => [d.id, extractEventEvidence(d.paragraphs.map((p) => p.text).join('\n'), d.language)]));
  const candidates: PairCandidate[] = [];
  const pairs: DocumentPair[] = [];
  // Declared counterparts (manifest `counterpart`) pair as given: a large corpus pairs in O(N).
  const declared = declaredPairs(sorted);
  const taken = new Set(declared.flatMap(([zh, en]) => [zh.id, en.id]));
  for (const [zh, en] of declared) {
    const event = compareEvents(zh, en, evidence.get(zh.id)!, evidence.get(en.id)!);
    const links = linkComparable(zh.paragraphs.map((p) => p.text), en.paragraphs.map((p) => p.text), context);
    const content = clamp01((links.linkedShare - CONTENT_NO_SHARE) / (CONTENT_FULL_SHARE - CONTENT_NO_SHARE));
    const reasons = ['declared counterparts in the manifest', ...event.reasons, `${percent(links.linkedShare)} of the text in clearly corresponding paragraphs`];
    const candidate: PairCandidate = { zh: zh.id, en: en.id, score: round(0.5 * event.score + 0.5 * content), evidence: reasons, linkedShare: round(links.linkedShare) };
    candidates.push(candidate);
    const relation = looksTranslated(links, zh.paragraphs.length, en.paragraphs.length) ? 'translation' : 'comparable';
    pairs.push({ ...candidate, id: pairId(zh, en), relation, alignment: alignDocuments(zh.paragraphs, en.paragraphs, { mode: relation, maxBead: options.maxBead, context }) });
  }
  for (const zh of sorted.filter((d) => d.language === 'zh' && !taken.has(d.id))) {
    for (const en of sorted.filter((d) => d.language === 'en' && !taken.has(d.id))) {
      const event = compareEvents(zh, en, evidence.get(zh.id)!, evidence.get(en.id)!);
      // Contradicting event evidence with nothing in favour: not worth comparing the texts.
      const links =
        event.score <= 0 ? undefined : linkComparable(zh.paragraphs.map((p) => p.text), en.paragraphs.map((p) => p.text), context);
      const linkedShare = links?.linkedShare ?? 0;
      const reasons = [
        ...event.reasons,
        links ? `${percent(linkedShare)} of the text in clearly corresponding paragraphs` : 'texts not compared (event evidence contradicts)',
      ];
      const content = clamp01((linkedShare - CONTENT_NO_SHARE) / (CONTENT_FULL_SHARE - CONTENT_NO_SHARE));
      const score = round(0.5 * event.score + 0.5 * content);
      const candidate: PairCandidate = { zh: zh.id, en: en.id, score, evidence: reasons, linkedShare: round(linkedShare) };
      candidates.push(candidate);
      if (links && score >= PAIR_THRESHOLD) {
        const relation = looksTranslated(links, zh.paragraphs.length, en.paragraphs.length) ? 'translation' : 'comparable';
        const alignment = alignDocuments(zh.paragraphs, en.paragraphs, { mode: relation, maxBead: options.maxBead, context });
        pairs.push({ ...candidate, id: pairId(zh, en), relation, alignment });
      }
    }
  }
  const paired = new Set(pairs.flatMap((p) => [p.zh, p.en]));
  pairs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  candidates.sort(compareCandidates);
  return { pairs, unpaired: sorted.map((d) => d.id).filter((id) => !paired.has(id)), candidates };
}

/** Candidates best first (ties by ids): the order Pairing.candidates lists them in. */
export function compareCandidates(a: PairCandidate, b: PairCandidate): number {
  return b.score - a.score || (a.zh + a.en < b.zh + b.en ? -1 : 1);
}

/** Event agreement in [0, 1]: 0.5 when nothing is known, up for agreement, down for conflict. */
export function compareEvents(
  zh: PairingDocument,
  en: PairingDocument,
  zhEvidence: EventEvidence,
  enEvidence: EventEvidence,
): { score: number; reasons: string[] } {
  let score = 0.5;
  const reasons: string[] = [];
  const shared = sharedDates(zhEvidence.dates, enEvidence.dates);
  if (shared.length > 0) {
    score += 0.25;
    reasons.push(`same date ${shared.join(', ')}`);
  } else if (yearsDisjoint(zhEvidence.dates, enEvidence.dates)) {
    score -= 0.35;
    reasons.push('no date in common, different years');
  }
  if (zh.date && en.date) {
    const days = Math.abs(Date.parse(zh.date) - Date.parse(en.date)) / 86_400_000;
    if (days <= DATE_SLACK_DAYS) {
      score += 0.15;
      reasons.push(`manifest dates ${zh.date} and ${en.date} agree`);
    } else {
      score -= 0.35;
      reasons.push(`manifest dates ${zh.date} and ${en.date} differ`);
    }
  }
  if (zh.event && en.event) {
    if (zh.event === en.event) {
      score += 0.2;
      reasons.push(`same manifest event ${zh.event}`);
    } else {
      score -= 0.35;
      reasons.push(`different manifest events ${zh.event} and ${en.event}`);
    }
  }
  const zo = [...zhEvidence.meetingOrdinals].sort((a, b) => a - b);
  const eo = [...enEvidence.meetingOrdinals].sort((a, b) => a - b);
  if (zo.length && eo.length) {
    const common = zo.filter((n) => eo.includes(n));
    if (common.length) {
      score += 0.2;
      reasons.push(`same meeting ordinal ${common.join(', ')}`);
    } else {
      score -= 0.35;
      reasons.push(`meeting ordinal differs (${zo.join(', ')} vs ${eo.join(', ')})`);
    }
  }
  const numbers = [...zhEvidence.numbers].filter((n) => enEvidence.numbers.has(n)).sort();
  if (numbers.length) {
    score += Math.min(0.1, 0.05 * numbers.length);
    reasons.push(`shared numbers ${numbers.slice(0, 5).join(', ')}`);
  }
  const names = sharedNames(zhEvidence.pinyinWindows, enEvidence.properNames);
  if (names.length) {
    // Weak: the same ministers attend every meeting of a series.
    score += Math.min(0.1, 0.05 * names.length);
    reasons.push(`names in both ${names.slice(0, 5).join(', ')}`);
  }
  return { score: clamp01(score), reasons };
}

/** Month-day pairs found in both texts, with years equal where both give one ("07-16"). */
function sharedDates(a: TextDate[], b: TextDate[]): string[] {
  const out = new Set<string>();
  for (const x of a)
    for (const y of b)
      if (x.month === y.month && x.day === y.day && (x.year === undefined || y.year === undefined || x.year === y.year))
        out.add(`${x.year ?? y.year ?? '?'}-${pad(x.month)}-${pad(x.day)}`.replace(/^\?-/, ''));
  return [...out].sort();
}

/** Both texts give full dates, and no year appears in both. */
function yearsDisjoint(a: TextDate[], b: TextDate[]): boolean {
  const ya = new Set(a.flatMap((d) => (d.year === undefined ? [] : [d.year])));
  const yb = new Set(b.flatMap((d) => (d.year === undefined ? [] : [d.year])));
  if (ya.size === 0 || yb.size === 0) return false;
  return ![...ya].some((y) => yb.has(y));
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

const round = (x: number): number => roundScore(x, SCORE_DECIMALS.alignment);
