// What the source checks find in a document, computed once per check context and shared by
// the rules that report it (missing, garbled and inconsistent names).
import type { CheckContext } from '../types.js';
import { matchPairNames, type PairNames } from './name-match.js';

const perContext = new WeakMap<CheckContext, PairNames[]>();

/** Per aligned pair of the context (same order as ctx.pairs): its names and their renderings. */
export function documentNames(ctx: CheckContext): PairNames[] {
  let found = perContext.get(ctx);
  if (!found) {
    found = ctx.pairs.map((pair) => matchPairNames(ctx, pair));
    perContext.set(ctx, found);
  }
  return found;
}

/** English-only rules whose finding a name of the source can explain. */
const EXPLAINABLE = new Set(['glossary/near-miss', 'artifact/untranslated-pinyin', 'artifact/non-word']);

/**
 * Whether a finding of an English-only rule is on words the name matcher accepted as the
 * rendering of a name of the aligned Chinese that the glossary does not hold ("Qureshi" for
 * 库雷希 is no misspelling of Qarshi; "Erlan" for 埃尔兰 is no untranslated pinyin). A pinyin
 * rule keeps Chinese places: English may have its own name for them.
 */
export function explainedBySource(ctx: CheckContext, rule: string, span: { offset: number; length: number }): boolean {
  if (!ctx.hasChinese || !EXPLAINABLE.has(rule)) return false;
  const end = span.offset + Math.max(span.length, 1);
  for (const pair of documentNames(ctx)) {
    for (const r of pair.renderings) {
      if (r.start > span.offset || r.end < end || r.name.source === 'glossary') continue;
      if (rule === 'artifact/untranslated-pinyin' && r.name.source !== 'transliteration' && r.name.kind !== 'person') continue;
      if (pair.findings.some((f) => f.problem !== 'missing' && f.span.start < r.end && r.start < f.span.end)) continue;
      return true;
    }
  }
  return false;
}
