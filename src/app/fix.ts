// Fixing English: the safe fixes (and reviewers' accepted or edited findings) applied pass after
// pass until nothing more applies. `run` fixes each corpus document, `fix` one file.
import { checks } from '../checks/index.js';
import { fixText, type Decision, type FixTextResult } from '../fix/index.js';
import type { Glossary } from '../glossary/index.js';
import type { Finding } from '../types.js';
import { englishChecker } from './check.js';
import { documentDate, type PreparedDocument } from './documents.js';

/**
 * Rules whose findings can be fixes: those that attach safe fixes, and any rule a reviewer's
 * accept or edit decision names (that decision turns the finding's suggestion into a fix).
 */
export function fixingRules(decisions: readonly Decision[]): string[] {
  const named = decisions.filter((d) => d.decision !== 'reject').map((d) => d.rule);
  return [...new Set([...checks.filter((c) => c.fixes).map((c) => c.id), ...named])].sort();
}

/**
 * A corpus document fixed. The first pass reuses its findings (cross-lingual ones included);
 * later passes check the changed text again, as English alone and only for the rules that can
 * fix: only the fixes they apply are kept from them.
 */
export function fixPrepared(doc: PreparedDocument, findings: Finding[], glossary: Glossary, decisions: readonly Decision[]): FixTextResult {
  const again = englishChecker({ glossary, date: documentDate(doc.entry), rules: fixingRules(decisions) });
  return fixText(doc.source.text, (text) => (text === doc.source.text ? findings : again(text)), { decisions });
}

export interface FixEnglishOptions {
  glossary: Glossary;
  /** The Chinese source: adds the cross-lingual checks. */
  chineseText?: string;
  date?: string;
  decisions: readonly Decision[];
  /** Fix only the findings this keeps (`fix --interactive`: those a reviewer decided). */
  keep?: (text: string, finding: Finding) => boolean;
}

/** One English text fixed, as `silkalign fix` does. */
export function fixEnglish(text: string, options: FixEnglishOptions): FixTextResult {
  const check = englishChecker({ glossary: options.glossary, chineseText: options.chineseText, date: options.date });
  const keep = options.keep;
  return fixText(text, keep ? (t) => check(t).filter((f) => keep(t, f)) : check, { decisions: options.decisions });
}
