// The vocabularies of page chrome (data/chrome.json): field labels, widget words, menu words,
// footer patterns and "related" headings, validated when loaded and compiled to matchers.
// Every pattern's examples must match it and its `keeps` must not; the classifier runs the
// file's whole-line examples when it is first used (chrome-lines.ts).
import { z } from 'zod';

const PatternSchema = z
  .object({
    name: z.string().min(1),
    pattern: z.string().min(1),
    flags: z.string().regex(/^[imsu]*$/).optional(),
    examples: z.array(z.string().min(1)).min(1),
    keeps: z.array(z.string()).default([]),
  })
  .strict();

const Words = z.array(z.string().min(1)).min(1);

export const CHROME_RULES = [
  'edge/navigation',
  'edge/field-labels',
  'edge/timestamp',
  'edge/widget',
  'edge/footer',
] as const;
export type ChromeRule = (typeof CHROME_RULES)[number];

export const ChromeVocabularySchema = z
  .object({
    version: z.literal(1),
    fieldLabels: z.object({ colon: Words, slash: Words, patterns: z.array(PatternSchema) }).strict(),
    timestampWords: Words,
    widgets: z.object({ words: Words, patterns: z.array(PatternSchema) }).strict(),
    navigation: z.object({ words: Words, locationLabels: Words }).strict(),
    footer: z.array(PatternSchema).min(1),
    /** A copyright line that ends the page: the few short lines under it are footer too. */
    pageEnd: PatternSchema,
    relatedHeaders: Words,
    examples: z
      .array(z.object({ rule: z.enum(CHROME_RULES).nullable(), lines: z.array(z.string().min(1)).min(1) }).strict())
      .min(1),
  })
  .strict();
export type ChromeVocabularyData = z.infer<typeof ChromeVocabularySchema>;
/** The file as written (lists that have defaults may be left out). */
export type ChromeVocabularyInput = z.input<typeof ChromeVocabularySchema>;

/** A word list as one matcher: Latin words whole and without case, Han words anywhere. */
export interface WordMatcher {
  regex: RegExp;
}

export interface ChromeVocabulary {
  /** `LABEL：` or `LABEL:`; group 1 is the label. */
  colonLabel: RegExp;
  /** `LABEL | value`, `文丨李文`, `LABEL / value`. */
  slashLabel: RegExp;
  fieldPatterns: RegExp[];
  timestampWords: RegExp;
  widgetWords: WordMatcher;
  widgetPatterns: RegExp[];
  navigationWords: WordMatcher;
  locationLabel: RegExp;
  footer: RegExp[];
  pageEnd: RegExp;
  relatedHeader: RegExp;
  examples: ChromeVocabularyData['examples'];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;
/** Longest first, so that 责任编辑 wins over 编辑 and "Terms of Use" over "Terms". */
const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, '\\s+'))
    .join('|');

/** Han words match anywhere; Latin ones only as whole words (not the "x" of "Xinhua"; ASCII
 * boundaries: the words are English, and Unicode classes make the pattern slow to compile). */
export function wordMatcher(words: string[]): WordMatcher {
  const han = words.filter((w) => HAN.test(w));
  const latin = words.filter((w) => !HAN.test(w));
  const parts = [];
  if (han.length) parts.push(`(?:${alternation(han)})`);
  if (latin.length) parts.push(`(?<![A-Za-z0-9+-])(?:${alternation(latin)})(?![A-Za-z0-9+-])`);
  return { regex: new RegExp(parts.join('|'), 'giu') };
}

function compilePattern(p: z.infer<typeof PatternSchema>, where: string): RegExp {
  const regex = new RegExp(p.pattern, `u${(p.flags ?? '').replace('u', '')}`);
  for (const e of p.examples) if (!regex.test(e)) throw new Error(`chrome ${where} "${p.name}": example does not match: ${e}`);
  for (const k of p.keeps) if (regex.test(k)) throw new Error(`chrome ${where} "${p.name}": a line it must keep matches: ${k}`);
  return regex;
}

function noDuplicates(list: string[], where: string): void {
  const seen = new Set<string>();
  for (const w of list) {
    const key = w.toLowerCase();
    if (seen.has(key)) throw new Error(`chrome ${where}: "${w}" is listed twice`);
    seen.add(key);
  }
}

/** Validates and compiles; throws naming the list and the entry at fault. */
export function compileChromeVocabulary(data: unknown): ChromeVocabulary {
  const v = ChromeVocabularySchema.parse(data);
  noDuplicates(v.fieldLabels.colon, 'fieldLabels.colon');
  noDuplicates(v.fieldLabels.slash, 'fieldLabels.slash');
  noDuplicates(v.widgets.words, 'widgets.words');
  noDuplicates(v.navigation.words, 'navigation.words');
  noDuplicates(v.relatedHeaders, 'relatedHeaders');
  const colonHan = v.fieldLabels.colon.filter((w) => HAN.test(w));
  const colonLatin = v.fieldLabels.colon.filter((w) => !HAN.test(w));
  return {
    colonLabel: new RegExp(
      `(${alternation(colonHan)})\\s*[:：]|(?<![A-Za-z-])(${alternation(colonLatin)})\\s*[:：]`,
      'giu',
    ),
    slashLabel: new RegExp(`(?:^|\\s)(${alternation(v.fieldLabels.slash)})\\s*[|丨｜/／]`, 'gu'),
    fieldPatterns: v.fieldLabels.patterns.map((p) => compilePattern(p, 'fieldLabels.patterns')),
    timestampWords: new RegExp(`(?:${alternation(v.timestampWords)})`, 'giu'),
    widgetWords: wordMatcher(v.widgets.words),
    widgetPatterns: v.widgets.patterns.map((p) => compilePattern(p, 'widgets.patterns')),
    navigationWords: wordMatcher(v.navigation.words),
    locationLabel: new RegExp(`^(?:${alternation(v.navigation.locationLabels)})\\s*[:：]?\\s*`, 'iu'),
    footer: v.footer.map((p) => compilePattern(p, 'footer')),
    pageEnd: compilePattern(v.pageEnd, 'pageEnd'),
    relatedHeader: new RegExp(`^(?:${alternation(v.relatedHeaders)})\\s*(?:[:：>»›]+|>>)?\\s*$`, 'iu'),
    examples: v.examples,
  };
}
