// Page chrome before and after the body (tickers, publication lines, disclaimers, contact,
// licence and copyright lines, comment boxes, "- END -" and what follows), found by the rules
// in data/boilerplate.json and by the shape of its lines at the edges of the body (edges.ts),
// and removed line by line; every removal is reported.
import { LINE_BREAK, lineColumn, lineStarts } from '../corpus/index.js';
import type { RemovedBlock } from '../types.js';
import { markChromeAtEdges } from './edges.js';
import { boilerplateRules, type CompiledRule } from './rules.js';
import { applyEdits, type TextEdit, type TrackedText } from './tracked.js';

/** How many non-blank lines from the top may hold the title. */
const TITLE_WITHIN = 12;
/** At most this many ticker lines, each at most this long, before a title. */
const MAX_TICKERS = 6;
const MAX_TICKER_LENGTH = 120;
/** A page title repeated by the article must reappear within this many lines. */
const REPEAT_WITHIN = 8;
const SENTENCE_END = /[。！？.!?]["”’」』）)]*$/u;
/** End markers at the end of a line are no longer than this (（完）(完), " Enditem"). */
const MARKER_SPAN = 40;

export interface BoilerplateResult {
  tracked: TrackedText;
  removed: RemovedBlock[];
}

/**
 * One pass over the lines of `tracked` (any text derived from `source`: removed blocks name the
 * source lines its map leads back to). Removing chrome can reveal more (a title below a removed
 * line), so the caller repeats this until it removes nothing.
 */
export function removeBoilerplate(tracked: TrackedText, source: string): BoilerplateResult {
  const { titles, rules, byId } = boilerplateRules();
  const lines = tracked.text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  const sourceStarts = sourceLineStarts(source);
  /** 1-based source line of each line of `tracked`. */
  const sourceLine = starts.map((s) => lineColumn(sourceStarts, tracked.source[s]).line);
  const marks: Array<string | undefined> = new Array(lines.length).fill(undefined);
  const trimmed = lines.map((l) => l.trim());
  const blank = (i: number) => trimmed[i] === '';
  const lineRule = (i: number, zone: 'head' | 'tail') =>
    rules.find((r) => r.kind === 'line' && (r.zone === zone || r.zone === 'any') && r.regex!.test(trimmed[i]));

  // 1. An end marker cuts off everything after it.
  let end = lines.length;
  const cut = rules.filter((r) => r.kind === 'cut');
  const firstText = trimmed.findIndex((l) => l !== '');
  for (let i = firstText + 1; firstText >= 0 && i < lines.length; i++) {
    const rule = cut.find((r) => r.regex!.test(trimmed[i]));
    if (!rule) continue;
    marks[i] = rule.id;
    for (let k = i + 1; k < lines.length; k++) if (!blank(k)) marks[k] = 'tail/related-articles';
    end = i;
    break;
  }

  // 2. The head: tickers before the title, a page title repeated by the article, chrome lines.
  let bodyStart = findTitle(trimmed, titles, end);
  if (bodyStart >= 0) {
    const repeat = trimmed.indexOf(trimmed[bodyStart], bodyStart + 1);
    if (repeat > 0 && repeat - bodyStart <= REPEAT_WITHIN && repeat < end) {
      for (let i = bodyStart; i < repeat; i++)
        if (!blank(i)) marks[i] = i === bodyStart ? 'head/page-title' : (lineRule(i, 'head')?.id ?? 'head/page-title');
      bodyStart = repeat;
    }
    for (let i = 0; i < bodyStart; i++)
      if (!blank(i) && !marks[i]) marks[i] = lineRule(i, 'head')?.id ?? 'head/headline-ticker';
  }
  for (let i = bodyStart + 1; i < end && (blank(i) || lineRule(i, 'head')); i++) if (!blank(i)) marks[i] = lineRule(i, 'head')!.id;

  // 3. Lines that are chrome wherever they stand.
  for (let i = 0; i < end; i++) {
    const rule = rules.find((r) => r.kind === 'line' && r.zone === 'any' && r.regex!.test(trimmed[i]));
    if (rule && !marks[i]) marks[i] = rule.id;
  }

  // 4. The tail, peeled from the bottom.
  for (let i = end - 1; i > bodyStart && (blank(i) || marks[i] || lineRule(i, 'tail')); i--)
    if (!blank(i) && !marks[i]) marks[i] = lineRule(i, 'tail')!.id;

  // 5. Chrome found by its shape, at the head and tail of the body and after an end marker.
  const inlineEnd = rules.filter((r) => r.kind === 'inline-end');
  markChromeAtEdges({
    lines: trimmed,
    marks,
    end,
    isTitle: (line) => titles.some((t) => t.test(line)),
    endsWithMarker: (line) => {
      // Markers are short: only the end of a (possibly long) line is searched.
      const tail = line.slice(-MARKER_SPAN);
      return inlineEnd.some((r) => {
        const m = r.regex!.exec(tail);
        return m !== null && (m.index > 0 || tail.length < line.length);
      });
    },
  });

  const edits: TextEdit[] = [];
  const removed = blocksOf(marks, blank, sourceLine, source, byId);
  marks.forEach((rule, i) => {
    if (rule) edits.push({ start: starts[i], end: Math.min(starts[i] + lines[i].length + 1, tracked.text.length), replacement: '' });
  });

  // 6. An end marker inside the last paragraph of the body.
  const last = lastIndexWhere(lines.length, (i) => !marks[i] && !blank(i));
  if (last >= 0) {
    for (const rule of inlineEnd) {
      const m = rule.regex!.exec(lines[last].trimEnd());
      if (!m || m.index === 0) continue;
      // Only a body paragraph ends with a news marker: were the rest of the line chrome ("- END -")
      // or a title ("…联合声明(Finish)"), stripping the marker would expose it to the next pass
      // and break idempotence.
      const rest = lines[last].slice(0, m.index).trim();
      if (rules.some((r) => (r.kind === 'cut' || r.kind === 'line') && r.regex!.test(rest))) continue;
      if (titles.some((t) => t.test(rest))) continue;
      const start = starts[last] + m.index;
      const stop = start + m[0].length;
      edits.push({ start, end: stop, replacement: '' });
      const text = source.slice(tracked.source[start], tracked.source[stop]).trim();
      removed.push({ rule: rule.id, description: rule.description, startLine: sourceLine[last], endLine: sourceLine[last], text });
      break;
    }
  }
  removed.sort((a, b) => a.startLine - b.startLine || a.rule.localeCompare(b.rule));
  return { tracked: applyEdits(tracked, edits), removed };
}

/** The source's line starts and lines, kept for the next pass over the same document. */
let lastSource: { text: string; starts: number[]; lines?: string[] } | undefined;
function sourceLineStarts(source: string): number[] {
  if (lastSource?.text !== source) lastSource = { text: source, starts: lineStarts(source) };
  return lastSource.starts;
}
function sourceLinesOf(source: string): string[] {
  sourceLineStarts(source);
  lastSource!.lines ??= source.split(LINE_BREAK);
  return lastSource!.lines;
}

function findTitle(trimmed: string[], titles: RegExp[], end: number): number {
  let seen = 0;
  for (let i = 0; i < end && seen < TITLE_WITHIN; i++) {
    if (trimmed[i] === '') continue;
    seen++;
    if (!titles.some((t) => t.test(trimmed[i]))) continue;
    const before = trimmed.slice(0, i).filter((l) => l !== '');
    // Headlines do not end like sentences; a body paragraph above a title-like line does.
    if (before.length > MAX_TICKERS || before.some((l) => l.length > MAX_TICKER_LENGTH || SENTENCE_END.test(l))) return -1;
    return i;
  }
  return -1;
}

function lastIndexWhere(n: number, test: (i: number) => boolean): number {
  for (let i = n - 1; i >= 0; i--) if (test(i)) return i;
  return -1;
}

/** Consecutive lines removed by the same rule form one block (blank lines do not break it). */
function blocksOf(
  marks: Array<string | undefined>,
  blank: (i: number) => boolean,
  sourceLine: number[],
  source: string,
  byId: Map<string, CompiledRule>,
): RemovedBlock[] {
  const sourceLines = sourceLinesOf(source);
  const blocks: RemovedBlock[] = [];
  let current: RemovedBlock | undefined;
  marks.forEach((rule, i) => {
    if (!rule) {
      if (!blank(i)) current = undefined;
      return;
    }
    const line = sourceLine[i];
    const text = sourceLines[line - 1] ?? '';
    if (current && current.rule === rule) {
      current.endLine = line;
      current.text += '\n' + text;
      return;
    }
    current = { rule, description: byId.get(rule)?.description ?? rule, startLine: line, endLine: line, text };
    blocks.push(current);
  });
  for (const b of blocks) b.text = b.text.replace(/\n+$/, '');
  return blocks;
}
