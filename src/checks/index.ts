// The checks: one module per rule, a registry with their metadata, `checkEnglish` to run them
// over an English document (with its Chinese when known), and suppression helpers.
export { checkEnglish, sortFindings, type CheckOptions, type ChineseInput } from './check-english.js';
export { checks, listRules, ruleFamilies, type RuleInfo } from './registry.js';
export { inlineDirectives, isIgnored, isSilencedInline, IgnoreFileSchema, type IgnoreEntry, type IgnoreFile } from './suppress.js';
export type { CheckDefinition, CheckContext, FindingDraft, Supersession } from './types.js';
export { consistencyTable, type ConsistencyRow, type TermRendering } from './consistency.js';
