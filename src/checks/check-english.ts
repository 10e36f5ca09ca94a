// checkEnglish: runs the registered checks over one English document as given, with its
// aligned Chinese when known, and returns located, de-duplicated, sorted findings.
import { alignDocuments, type DocumentAlignment } from '../align/index.js';
import { loadGlossary, type Glossary } from '../glossary/index.js';
import { normalizeDocument, toSourceOffset } from '../normalize/index.js';
import { segmentParagraphs } from '../segment/index.js';
import type { Finding, NormalizedDocument, Paragraph } from '../types.js';
import { lineColumn, lineStarts } from '../corpus/index.js';
import { plainParagraphs } from './paragraphs.js';
import { checks } from './registry.js';
import { renderingsOf, type TermRendering } from './consistency.js';
import { inlineDirectives, isSilencedInline } from './suppress.js';
import { explainedBySource } from './source/analysis.js';
import type { AlignedPair, AlignedSentence, CheckContext, CheckDefinition, CheckedParagraph, FindingDraft } from './types.js';

/** The Chinese side: its text (aligned here), or paragraphs already aligned by the pipeline. */
export type ChineseInput = { text: string } | { paragraphs: Paragraph[]; alignment: DocumentAlignment };

export interface CheckOptions {
  /** Default: the curated glossary. */
  glossary?: Glossary;
  /** Document date, YYYY-MM-DD. */
  date?: string;
  chinese?: ChineseInput;
  /** The English already normalised and segmented (the pipeline has it). */
  english?: { normalized: NormalizedDocument; paragraphs: Paragraph[] };
  /** Run only these rules (ids, or families as "artifact/*"); default: all. */
  rules?: string[];
  /** Rules not to run (ids or families). */
  disable?: string[];
  /** Told why cross-lingual checks did not run (e.g. a comparable, not translated, pair). */
  note?: (message: string) => void;
  /** Given what each name and glossary term is rendered as (for a corpus-wide consistency table). */
  renderings?: (list: TermRendering[]) => void;
}

export function checkEnglish(sourceText: string, options: CheckOptions = {}): Finding[] {
  const glossary = options.glossary ?? loadGlossary();
  const normalized = options.english?.normalized ?? normalizeDocument(sourceText, { language: 'en' });
  const ctx = buildContext(sourceText, glossary, normalized, options);
  const selected = checks.filter((c) => isSelected(c, options) && (!c.crossLingual || ctx.hasChinese));

  const starts = lineStarts(sourceText);
  const removed = normalized.removed;
  const directives = inlineDirectives(sourceText);
  const findings: Finding[] = [];
  for (const check of selected) {
    for (const draft of check.run(ctx)) {
      if (explainedBySource(ctx, check.id, draft)) continue;
      const finding = locate(sourceText, starts, check, draft);
      if (removed.some((b) => finding.line >= b.startLine && finding.line <= b.endLine)) continue;
      if (isSilencedInline(finding, directives)) continue;
      findings.push(finding);
    }
  }
  options.renderings?.(renderingsOf(ctx));
  return sortFindings(dropDuplicates(findings));
}

function isSelected(check: CheckDefinition, options: CheckOptions): boolean {
  const matches = (pattern: string): boolean => (pattern.endsWith('/*') ? check.id.startsWith(pattern.slice(0, -1)) : pattern === check.id);
  if (options.rules?.length && !options.rules.some(matches)) return false;
  return !options.disable?.some(matches);
}

