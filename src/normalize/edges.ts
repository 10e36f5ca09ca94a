// Page chrome found by its shape, and only where chrome stands: in the head (before the first
// paragraph of prose) and in the tail (peeled from the bottom up to the last body line), or
// after an end marker. Never inside the body. Lines the pattern rules already marked count as
// chrome here too.
import { chromeClassifier, hanCount, isDateLine, isFragment, isProse, isTeaserLike, wordCount } from './chrome-lines.js';
import type { ChromeRule } from './chrome-vocabulary.js';
import { shapeOn } from './shape-switches.js';

export interface EdgeContext {
  /** Trimmed lines. */
  lines: string[];
  /** The rule that removes each line, if any; filled in here. */
  marks: Array<string | undefined>;
  /** Lines from here on are already cut (after an end marker line). */
  end: number;
  /** A title line (…联合声明, …Joint Statement): never taken for a site name. */
  isTitle(line: string): boolean;
  /** A body line that ends with a news agency's end marker ("…会谈。（完）"). */
  endsWithMarker(line: string): boolean;
}

const RELATED = 'tail/related-articles';
/** A page's copyright line has at most this many lines of footer under it, each this long. */
const MAX_UNDER_COPYRIGHT = 4;
const MAX_FOOTER_LINE = 200;

export function markChromeAtEdges(ctx: EdgeContext): void {
  const { lines, marks, end } = ctx;
  const classifier = chromeClassifier();
  const { isRelatedHeader, isPageEnd } = classifier;
  const rules = new Map<number, ChromeRule | undefined>();
  const classify = (i: number) => {
    if (!rules.has(i)) rules.set(i, classifier.classify(lines[i]));
    return rules.get(i);
  };
  const nonBlank: number[] = [];
  for (let i = 0; i < end; i++) if (lines[i] !== '') nonBlank.push(i);
  if (nonBlank.length === 0) return;
  const chrome = (i: number) => marks[i] !== undefined;

  // The head: everything above the first paragraph of prose that is not chrome.
  let headEnd = nonBlank.find((i) => !chrome(i) && isProse(lines[i]) && !classify(i));
  if (headEnd === undefined) {
    const title = nonBlank.find((i) => !chrome(i) && !classify(i) && !isFragment(lines[i]));
    headEnd = title === undefined ? end : title + 1;
  }
  const head = nonBlank.filter((i) => i < headEnd);
  for (const i of head) marks[i] ??= classify(i);
  markSiteBanner(ctx, head);
  markShortRuns(ctx, head, 'head', headEnd);
  if (shapeOn('masthead')) markMasthead(ctx, head);

  // A page's copyright line near the end takes the few short lines under it (licence numbers,
  // a note on browsers) with it, whatever they say.
  const after = nonBlank.filter((i) => i > headEnd);
  for (let k = Math.max(0, after.length - MAX_UNDER_COPYRIGHT - 1); k < after.length; k++) {
    const under = after.slice(k + 1);
    if (!isPageEnd(lines[after[k]]) || under.some((i) => lines[i].length > MAX_FOOTER_LINE)) continue;
    for (const i of [after[k], ...under]) marks[i] ??= 'edge/footer';
    break;
  }

  // The tail, from the bottom: chrome, "related" headings with the teasers under them, and
  // short lines held until it is clear what they belong to.
  const tail = after.reverse();
  const pending: number[] = [];
  let stop = -1;
  let chromeBelow = false;
  for (const i of tail) {
    if (chrome(i)) {
      chromeBelow = true;
      continue;
    }
    if (isRelatedHeader(lines[i])) {
      marks[i] = RELATED;
      for (const p of pending.splice(0)) marks[p] = RELATED;
      chromeBelow = true;
      continue;
    }
    // A labelled name ("Our Standards: The Trust Principles.") only above other chrome: at the
    // very end it may be a heading.
    const rule = classify(i) ?? (chromeBelow && shapeOn('labelled-name') && isLabelledName(lines[i]) ? 'edge/field-labels' : undefined);
    if (rule) {
      marks[i] = rule;
      chromeBelow = true;
      continue;
    }
    if (isTeaserLike(lines[i]) || isFragment(lines[i]) || isDateLine(lines[i])) {
      pending.push(i);
      continue;
    }
    stop = i;
    break;
  }
  // The peel may run up to the first paragraph of prose, which is then the last body line.
  if (stop < 0 && headEnd < end && !chrome(headEnd)) stop = headEnd;
  // Teasers after a body line that ends the article ("…（完）") go with the end marker.
  if (stop >= 0 && ctx.endsWithMarker(lines[stop])) for (const p of pending) marks[p] = RELATED;
  else markShortRuns(ctx, pending.reverse(), 'tail');
}

/**
 * Short lines above a menu or breadcrumb that has the title below it: the site's name and
 * banner ("中国政府网", "Ministry of Foreign Affairs of the Republic of Kazakhstan").
 */
