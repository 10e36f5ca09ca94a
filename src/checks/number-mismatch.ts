// crosslingual/number-mismatch: a number, date, ordinal, time, weekday or half-year in the
// English where the aligned Chinese sentence has a different one (“73%” for 37%, “3 a.m.” for
// 下午3时, “eighth” for 第九次). Only substitutions are reported: a number one side adds or leaves
// implicit is how translators write. In a confidently aligned sentence it is an error.
import type { CheckDefinition, FindingDraft } from './types.js';
import { termsIn } from './glossary-index.js';
import { findChineseTerms } from '../glossary/index.js';
import { chineseNumbers, englishNumbers, isComparable, sameValue, type NumberMention } from './number-values.js';
import { pairUnits } from './source/name-match.js';

/** A sentence aligned at least this confidently makes a wrong number an error. */
const ERROR_CONFIDENCE = 0.8;

export const numberMismatch: CheckDefinition = {
  id: 'crosslingual/number-mismatch',
  severity: 'warning',
  doc: 'A number, date, ordinal, time, weekday or half-year where the aligned Chinese sentence has another; an error for a sure garble (slipped digits, a wrong ordinal, time or weekday) in a confident sentence.',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const pair of ctx.pairs) {
      const pairZh = chineseMentions(ctx.glossary, pair.zh);
      for (const unit of pairUnits(pair)) {
        const zh = chineseMentions(ctx.glossary, unit.zh);
        const body = ctx.text.slice(unit.start, unit.end);
        const englishTerms = termsIn(ctx, unit.start, unit.end);
        const en = englishNumbers(body)
          .filter(isComparable)
          .filter((n) => !englishTerms.some((t) => unit.start + n.start >= t.start && unit.start + n.end <= t.end))
          .filter((n) => !(unit.start + n.start === pair.start && /^\s*[.)、]/.test(body.slice(n.end))));
        const unmatchedEn = en.filter((n) => !zh.some((z) => sameValue(n, z)) && !pairZh.some((z) => sameValue(n, z)));
        const unmatchedZh = zh.filter((z) => !en.some((n) => sameValue(n, z)));
        for (const n of unmatchedEn) {
          // An ordinal for an ordinal (第三次 ↔ "fourth") before anything else of its kind.
          const all = unmatchedZh.filter((z) => compatible(n, z));
          const sameOrdinality = all.filter((z) => Boolean(z.ordinal) === Boolean(n.ordinal));
          const partners = sameOrdinality.length ? sameOrdinality : all;
          // One wrong value of its kind, or a value that is a slip of the other's digits (37 for 73).
          const rivals = unmatchedEn.filter((m) => compatible(m, partners[0] ?? n) && (sameOrdinality.length ? Boolean(m.ordinal) === Boolean(n.ordinal) : true));
          const only = partners.length === 1 && rivals.length === 1 && similarMagnitude(n, partners[0]) ? partners[0] : undefined;
          const z = only ?? partners.find((p) => digitSlip(n, p) || digitDropped(n, p));
          if (!z || !plausibleSubstitution(n, z, unit.score)) continue;
          unmatchedZh.splice(unmatchedZh.indexOf(z), 1);
          const shown = body.slice(n.start, n.end);
          out.push({
            offset: unit.start + n.start,
            length: n.end - n.start,
            message: `“${shown}” where the aligned Chinese has “${unit.zh.slice(z.start, z.end)}”${describe(z)}`,
            suggestions: [],
            severity: unit.score >= ERROR_CONFIDENCE && certainGarble(n, z) ? 'error' : 'warning',
          });
        }
      }
    }
    return out;
  },
};

function chineseMentions(glossary: Parameters<typeof findChineseTerms>[0], zh: string): NumberMention[] {
  // 二十国集团 (G20), “中亚-2040”: numbers inside a name are the name's.
  const terms = findChineseTerms(glossary, zh);
  return chineseNumbers(zh)
    .filter(isComparable)
    .filter((n) => !terms.some((t) => n.start >= t.start && n.end <= t.end));
}

/** Mentions that can stand for each other: a wrong value of the same kind of thing. */
function compatible(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'number') return true;
  // A year for a year, a count for a count.
  return isYear(a) === isYear(b);
}

/** Counts within a factor of ten of each other (a substitution, not a figure for something else). */
function similarMagnitude(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== 'number' || a.ordinal || b.ordinal) return true;
  const ratio = Math.max(a.value, b.value) / Math.max(Math.min(a.value, b.value), 1e-9);
  return ratio < 10;
}

/** Same digits in another order, or one digit changed: 73 for 37, 532 for 523, 2036 for 2026. */
function digitSlip(a: NumberMention, b: NumberMention): boolean {
  const x = String(a.value);
  const y = String(b.value);
  if (x.length !== y.length || x === y || x.length < 2) return false;
  if ([...x].sort().join('') === [...y].sort().join('')) return true;
  let differ = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ++;
  return differ === 1;
}

/** One digit more or fewer: 500 for 5000. */
function digitDropped(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [String(a.value), String(b.value)].sort((p, q) => p.length - q.length);
  if (y.length !== x.length + 1 || x.length < 2) return false;
  for (let i = 0; i < y.length; i++) if (y.slice(0, i) + y.slice(i + 1) === x) return true;
  return false;
}

/**
 * Not a translator's rewording: not a scale slip (16,000 for 1.6万 read apart), and a small
 * number in words ("five") is held to a Chinese figure in digits only, in a confident sentence.
 */
function plausibleSubstitution(en: NumberMention, zh: NumberMention, confidence: number): boolean {
  if (en.kind === 'number' && zh.value > 0 && en.value > 0) {
    const ratio = Math.max(en.value, zh.value) / Math.min(en.value, zh.value);
    if (ratio >= 1000 && Number.isInteger(Math.log10(ratio))) return false;
  }
  if (en.kind === 'number' && en.words && !en.ordinal && en.value < 10) return !zh.words && confidence >= ERROR_CONFIDENCE;
  return true;
}

/**
 * What is surely a garble, not a translator's or an author's slip (published translations have
 * "1988" for 1998 and a headline's figure copied): a wrong time, weekday, half-year, ordinal or
 * percentage, or a count with its digits slipped (32 for 23). Other substitutions are warnings.
 */
function certainGarble(en: NumberMention, zh: NumberMention): boolean {
  if (en.kind !== 'number') return true;
  if (en.ordinal || zh.ordinal) return true;
  return !isYear(en) && digitSlip(en, zh);
}

function isYear(n: NumberMention): boolean {
  return Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100;
}

function describe(n: NumberMention): string {
  if (n.kind === 'time') return ` (${String(Math.floor(n.value / 60)).padStart(2, '0')}:${String(n.value % 60).padStart(2, '0')})`;
  return '';
}
