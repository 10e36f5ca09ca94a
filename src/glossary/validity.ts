// Whether a name was in use on a date (Nur-Sultan from 2019-03 to 2022-09, Astana before and
// after), and whether a conditional garble applies in its context.
import type { Garble, GlossaryEntry, ValidityPeriod } from './schema.js';
import type { Glossary } from './load.js';

/** `date` is YYYY-MM-DD; a period bound given as YYYY-MM covers the whole month. */
function inPeriod(date: string, period: ValidityPeriod): boolean {
  if (period.from !== undefined && date.slice(0, period.from.length) < period.from) return false;
  if (period.to !== undefined && date.slice(0, period.to.length) > period.to) return false;
  return true;
}

export interface NameValidity {
  valid: boolean;
  /** The entry naming the same thing on that date, when this name was not in use. */
  alternative?: GlossaryEntry;
}

/** Whether `entry`'s name was in use on `date` (YYYY-MM-DD); names without dates always are. */
export function nameValidity(glossary: Glossary, entry: GlossaryEntry, date: string): NameValidity {
  if (!entry.valid || entry.valid.some((p) => inPeriod(date, p))) return { valid: true };
  const alternative = entry.sameAs === undefined ? undefined : glossary.byId.get(entry.sameAs);
  return alternative && nameValidity(glossary, alternative, date).valid ? { valid: false, alternative } : { valid: false };
}

const contextRegExps = new Map<string, RegExp>();

export interface GarbleContextInput {
  /** The aligned Chinese paragraph, when known. */
  zh?: string;
  /** The English text the garble was found in, and its span there. */
  text: string;
  start: number;
  end: number;
}

/**
 * Whether a garble counts in this context: always, unless it has a `context`; then when the
 * aligned Chinese contains one of `context.zh`, or, without Chinese, when `context.en` matches
 * the sentence around the span and covers it.
 */
export function garbleApplies(garble: Garble, input: GarbleContextInput): boolean {
  const context = garble.context;
  if (!context) return true;
  if (input.zh !== undefined && context.zh) return context.zh.some((form) => input.zh!.includes(form));
  if (context.en === undefined) return false;
  let re = contextRegExps.get(context.en);
  if (!re) contextRegExps.set(context.en, (re = new RegExp(context.en, 'giu')));
  const from = sentenceStart(input.text, input.start);
  const to = sentenceEnd(input.text, input.end);
  const sentence = input.text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const s = from + m.index;
    if (s <= input.start && s + m[0].length >= input.end) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[.!?\n]/.test(text[i - 1])) i--;
  return i;
}

function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/[.!?\n]/.test(text[i])) i++;
  return i;
}