function markSiteBanner(ctx: EdgeContext, head: number[]): void {
  const { lines, marks } = ctx;
  const body = (i: number) => marks[i] === undefined && !isFragment(lines[i]);
  for (let k = head.length - 1; k >= 0; k--) {
    if (marks[head[k]] !== 'edge/navigation') continue;
    if (!head.slice(k + 1).some(body)) continue;
    for (const i of head.slice(0, k))
      if (marks[i] === undefined && lines[i].length <= 80 && !isProse(lines[i]) && !ctx.isTitle(lines[i])) marks[i] = 'head/site-banner';
    return;
  }
}

/**
 * The masthead: a page that opens with names (the site, its tagline, a section or two: each a
 * few capitalised words or a few Han characters, no sentence) above its title, where the names
 * stand above a chrome line or the title has a byline or stamp right under it. The title is the
 * first line in the head longer than a name; with none (a short title over the first
 * paragraph) nothing is taken.
 */
function markMasthead(ctx: EdgeContext, head: number[]): void {
  const { lines, marks } = ctx;
  const title = head.findIndex((i) => marks[i] === undefined && !isNameLike(lines[i]));
  if (title <= 0) return;
  // Names above a byline or stamp that stands right under the title, or else only names above
  // a chrome line (a short title under a menu or a button bar stays).
  const underTitle = head[title + 1];
  const reach = underTitle !== undefined && marks[underTitle] !== undefined ? title : lastIndex(head.slice(0, title), (i) => marks[i] !== undefined);
  for (const i of head.slice(0, Math.max(reach, 0)))
    if (marks[i] === undefined && !ctx.isTitle(lines[i])) marks[i] = 'head/site-banner';
}

function lastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k])) return k;
  return -1;
}

/**
 * Runs of short lines (a word or two, a date; in the tail also headline-like lines) between
 * chrome lines: a section name under a menu, a tag list above the copyright. In the head the
 * top of the document counts as chrome for a word or two; in the tail the bottom does.
 */
function markShortRuns(ctx: EdgeContext, candidates: number[], zone: 'head' | 'tail', headEnd = -1): void {
  const { lines, marks } = ctx;
  const short = (i: number) =>
    marks[i] === undefined &&
    (isFragment(lines[i]) || isDateLine(lines[i]) || (zone === 'tail' && isTeaserLike(lines[i]))) &&
    !ctx.isTitle(lines[i]);
  const candidate = new Set(candidates.filter(short));
  const previous = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (lines[k] !== '') return k;
    return -1;
  };
  const next = (i: number) => {
    for (let k = i + 1; k < lines.length; k++) if (lines[k] !== '') return k;
    return -1;
  };
  for (const first of [...candidate].sort((a, b) => a - b)) {
    if (!candidate.has(first) || candidate.has(previous(first))) continue;
    const run = [first];
    while (candidate.has(next(run[run.length - 1]))) run.push(next(run[run.length - 1]));
    const above = previous(first);
    const below = next(run[run.length - 1]);
    const onlyFragments = run.every((i) => isFragment(lines[i]));
    // A name and a date in the head with only chrome between them and the first paragraph are
    // a byline, whatever stands above them (a title, a subtitle).
    const byline =
      shapeOn('byline-block') &&
      zone === 'head' && below >= 0 && run.some((i) => isDateLine(lines[i])) && chromeUntil(ctx, below, headEnd);
    const aboveOk = above >= 0 ? marks[above] !== undefined || byline : zone === 'head' && onlyFragments;
    const belowOk = below >= 0 ? marks[below] !== undefined : zone === 'tail' && onlyFragments;
    if (aboveOk && belowOk) for (const i of run) marks[i] = 'edge/short-line';
  }
}

/** Every non-blank line from `from` up to (not including) `end` is chrome. */
function chromeUntil(ctx: EdgeContext, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (ctx.lines[i] !== '' && ctx.marks[i] === undefined) return false;
  return from < end;
}

/** A name, not a headline: a site, a tagline, a section ("Russian News Agency", "中亚新闻观察"). */
export function isNameLike(line: string): boolean {
  if (line === '' || /[\d。.!?！？,，:：;；"“”]/.test(line)) return false;
  const han = hanCount(line);
  const words = wordCount(line);
  if (han > 0) return han <= 8 && words === 0;
  // Names are capitalised ("Russian News Agency"); a headline in sentence case is not a name.
  return words >= 1 && words <= 4 && line.split(/\s+/).every((w) => !/^[a-z]/.test(w) || TITLE_CASE_SMALL.has(w));
}

/**
 * A label and a name after the body ("Our Standards: The Trust Principles."): a few capitalised
 * words, a colon, a title-case value. Read in the tail only, where nothing but chrome follows.
 */
export function isLabelledName(line: string): boolean {
  const m = LABELLED_NAME.exec(line);
  if (!m) return false;
  const value = m[2].split(/\s+/);
  return value.length <= 8 && value.every((w) => /^[A-Z]/.test(w) || TITLE_CASE_SMALL.has(w));
}
const LABELLED_NAME = /^([A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,2})\s*:\s+([A-Z][^.!?;:]*?)\.?$/;
const TITLE_CASE_SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'at', 'by']);
