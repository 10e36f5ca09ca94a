// Reviewer decisions: accept, reject or edit a finding, keyed by its content (rule, flagged text
// and a few words either side) rather than by line numbers, so that a decision still finds its
// finding after re-runs and after edits elsewhere in the file. The same file holds alignment
// decisions (alignment-decisions.ts).
import { z } from 'zod';
import { InputError } from '../errors.js';
import type { Finding } from '../types.js';
import { AlignmentDecisionSchema } from './alignment-decisions.js';

export const DecisionSchema = z
  .object({
    rule: z.string().min(1),
    /** The flagged text exactly as the finding reports it. */
    text: z.string().min(1),
    /** Words just before and after the flagged text (whitespace runs count as one space). */
    before: z.string().default(''),
    after: z.string().default(''),
    decision: z.enum(['accept', 'reject', 'edit']),
    /** For `edit`: the text to put in place of the flagged text. */
    replacement: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => d.decision !== 'edit' || d.replacement !== undefined, {
    message: 'an "edit" decision needs a "replacement"',
  });
export type Decision = z.infer<typeof DecisionSchema>;

/** Version 1 files written before alignment decisions existed have no `alignment`: they load as they are. */
export const DecisionFileSchema = z
  .object({ version: z.literal(1), decisions: z.array(DecisionSchema), alignment: z.array(AlignmentDecisionSchema).optional() })
  .strict();
export type DecisionFile = z.infer<typeof DecisionFileSchema>;

export const emptyDecisions = (): DecisionFile => ({ version: 1, decisions: [] });

/** The key a finding decision is found and replaced by. */
export const decisionKey = (d: Pick<Decision, 'rule' | 'text' | 'before' | 'after'>): string => [d.rule, d.text, d.before, d.after].join('\u0000');
const byKey = (a: Decision, b: Decision) => (decisionKey(a) < decisionKey(b) ? -1 : decisionKey(a) > decisionKey(b) ? 1 : 0);

/** Finding decisions in the order the file keeps them (sorted by key, so the file diffs well). */
export const sortDecisions = (decisions: readonly Decision[]): Decision[] => [...decisions].sort(byKey);

/** Words of context recorded with a new decision; matching looks further so longer keys work too. */
export const CONTEXT_WORDS = 4;
const MATCH_WORDS = 16;
const WINDOW = 400;

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

export interface FindingContext {
  before: string;
  after: string;
}

/** The `words` words before and after a finding in `sourceText`, whitespace collapsed. */
export function findingContext(sourceText: string, finding: Pick<Finding, 'offset' | 'length'>, words = CONTEXT_WORDS): FindingContext {
  const start = Math.max(0, finding.offset - WINDOW);
  const end = finding.offset + finding.length;
  // Context stays inside the finding's paragraph, so edits to neighbouring paragraphs keep it.
  let left = sourceText.slice(start, finding.offset).split(/\n[^\S\n]*\n/).pop() ?? '';
  let right = sourceText.slice(end, end + WINDOW).split(/\n[^\S\n]*\n/)[0];
  // A window cut in mid-word would record half a word: drop it.
  if (start > 0 && left.length === finding.offset - start) left = left.replace(/^\S*/, '');
  if (end + WINDOW < sourceText.length && right.length === WINDOW) right = right.replace(/\S*$/, '');
  const leftWords = collapse(left).match(/\S+\s*/g) ?? [];
  const rightWords = collapse(right).match(/\s*\S+/g) ?? [];
  const before = leftWords.slice(Math.max(0, leftWords.length - words)).join('');
  const after = rightWords.slice(0, words).join('');
  return { before, after };
}

// Context matches on word boundaries: a key "in " must not match "within ".
const endsWithWords = (context: string, key: string): boolean =>
  context.endsWith(key) && (key.length === context.length || !/^\w/.test(key) || !/\w$/.test(context.slice(0, -key.length)));
const startsWithWords = (context: string, key: string): boolean =>
  context.startsWith(key) && (key.length === context.length || !/\w$/.test(key) || !/^\w/.test(context.slice(key.length)));

/** The context matching reads around a finding: wider than a recorded key, so longer keys work too. */
export const matchingContext = (sourceText: string, finding: Pick<Finding, 'offset' | 'length'>): FindingContext => findingContext(sourceText, finding, MATCH_WORDS);

/** The decision that applies to a finding, if any: the one with the longest matching context. */
export function matchDecision(decisions: readonly Decision[], sourceText: string, finding: Finding): Decision | undefined {
  let context: FindingContext | undefined;
  return matchDecisionIn(decisions, finding, () => (context ??= matchingContext(sourceText, finding)));
}

/** `matchDecision` for a finding known by its rule, text and matching context (the review server's). */
export function matchDecisionIn(decisions: readonly Decision[], finding: Pick<Finding, 'rule' | 'text'>, context: () => FindingContext): Decision | undefined {
  let best: Decision | undefined;
  for (const d of decisions) {
    if (d.rule !== finding.rule || collapse(d.text) !== collapse(finding.text)) continue;
    const around = context();
    if (!endsWithWords(around.before, collapse(d.before)) || !startsWithWords(around.after, collapse(d.after))) continue;
    if (!best || d.before.length + d.after.length > best.before.length + best.after.length) best = d;
  }
  return best;
}

export interface DecidedFindings {
  /** Findings still reported; accepted and edited ones carry the fix the reviewer chose. */
  findings: Finding[];
  /** Findings a reviewer rejected: not reported, only counted. */
  rejected: Finding[];
  /** How many findings a decision matched (accepted, edited or rejected). */
  decided: number;
  /** The decision behind each of `findings` (undefined: none) and each of `rejected`. */
  decisionOf: { findings: Array<Decision | undefined>; rejected: Decision[] };
}

export function applyDecisions(sourceText: string, findings: readonly Finding[], decisions: readonly Decision[]): DecidedFindings {
  const kept: Finding[] = [];
  const rejected: Finding[] = [];
  const decisionOf: DecidedFindings['decisionOf'] = { findings: [], rejected: [] };
  let decided = 0;
  for (const finding of findings) {
    const decision = decisions.length ? matchDecision(decisions, sourceText, finding) : undefined;
    if (!decision) {
      kept.push(finding);
      decisionOf.findings.push(undefined);
      continue;
    }
    decided++;
    if (decision.decision === 'reject') {
      rejected.push(finding);
      decisionOf.rejected.push(decision);
    } else {
      kept.push(decidedFinding(finding, decision));
      decisionOf.findings.push(decision);
    }
  }
  return { findings: kept, rejected, decided, decisionOf };
}

/** An accepted or edited finding with the fix the reviewer chose. */
export function decidedFinding(finding: Finding, decision: Decision): Finding {
  const replacement = decision.replacement ?? finding.fix?.replacement ?? finding.suggestions[0];
  const fix = replacement === undefined ? finding.fix : { offset: finding.offset, length: finding.length, replacement };
  return fix ? { ...finding, fix } : finding;
}

/** Adds (or replaces) the decision for a finding; the list stays sorted so the file diffs well. */
export function recordDecision(
  file: DecisionFile,
  sourceText: string,
  finding: Finding,
  decision: Pick<Decision, 'decision' | 'replacement' | 'note'>,
): DecisionFile {
  const { before, after } = findingContext(sourceText, finding);
  const entry = DecisionSchema.parse({ rule: finding.rule, text: finding.text, before, after, ...decision });
  const others = file.decisions.filter((d) => decisionKey(d) !== decisionKey(entry));
  // The file's alignment decisions, if any, stay as they are.
  return { ...file, decisions: sortDecisions([...others, entry]) };
}

/** Parses a decisions file; errors name the file, the entry and what to do. */
export function parseDecisions(json: string, path: string): DecisionFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new InputError(`not valid JSON (${(err as Error).message}); fix the file or delete it to start afresh`, { file: path });
  }
  const result = DecisionFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    throw new InputError(
      `invalid decisions file at ${where}: ${issue.message}; expected {"version": 1, "decisions": [{"rule", "text", "before", "after", "decision": "accept"|"reject"|"edit", "replacement"?}], "alignment"?: [{"pair", "zh": […], "en": […], "decision": "link"|"unmatched"}]} (see the README, Reviewer decisions)`,
      { file: path },
    );
  }
  return result.data;
}

export function serializeDecisions(file: DecisionFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}
