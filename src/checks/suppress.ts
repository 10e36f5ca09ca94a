// Suppression that survives edits: inline directives in the text, and an ignore file keyed by
// rule and flagged text (never by line number).
//
// Inline: a line of its own holding `silkalign-disable-next-line [RULE[, RULE…]]`, bare or
// inside a comment (`<!-- … -->`, `# …`, `// …`), silences those rules (all without a list) on
// the next non-blank line. Ignore file (`.silkalignignore`, JSON): entries `{rule, text, file?}`
// silence findings of that rule (or family, "glossary/*") whose flagged text is `text`
// (case, spacing and hyphens ignored), in files whose path ends with `file` when given.
import { z } from 'zod';
import type { Finding } from '../types.js';
import { LINE_BREAK, lineColumn, lineStarts } from '../corpus/index.js';

const DIRECTIVE = /^[ \t]*(?:<!--|#|\/\/)?[ \t]*silkalign-disable-next-line\b([^\n]*?)[ \t]*(?:-->)?[ \t]*\r?$/gm;
const RULE_ID = /^[a-z-]+\/(?:[a-z0-9-]+|\*)$/;

export const IgnoreEntrySchema = z
  .object({
    rule: z.string().regex(RULE_ID, 'a rule id like "glossary/near-miss" or a family like "artifact/*"'),
    text: z.string().min(1),
    file: z.string().min(1).optional(),
    reason: z.string().optional(),
  })
  .strict();
export const IgnoreFileSchema = z.object({ version: z.literal(1), ignore: z.array(IgnoreEntrySchema) }).strict();
export type IgnoreFile = z.infer<typeof IgnoreFileSchema>;
export type IgnoreEntry = z.infer<typeof IgnoreEntrySchema>;

export interface LineDirective {
  /** 1-based line silenced. */
  line: number;
  /** Rule ids silenced; empty: all. */
  rules: string[];
}

/** The directives in `text`: each silences itself and the next non-blank line. */
export function inlineDirectives(text: string): LineDirective[] {
  const out: LineDirective[] = [];
  if (!text.includes('silkalign-disable')) return out;
  const lines = text.split(LINE_BREAK);
  const starts = lineStarts(text);
  for (const m of text.matchAll(DIRECTIVE)) {
    const rules = m[1].split(/[\s,]+/).filter((r) => RULE_ID.test(r));
    const line = lineColumn(starts, m.index).line;
    out.push({ line, rules });
    let next = line + 1;
    while (next <= lines.length && lines[next - 1].trim() === '') next++;
    if (next <= lines.length) out.push({ line: next, rules });
  }
  return out;
}

export function isSilencedInline(finding: Finding, directives: LineDirective[]): boolean {
  return directives.some((d) => d.line === finding.line && (d.rules.length === 0 || d.rules.some((r) => ruleMatches(r, finding.rule))));
}

export function isIgnored(finding: Finding, path: string, ignore: IgnoreEntry[]): boolean {
  const text = textKey(finding.text);
  return ignore.some(
    (e) => ruleMatches(e.rule, finding.rule) && textKey(e.text) === text && (e.file === undefined || path.replace(/\\/g, '/').endsWith(e.file)),
  );
}

function ruleMatches(pattern: string, rule: string): boolean {
  return pattern.endsWith('/*') ? rule.startsWith(pattern.slice(0, -1)) : pattern === rule;
}

function textKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐-―]+/g, ' ').trim();
}
