// Corrections: the pure fixer, unified diffs, check-and-fix passes and reviewer decisions.
export { applyFixes, fixesOverlap, type FixResult } from './apply.js';
export { unifiedDiff, wordChanges, type WordChange } from './diff.js';
export { fixText, type TextChecker, type FixTextOptions, type FixTextResult } from './passes.js';
export {
  DecisionSchema,
  DecisionFileSchema,
  emptyDecisions,
  findingContext,
  matchDecision,
  applyDecisions,
  decidedFinding,
  decisionKey,
  matchDecisionIn,
  matchingContext,
  sortDecisions,
  recordDecision,
  parseDecisions,
  serializeDecisions,
  CONTEXT_WORDS,
  type Decision,
  type DecisionFile,
  type DecidedFindings,
  type FindingContext,
} from './decisions.js';
export {
  AlignmentDecisionSchema,
  SentenceIndex,
  alignmentDecisionFor,
  applyAlignmentDecisions,
  locateAlignmentDecision,
  sameAlignmentDecision,
  type AlignmentDecision,
  type ReviewedBeads,
  type StaleDecision,
} from './alignment-decisions.js';
