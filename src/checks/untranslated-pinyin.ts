// artifact/untranslated-pinyin: Chinese left in pinyin where English has a name of its own
// ("Xianhai" for 咸海 the Aral Sea, "Hasakesitan" for Kazakhstan, "Yierkeshitan"). A capitalised
// run of pinyin that is no English word and no known name is flagged when CC-CEDICT gives the
// name other English, when it spells a foreign name in the aligned source (not a Chinese person
// or place: those English writes in pinyin) or a country's short form (阿人),
// or when it is as long as transliterations are (four syllables or more) and no personal name.
import type { CheckContext, CheckDefinition, FindingDraft } from './types.js';
import { loadLexicon } from '../align/index.js';
import { chineseAt, documentTerms } from './glossary-index.js';
import { chineseNameByPinyin, isEnglishWord, pinyinSyllablesOf } from './vocabulary/index.js';
import { wordList } from './word-lists.js';
import { givenNamesIn } from './name-forms.js';
import { capitalisedWords } from './capitalised.js';
import { spellsForeignName } from './source/chinese-names.js';
import { isCountryShortForm } from './abbreviations.js';

/** A capitalised word of lower-case letters, syllables perhaps parted by an apostrophe or hyphen. */
const PINYIN_SHAPE = /^\p{Lu}\p{Ll}+(?:['’-]\p{Ll}+)*$/u;
/**
 * One word this long in pinyin is a transliterated foreign name ("Yierkeshitan"): longer than
 * Chinese personal and place names, and than most Japanese ones that also read as pinyin.
 */
const TRANSLITERATION_SYLLABLES = 5;
/** Shorter CC-CEDICT matches collide with given names ("Wenshu", "Lian"): the source must confirm them. */
const DICTIONARY_SYLLABLES = 3;

interface Candidate {
  start: number;
  end: number;
  syllables: string[];
  tokens: string[];
}

export const untranslatedPinyin: CheckDefinition = {
  id: 'artifact/untranslated-pinyin',
  severity: 'warning',
  doc: 'A name left in pinyin where English has its own ("Xianhai" for 咸海, the Aral Sea).',
  run(ctx) {
    const out: FindingDraft[] = [];
    for (const run of pinyinRuns(ctx)) {
      const key = run.syllables.join('');
      const text = ctx.text.slice(run.start, run.end);
      const known = chineseNameByPinyin(key);
      if (known === 'romanised') continue;
      const zh = chineseAt(ctx, run.start);
      const source = zh ? spelledIn(zh, run.syllables) : undefined;
      const reading = run.syllables.join(' ');
      if (known && (run.syllables.length >= DICTIONARY_SYLLABLES || source === known.zh)) {
        const where = source === known.zh ? ' in the source' : '';
        out.push(draft(run, `“${text}” is the pinyin of ${known.zh}${where} (${reading}), which English calls ${known.english}`, [known.english]));
      } else if (source && (spellsForeignName(zh!, source, ctx.glossary) || isCountryShortForm(source)) && !(isPersonalName(run) && (run.tokens.length === 2 || givenNamesIn(ctx).has(run.tokens[0])))) {
        out.push(draft(run, `“${text}” is the pinyin of ${source} in the source (${reading}), not an English name: translate it`, []));
      } else if (!zh && run.tokens.length === 1 && run.syllables.length >= TRANSLITERATION_SYLLABLES) {
        out.push(draft(run, `“${text}” reads as pinyin (${reading}) and is no English word or known name: an untranslated transliteration?`, []));
      }
    }
    return out;
  },
};

function draft(run: Candidate, message: string, suggestions: string[]): FindingDraft {
  return { offset: run.start, length: run.end - run.start, message, suggestions };
}

/** Runs of capitalised pinyin tokens (one space or hyphen apart) that are no English word and lie outside glossary forms. */
function pinyinRuns(ctx: CheckContext): Candidate[] {
  const terms = documentTerms(ctx).terms;
  const runs: Candidate[] = [];
  let termIndex = 0;
  let last: Candidate | undefined;
  for (const written of capitalisedWords(ctx)) {
    // "Hasakesitan's": the possessive is no syllable.
    const word = /['’]s$/.test(written.text) ? { ...written, text: written.text.slice(0, -2), end: written.end - 2 } : written;
    if (!PINYIN_SHAPE.test(word.text)) {
      last = undefined;
      continue;
    }
    const start = word.start;
    const end = word.end;
    while (termIndex < terms.length && terms[termIndex].end <= start) termIndex++;
    const inTerm = termIndex < terms.length && terms[termIndex].start < end;
    // "American-size": a compound with an English part is no pinyin.
    const syllables = inTerm || word.text.split('-').some((part) => isEnglishWord(part)) ? undefined : pinyinSyllablesOf(word.text);
    if (!syllables) {
      last = undefined;
      continue;
    }
    if (last && /^[ \t-]$/.test(ctx.text.slice(last.end, start))) {
      last.end = end;
      last.syllables.push(...syllables);
      last.tokens.push(word.text);
    } else {
      last = { start, end, syllables: [...syllables], tokens: [word.text] };
      runs.push(last);
    }
  }
  return runs;
}

/** "Chen Qingyang", "Qin Gang": a common surname and a given name of one or two syllables, or a given name alone. */
function isPersonalName(run: Candidate): boolean {
  const given = (token: string): boolean => (pinyinSyllablesOf(token)?.length ?? 9) <= 2;
  if (run.tokens.length === 1) return given(run.tokens[0]);
  return run.tokens.length === 2 && wordList('chineseSurnames').has(run.tokens[0].toLowerCase()) && given(run.tokens[1]);
}

/** The Chinese characters in `zh` whose readings spell the syllables, if any. */
function spelledIn(zh: string, syllables: string[]): string | undefined {
  const lexicon = loadLexicon();
  const chars = [...zh];
  for (let i = 0; i + syllables.length <= chars.length; i++) {
    let k = 0;
    while (k < syllables.length && lexicon.pinyin(chars[i + k]) === syllables[k]) k++;
    if (k === syllables.length) return chars.slice(i, i + k).join('');
  }
  return undefined;
}
