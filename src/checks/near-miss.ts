// glossary/near-miss: a capitalised name close to a glossary name by spelling, sound or pinyin
// ("Tashken" → Tashkent, "Tagikistan" → Tajikistan, "Dushang Bie" → Dushanbe), a glossary name
// without the apostrophe that parts its pinyin syllables ("Xian" → Xi'an), and the misspellings
// the glossary lists. Longest span first; spans inside a glossary form (a correct longer term)
// are never candidates, and neither are English words ("Chain", "Heart", "State Councilor"),
// ordinary pinyin names ("Chen", "Qingyang"), inflected forms ("Turkmen", "CPC Central
// Committees") or acronyms of other letters ("CPPCC").
import { nearMissCandidates, type NearMiss } from '../glossary/index.js';
import type { CheckContext, CheckDefinition, FindingDraft } from './types.js';
import { chineseLabel, documentTerms, GLOSSARY_SUPERSEDES } from './glossary-index.js';
import { garbleDraft } from './known-garble.js';
import { wordList } from './word-lists.js';
import { capitalisedWords } from './capitalised.js';
import { isEnglishWord } from './vocabulary/index.js';
import { givenNamesIn, isInflectionOf, isOrdinaryPinyinName } from './name-forms.js';

/** Lowest similarity flagged; below it ordinary words start to look like names. */
export const NEAR_MISS_THRESHOLD = 0.88;
const MAX_WORDS = 3;
/** Capitalised words that start sentences and headings: never names, never part of one. */
const NOT_NAMES = wordList('notNames');

export const nearMiss: CheckDefinition = {
  id: 'glossary/near-miss',
  severity: 'warning',
  fixes: true,
  supersedes: GLOSSARY_SUPERSEDES,
  doc: 'A name close to a glossary name by spelling, sound or pinyin ("Tashken" for Tashkent).',
  run(ctx) {
    const { garbles } = documentTerms(ctx);
    const listed = garbles
      .filter((g) => g.hit.garble.kind === 'misspelling')
      .map((g) => garbleDraft(g, `“${g.match.text}” is a misspelling of ${chineseLabel(g.hit.entry)}: ${g.correction}`));
    return [...listed, ...missingApostrophes(ctx), ...fuzzyNearMisses(ctx)];
  },
};

interface Token {
  start: number;
  end: number;
}

function fuzzyNearMisses(ctx: CheckContext): FindingDraft[] {
  const covered = documentTerms(ctx).terms;
  const out: FindingDraft[] = [];
  let termIndex = 0;
  const runs: Token[][] = [];
  for (const word of capitalisedWords(ctx)) {
    // A possessive is not part of the name: "Tagikistan's" → "Tagikistan".
    const length = /['’]s$/.test(word.text) ? word.text.length - 2 : word.text.length;
    const token = { start: word.start, end: word.start + length };
    while (termIndex < covered.length && covered[termIndex].end <= token.start) termIndex++;
    const term = covered[termIndex];
    const inTerm = term !== undefined && term.start < token.end;
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (inTerm || NOT_NAMES.has(word.text.toLowerCase())) {
      runs.push([]);
      continue;
    }
    if (previous && ctx.text.slice(previous.end, token.start) === ' ') run.push(token);
    else runs.push([token]);
  }
  /** Per span text: its candidates that are misspellings (a name recurs: judge it once). */
  const verdicts = new Map<string, NearMiss[]>();
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let n = Math.min(MAX_WORDS, run.length - i); n >= 1 && !matched; n--) {
        const start = run[i].start;
        const end = run[i + n - 1].end;
        const text = ctx.text.slice(start, end);
        let candidates = verdicts.get(text);
        // A recurring span is judged once: its words are looked at only the first time.
        if (candidates === undefined) {
          const words = run.slice(i, i + n).map((t) => ctx.text.slice(t.start, t.end));
          candidates = words.every(isEnglishWord)
            ? []
            : nearMissCandidates(ctx.glossary, text, { threshold: NEAR_MISS_THRESHOLD }).filter((c) => isMisspelling(words, c, givenNamesIn(ctx)));
          verdicts.set(text, candidates);
        }
        if (candidates.length === 0) continue;
        const forms = [...new Set(candidates.map((c) => c.form))];
        const best = candidates[0];
        out.push({
          offset: start,
          length: end - start,
          message: `“${text}” looks like a misspelling of ${best.form} (${chineseLabel(best.entry)}; by ${best.method})`,
          suggestions: forms,
        });
        matched = n;
      }
      i += matched || 1;
    }
  }
  return out;
}

/** Whether a span (its words) close to a candidate's form is a misspelling of it, not a word of its own kind. */
function isMisspelling(words: string[], candidate: NearMiss, givenNames: ReadonlySet<string>): boolean {
  const span = words.join(' ');
  const letters = span.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) {
    // An acronym is a misspelling of another only with the same letters ("SOC" for SCO).
    const target = candidate.form.replace(/[^\p{L}]/gu, '');
    return target === target.toUpperCase() && [...letters].sort().join('') === [...target].sort().join('');
  }
  if (isInflectionOf(span, candidate.form)) return false;
  return !isOrdinaryPinyinName(words, candidate.form, candidate.entry.type === 'person', givenNames);
}

/** "Xian" for Xi'an (西安): a glossary name written without the apostrophe between its pinyin syllables. */
function missingApostrophes(ctx: CheckContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const term of documentTerms(ctx).terms) {
    if (!term.hits.some((h) => h.form.includes("'") || h.form.includes('’')) || /['’]/.test(term.text)) continue;
    const hit = term.hits.find((h) => h.role !== 'garble' && /\p{L}['’][aeo]/u.test(h.form));
    if (!hit || term.hits.some((h) => h.role !== 'garble' && !/['’]/.test(h.form))) continue;
    out.push({
      offset: term.start,
      length: term.end - term.start,
      message: `“${term.text}” is ${hit.form} (${chineseLabel(hit.entry)}): the apostrophe parts its pinyin syllables`,
      suggestions: [hit.form],
    });
  }
  return out;
}
