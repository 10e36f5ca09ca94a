// Fixing a whole text: check, honour reviewer decisions, apply the fixes that do not overlap,
// and check again, until a pass applies nothing (or the bound is reached, so that two fixes
// that undo each other cannot loop forever).
import type { Finding } from '../types.js';
import { applyFixes } from './apply.js';
import { applyDecisions, type Decision } from './decisions.js';

/** Any checker: text in, findings (with offsets into that text) out. */
export type TextChecker = (text: string) => Finding[];

export interface FixTextOptions {
  decisions?: readonly Decision[];
  /** Upper bound on check-and-fix passes. */
  maxPasses?: number;
}

export interface FixTextResult {
  text: string;
  /** Passes that applied at least one fix. */
  passes: number;
  /** The findings whose fixes were applied, each with offsets into the text of its own pass. */
  applied: Finding[];
  /** Findings a reviewer rejected (counted once, from the first pass). */
  rejected: Finding[];
  /** What the checker still reports on the final text, decisions applied. */
  remaining: Finding[];
  /** True when the last pass applied nothing: fixing the result again changes nothing. */
  settled: boolean;
}

export function fixText(text: string, check: TextChecker, options: FixTextOptions = {}): FixTextResult {
  const decisions = options.decisions ?? [];
  const maxPasses = options.maxPasses ?? 8;
  const applied: Finding[] = [];
  let rejected: Finding[] | undefined;
  let passes = 0;
  for (;;) {
    const decided = applyDecisions(text, check(text), decisions);
    rejected ??= decided.rejected;
    const fixable = decided.findings.filter((f) => f.fix);
    const result = applyFixes(text, fixable.map((f) => f.fix!));
    if (result.applied.length === 0 || passes === maxPasses) {
      return { text, passes, applied, rejected, remaining: decided.findings, settled: result.applied.length === 0 };
    }
    const chosen = new Set(result.applied);
    // A loop, not push(...): a long text can have more fixes than the call stack has room for.
    for (const f of fixable) if (chosen.has(f.fix!)) applied.push(f);
    text = result.text;
    passes++;
  }
}