function buildContext(
  text: string,
  glossary: Glossary,
  normalized: NormalizedDocument,
  options: CheckOptions,
): CheckContext {
  const ctx: CheckContext = { text, glossary, date: options.date, paragraphs: [], hasChinese: false, pairs: [], unmatchedChinese: [] };
  if (!options.chinese) {
    // Without Chinese no alignment needs the segmenter's paragraphs: cheap blocks will do.
    ctx.paragraphs = options.english?.paragraphs ? sourceParagraphs(normalized, options.english.paragraphs) : plainParagraphs(normalized);
    return ctx;
  }
  const enParagraphs = options.english?.paragraphs ?? segmentParagraphs(normalized);
  const paragraphs: CheckedParagraph[] = sourceParagraphs(normalized, enParagraphs);
  ctx.paragraphs = paragraphs;

  let zhParagraphs: Paragraph[];
  let alignment: DocumentAlignment;
  if ('text' in options.chinese) {
    zhParagraphs = segmentParagraphs(normalizeDocument(options.chinese.text, { language: 'zh' }));
    alignment = alignDocuments(zhParagraphs, enParagraphs);
  } else ({ paragraphs: zhParagraphs, alignment } = options.chinese);
  if (alignment.mode === 'comparable') {
    options.note?.('the Chinese is comparable text, not a translation of the English: cross-lingual checks skipped');
    return ctx;
  }

  ctx.hasChinese = true;
  const pairs: AlignedPair[] = [];
  const zhSentences = zhParagraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const enSentences = enParagraphs.flatMap((p) => p.sentences);
  const toSource = (n: number): number => toSourceOffset(normalized.offsets, n);
  let lastEnglish = -1;
  for (const bead of alignment.paragraphs) {
    const zh = bead.zh.map((i) => zhParagraphs[i].text).join('\n');
    if (bead.en.length === 0) {
      ctx.unmatchedChinese.push({ zh, at: paragraphs[lastEnglish + 1]?.start ?? paragraphs[lastEnglish]?.end ?? 0 });
      continue;
    }
    lastEnglish = bead.en[bead.en.length - 1];
    if (bead.zh.length === 0) continue;
    for (const i of bead.en) paragraphs[i].zh = zh;
    const sentences: AlignedSentence[] = [];
    for (const s of bead.sentences) {
      if (s.en.length === 0) continue;
      const first = enSentences[s.en[0]];
      const last = enSentences[s.en[s.en.length - 1]];
      if (!first || !last) continue;
      const end = last.end > last.start ? toSource(last.end - 1) + 1 : toSource(last.start);
      sentences.push({ start: toSource(first.start), end, zh: s.zh.map((i) => zhSentences[i] ?? '').join(''), score: s.score });
    }
    pairs.push({ start: paragraphs[bead.en[0]].start, end: paragraphs[lastEnglish].end, zh, score: bead.score, sentences });
  }
  ctx.pairs = pairs;
  return ctx;
}

function sourceParagraphs(normalized: NormalizedDocument, paragraphs: Paragraph[]): CheckedParagraph[] {
  const toSource = (n: number): number => toSourceOffset(normalized.offsets, n);
  return paragraphs.map((p) => ({ start: toSource(p.start), end: p.end > p.start ? toSource(p.end - 1) + 1 : toSource(p.start) }));
}

function locate(text: string, starts: number[], check: CheckDefinition, draft: FindingDraft): Finding {
  const start = lineColumn(starts, draft.offset);
  const end = lineColumn(starts, draft.offset + draft.length);
  const finding: Finding = {
    rule: check.id,
    severity: draft.severity ?? check.severity,
    message: draft.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: draft.offset,
    length: draft.length,
    text: text.slice(draft.offset, draft.offset + draft.length),
    suggestions: draft.suggestions,
  };
  if (draft.fix && !check.fixes) throw new Error(`rule ${check.id} returned a fix but does not declare \`fixes\``);
  if (draft.fix) finding.fix = { offset: draft.fix.offset ?? draft.offset, length: draft.fix.length ?? draft.length, replacement: draft.fix.replacement };
  return finding;
}

/** Exact repeats go; so does a finding that a rule declares it supersedes (`supersedes`). */
function dropDuplicates(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.rule}\u0000${f.offset}\u0000${f.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const winners = unique.filter((f) => supersession.has(f.rule)).sort((a, b) => a.offset - b.offset);
  if (winners.length === 0) return unique;
  const longest = winners.reduce((n, w) => Math.max(n, w.length, 1), 1);
  return unique.filter((f) => {
    // Winners that can touch f start in [f.offset − longest, f.end): found by binary search.
    let lo = 0;
    let hi = winners.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (winners[mid].offset < f.offset - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < winners.length && winners[i].offset < f.offset + Math.max(f.length, 1); i++) {
      if (winners[i] !== f && supersedes(winners[i], f)) return false;
    }
    return true;
  });
}

/** Each superseding rule: what it supersedes, as tests of rule ids with the span each needs. */
const supersession = new Map(
  checks
    .filter((c) => c.supersedes?.length)
    .map((c) => [
      c.id,
      c.supersedes!.map((s) => ({
        patterns: s.rules.map((r) => new RegExp(`^${r.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)),
        overlapping: s.overlapping ?? false,
      })),
    ]),
);

function supersedes(winner: Finding, loser: Finding): boolean {
  for (const { patterns, overlapping } of supersession.get(winner.rule)!) {
    if (!patterns.some((p) => p.test(loser.rule))) continue;
    if (winner.offset === loser.offset && winner.length === loser.length) return true;
    if (overlapping && winner.offset < loser.offset + Math.max(loser.length, 1) && loser.offset < winner.offset + Math.max(winner.length, 1)) return true;
  }
  return false;
}

const order = new Map(checks.map((c, i) => [c.id, i]));

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.offset - b.offset || (order.get(a.rule) ?? 99) - (order.get(b.rule) ?? 99) || a.length - b.length || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
