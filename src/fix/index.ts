// Corrections: the pure fixer, unified diffs, check-and-fix passes and reviewer decisions.
export { applyFixes, fixesOverlap, type FixResult } from './apply.js';
export { unifiedDiff } from './diff.js';
export { fixText, type TextChecker, type FixTextOptions, type FixTextResult } from './passes.js';
export {
  DecisionSchema,
  DecisionFileSchema,
  emptyDecisions,
  findingContext,
  matchDecision,
  applyDecisions,
  recordDecision,
  parseDecisions,
  serializeDecisions,
  CONTEXT_WORDS,
  type Decision,
  type DecisionFile,
  type DecidedFindings,
  type FindingContext,
} from './decisions.js';
