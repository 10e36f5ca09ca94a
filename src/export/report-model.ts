// The review report as plain data, shared by the HTML and Markdown writers: a summary, one row
// per bead (or per paragraph for a single document) and the findings, each placed in the row
// and at the characters it flags.
import type { AlignmentDecision, Decision, WordChange } from '../fix/index.js';

export type { WordChange };
import type { Finding } from '../types.js';

/** A piece of display text and the span of the source file it came from. */
export interface SourceSegment {
  text: string;
  sourceStart: number;
  sourceEnd: number;
}

/** A finding flagged inside a row's English (`start`/`end` index the row text), or row-level (-1). */
export interface FindingMark {
  finding: number;
  start: number;
  end: number;
}

export type RowKind = 'link' | 'zh-only' | 'en-only' | 'text';

/** One segment of a row: its index in its document's sentence (or paragraph) list, its text and, for English, its marks. */
export interface RowPart {
  index: number;
  text: string;
  marks: FindingMark[];
}

export interface ReviewRow {
  kind: RowKind;
  /** Short label: bead or paragraph number. */
  label: string;
  zh: string;
  en: string;
  /** Alignment confidence in [0, 1], for beads. */
  score?: number;
  marks: FindingMark[];
  /** The row's segments one by one (the HTML review page moves them between rows); findings placed per segment. */
  parts?: { zh: RowPart[]; en: RowPart[] };
  /** A bead a reviewer confirmed or corrected: the index of its decision in `review.decisions.alignment`. */
  reviewed?: number;
}

/** What the interactive review page needs besides the rows: the findings' keys and the decisions it starts from. */
export interface ReviewData {
  /** The report's folder: a pair id or an English document id. */
  report: string;
  /** For a pair: its id (the key of its alignment decisions). */
  pair?: string;
  /** Per finding (the report's findings, then its rejected ones): the key a decision records and the decision that applied. */
  findings: Array<{
    rule: string;
    text: string;
    /** A few words either side: recorded with a new decision. */
    key: { before: string; after: string };
    /** More words either side: what a decision with a longer key is matched against. */
    context: { before: string; after: string };
    /** What "accept" applies: the safe fix or the first suggestion. */
    proposal?: string;
    decision?: Decision;
  }>;
  /** The decisions that applied to this report (finding decisions matched, the pair's alignment decisions). */
  decisions: { decisions: Decision[]; alignment: AlignmentDecision[] };
}


export interface ReviewReport {
  kind: 'pair' | 'document';
  title: string;
  /** Summary facts shown at the top, in order. */
  facts: Array<[string, string]>;
  /** Column headings: Chinese and English for a pair, the document's language alone otherwise. */
  columns: { zh?: string; en: string };
  rows: ReviewRow[];
  findings: Finding[];
  /** Findings a reviewer rejected (not listed, only counted). */
  rejected: number;
  /** Paragraphs of explanation under the title (what a comparable pair is). */
  notes?: string[];
  /** The rejected findings themselves, for the HTML page (placed after `findings`, numbered on from them). */
  rejectedFindings?: Finding[];
  /** For the interactive review page. */
  review?: ReviewData;
  /** Alignment decisions that no longer apply, and why. */
  stale?: Array<{ what: string; reason: string }>;
  /** The fixes as word-level changes (a document's findings report). */
  changes?: WordChange[];
}

/** Joins segments with a space, remembering where each starts in the joined text. */
export function joinSegments(segments: readonly SourceSegment[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const s of segments) {
    if (text) text += ' ';
    starts.push(text.length);
    text += s.text;
  }
  return { text, starts };
}

const SPACE = /\s/;

/**
 * End of `words` matched at `at`, each after a run of whitespace, or -1: what /w1\s+w2…/ matches
 * there (words hold no whitespace, so the match is unique), without compiling a RegExp per finding.
 */
function matchEnd(text: string, at: number, words: readonly string[]): number {
  let p = at + words[0].length;
  for (let k = 1; k < words.length; k++) {
    let q = p;
    while (q < text.length && SPACE.test(text[q])) q++;
    if (q === p || !text.startsWith(words[k], q)) return -1;
    p = q + words[k].length;
  }
  return p;
}

/** Where `finding.text` sits in `segment.text`: the occurrence nearest the finding's source position. */
function locateInSegment(segment: SourceSegment, finding: Finding): { start: number; end: number } | undefined {
  const expected = finding.offset - segment.sourceStart;
  // Normalisation may have re-flowed whitespace inside the flagged text.
  const words = finding.text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const text = segment.text;
  let best: { start: number; end: number } | undefined;
  // Successive non-overlapping occurrences, left to right (as a global RegExp finds them).
  for (let from = 0; ; ) {
    const at = text.indexOf(words[0], from);
    if (at === -1) break;
    const end = matchEnd(text, at, words);
    if (end === -1) {
      from = at + 1;
      continue;
    }
    // Once an occurrence lies beyond `expected` and no nearer than the best, none later is nearer.
    if (best && at > expected && at - expected >= Math.abs(best.start - expected)) break;
    if (!best || Math.abs(at - expected) < Math.abs(best.start - expected)) best = { start: at, end };
    from = end;
  }
  return best;
}

/**
 * Places findings (source-file offsets) into rows built from source segments. Each finding goes
 * to the row holding its first character; `rowSegments[i]` are row i's English segments.
 * Returns the marks per row and the findings that fall outside every row (e.g. in page chrome).
 */
export function placeFindings(rowSegments: ReadonlyArray<readonly SourceSegment[]>, findings: readonly Finding[]): { marks: FindingMark[][]; unplaced: number[] } {
  const marks: FindingMark[][] = rowSegments.map(() => []);
  const unplaced: number[] = [];
  const index = rowSegments.flatMap((segments, row) => segments.map((segment, k) => ({ row, k, segment })));
  findings.forEach((finding, f) => {
    const hit = index.find(({ segment }) => finding.offset >= segment.sourceStart && finding.offset < Math.max(segment.sourceEnd, segment.sourceStart + 1));
    if (!hit) {
      unplaced.push(f);
      return;
    }
    const { starts } = joinSegments(rowSegments[hit.row]);
    const at = locateInSegment(hit.segment, finding);
    marks[hit.row].push(at ? { finding: f, start: starts[hit.k] + at.start, end: starts[hit.k] + at.end } : { finding: f, start: -1, end: -1 });
  });
  // Inline marks must not overlap: a mark that would is shown at row level instead.
  for (const row of marks) {
    row.sort((a, b) => a.start - b.start || a.end - b.end || a.finding - b.finding);
    let reach = -1;
    for (const m of row) {
      if (m.start < 0) continue;
      if (m.start < reach) {
        m.start = -1;
        m.end = -1;
      } else reach = m.end;
    }
    row.sort((a, b) => (a.start < 0 ? 1 : 0) - (b.start < 0 ? 1 : 0) || a.start - b.start || a.finding - b.finding);
  }
  return { marks, unplaced };
}

export function countBySeverity(findings: readonly Finding[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function countByRule(findings: readonly Finding[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
