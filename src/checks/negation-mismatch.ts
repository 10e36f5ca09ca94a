// crosslingual/negation-mismatch: a confidently aligned sentence negated on one side only.
// The Chinese negates a verb (不干涉, 从未接受, 并非决策机构) whose translation the English has
// with no negation before it ("interferes in internal affairs"); or the English negates a word
// ("did not agree") whose translation the Chinese has with no negation or negative word in the
// sentence. Anchoring on the negated word keeps a translator's rephrasing ("kept silent" for
// 不说话) out. An error: the English says the opposite.
import { loadLexicon } from '../align/index.js';
import type { CheckDefinition, FindingDraft } from './types.js';
import { chineseNames } from './source/chinese-names.js';
import { pairUnits } from './source/name-match.js';
import { chineseNegations, negatedAt, negatedStems, rhetorical, type EnglishToken } from './source/negation.js';
import { contentStems } from './source/stems.js';

/** Only sentences aligned at least this confidently are compared. */
const NEGATION_CONFIDENCE = 0.9;

export const negationMismatch: CheckDefinition = {
  id: 'crosslingual/negation-mismatch',
  severity: 'error',
  doc: 'A confidently aligned sentence negated on one side only (不干涉 rendered "interferes"): the English says the opposite.',
  crossLingual: true,
  run(ctx) {
    const out: FindingDraft[] = [];
    const lexicon = loadLexicon();
    for (const pair of ctx.pairs) {
      for (const unit of pairUnits(pair)) {
        if (unit.score < NEGATION_CONFIDENCE || !unit.zh || rhetorical(unit.zh)) continue;
        const tokens = englishTokens(ctx.text, unit.start, unit.end);
        // 别 in 乌兹别克斯坦, 不 in 阿不都热合曼: characters of names are not negations.
        const names = chineseNames(unit.zh, ctx.glossary);
        const negations = chineseNegations(unit.zh).filter((n) => !names.some((m) => n.start >= m.start && n.start < m.end));
        let reported = false;
        for (const negation of negations) {
          // 不会是没道理: two negations in one clause are an affirmation.
          if (negations.some((o) => o !== negation && sameClause(unit.zh, o.start, negation.start))) continue;
          const stems = negatedStems(unit.zh, negation, lexicon);
          const found = tokens.map((t, k) => ({ t, k })).filter(({ t }) => stems.has(t.stem));
          // Only an English sentence with no negation anywhere: a translator moves "not" around.
          if (found.length === 0 || tokens.some((_, k) => negatedAt(tokens, k, 0))) continue;
          const word = found[0].t;
          out.push({
            offset: word.start,
            length: word.end - word.start,
            message: `the Chinese negates it (${negation.text}${unit.zh.slice(negation.end, negation.end + 4)}…) but the English “${word.word}” has no negation`,
            suggestions: [],
          });
          reported = true;
          break;
        }
        if (reported) continue;
        const added = addedNegation(unit.zh, tokens, lexicon, names.map((n) => [n.start, n.end]));
        // An added negation is a warning: idioms negate without meaning it ("never been easier").
        if (added) out.push({ offset: added.start, length: added.end - added.start, message: `“${ctx.text.slice(added.start, added.end)}” negates what the aligned Chinese sentence affirms`, suggestions: [], severity: 'warning' });
      }
    }
    return out;
  },
};

function sameClause(zh: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return !/[，。；：！？,;]/u.test(zh.slice(from, to));
}

function englishTokens(text: string, start: number, end: number): EnglishToken[] {
  const out: EnglishToken[] = [];
  for (const m of text.slice(start, end).matchAll(/[A-Za-z]+(?:['’-][A-Za-z]+)*[,;:]?/g)) {
    const word = m[0].toLowerCase();
    out.push({ word, stem: contentStems(word.replace(/[,;:]$/, ''))[0] ?? '', start: start + m.index, end: start + m.index + m[0].replace(/[,;:]$/, '').length });
  }
  return out;
}

/** "not", "never", "n't" before a word the Chinese translates, in a sentence with no negation or negative word at all. */
function addedNegation(zh: string, tokens: EnglishToken[], lexicon: ReturnType<typeof loadLexicon>, names: number[][]): { start: number; end: number } | undefined {
  if (chineseNegations(zh, { broad: true }).some((n) => !names.some(([s, e]) => n.start >= s && n.start < e))) return undefined;
  const chineseStems = new Set<string>();
  for (let i = 0; i < zh.length; ) {
    let length = Math.min(lexicon.maxWordLength, zh.length - i);
    while (length > 1 && !lexicon.has(zh.slice(i, i + length))) length--;
    if (length >= 2) for (const s of lexicon.lookup(zh.slice(i, i + length)) ?? []) chineseStems.add(s);
    i += length;
  }
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].word;
    if (!/^(?:not|never|cannot)$|n['’]t$/.test(w)) continue;
    if (/^(?:only|just|merely|simply|until|least|before|been|ever|mind)$/.test(tokens[k + 1]?.word ?? '')) continue;
    // The negated word: the next content word within three.
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
      if (tokens[j].stem.length >= 4 && chineseStems.has(tokens[j].stem)) return { start: tokens[k].start, end: tokens[j].end };
      if (tokens[j].stem.length >= 4) break;
    }
  }
  return undefined;
}
