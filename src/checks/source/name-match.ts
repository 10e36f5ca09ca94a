// Names of the Chinese looked for in the aligned English, sentence by sentence: each name is
// matched to the capitalised words that render it (a known form, or a spelling the
// transliteration allows); a rendering that reads as the name's pinyin, a spelling far from
// it, or a wrong given name next to the right surname is garbled; a name with no rendering
// is missing. What every name was rendered as is kept for the consistency checks.
import type { CheckContext, SourceSpan } from '../types.js';
import { documentTerms, termsIn } from '../glossary-index.js';
import type { TermMatch } from '../../glossary/index.js';
import { contentStems } from './stems.js';
import { chineseNames, GENERIC_WORDS, type ChineseName } from './chinese-names.js';
import { englishWords, nameCandidates, type EnglishWord, type NameCandidate } from './english-names.js';
import { pinyinSyllables } from './pinyin.js';
import { loadProperNouns } from './proper-nouns.js';
import { isTransliterationCharacter, likelySpelling, pinyinDifference, spellingDifference, spellingDistance, spellingKey } from './transliteration.js';

/** A sentence bead as the checks read it (a pair without sentence beads is one). */
export interface CheckedUnit extends SourceSpan {
  zh: string;
  score: number;
}

export type NameProblem = 'garbled' | 'pinyin' | 'given-name' | 'missing';

export interface NameFinding {
  problem: NameProblem;
  name: ChineseName;
  /** The English flagged: the garbled words, or the sentence missing the name. */
  span: SourceSpan;
  /** What to write: the known form, else the likely spelling. */
  expected?: string;
  /** The unit's alignment confidence. */
  confidence: number;
}

export interface NameRendering {
  name: ChineseName;
  start: number;
  end: number;
  text: string;
}

export interface PairNames {
  findings: NameFinding[];
  renderings: NameRendering[];
}

/** Thresholds on weighted edits per letter (see transliteration.ts). */
const KNOWN_OK = 0.15;
const MODEL_OK = 0.2;
/** A transliteration's English that drops a syllable of it ("Voitov" for 沃伊季诺夫) is garbled up to this distance. */
const TRUNCATED_MAX = 0.35;
/** A known name's pointer must be spelt like it (a garble of the form, not just any word). */
const POINTER_KNOWN_MAX = 0.3;
/** A missing name is reported only from a sentence aligned at least this confidently. */
export const CONFIDENT = 0.7;

interface Assessment {
  ok: boolean;
  pinyin: boolean;
  distance: number;
}

/** The units of a pair: its sentence beads, else the pair as one. */
export function pairUnits(pair: { start: number; end: number; zh: string; score?: number; sentences?: CheckedUnit[] }): CheckedUnit[] {
  return pair.sentences?.length ? pair.sentences : [{ start: pair.start, end: pair.end, zh: pair.zh, score: pair.score ?? 1 }];
}

const isHan = (c: string): boolean => /\p{Script=Han}/u.test(c);

/** How well an English spelling renders (part of) a Chinese name. */
function assess(name: ChineseName, zh: string, english: string, givenForms: string[]): Assessment {
  const key = spellingKey(english);
  const forms = withoutGenericWords(givenForms);
  if (key.length < 2) return { ok: false, pinyin: false, distance: 1 };
  const known = forms.length ? Math.min(...forms.map((f) => spellingDifference(f, key))) : Infinity;
  // The glossary lists the spellings it accepts: another one, however close ("Dushanbi"), is not one of them.
  if (known <= (name.source === 'glossary' ? 0 : KNOWN_OK)) return { ok: true, pinyin: false, distance: known };
  // "Beijingers", "Palestinians": a known form with an ending.
  if (forms.some((f) => sharesStem(spellingKey(f), key))) return { ok: true, pinyin: false, distance: 0 };
  const transliterated = [...zh].filter(isHan).every(isTransliterationCharacter);
  // 纳伦州 "Nalun Region": the name read out, its generic word translated.
  const generic = GENERIC_WORDS.find((w) => zh.endsWith(w) && zh.length - w.length >= 2);
  const bareKey = spellingKey(english.replace(GENERIC_ENGLISH, ''));
  const pinyin = Math.min(
    pinyinDifference(zh, key),
    name.generic ? pinyinDifference(zh + name.generic, key) : Infinity,
    generic && bareKey.length >= 2 ? pinyinDifference(zh.slice(0, -generic.length), bareKey) : Infinity,
  );
  if (name.kind === 'chinese-place' && pinyin <= 0.05) return { ok: true, pinyin: false, distance: pinyin };
  if (!transliterated) {
    const readOut = pinyin <= 0.02 && !forms.some((f) => spellingKey(f) === key);
    return { ok: false, pinyin: readOut, distance: Math.min(known, pinyin) };
  }
  // 沙瑞山 "Sha Ruishan", "Sha": a Chinese name, surname apart, is written in pinyin.
  if (chinesePersonOrder(zh, english)) return { ok: true, pinyin: false, distance: 0 };
  const d = spellingDistance(zh, key);
  // 土库曼纳巴德 read as "Tukumannabad": the glossary word inside the name read out in pinyin.
  const embeddedReadOut = name.embedded !== undefined && zh.startsWith(name.embedded.zh) && key.startsWith(pinyinSyllables(name.embedded.zh).join(''));
  // A read-out: the pinyin exactly where no table reading is (Nukusi, Huojiayefu), or close to it
  // with a syllable the tables never give (Pengjikent), or 尔 read "er" after a vowel (Tuersunov).
  const readOut =
    embeddedReadOut ||
    (pinyin <= 0.02 && (d.model >= 0.04 || d.pinyinCharacters >= 1 || (d.model > 0.02 && [...zh].length >= 3))) ||
    (d.pinyinCharacters >= 1 && d.pinyin <= 0.1 && d.model >= 0.04) ||
    (d.pinyinCharacters >= 1 && d.pinyin <= 0.16 && /[auo]er[^aeiouy]/.test(key) && zh.includes('尔')) ||
    (name.generic !== undefined && pinyinDifference(zh + name.generic, key) <= 0.02);
  // With the glossary's forms, only they make a rendering; with a dictionary's, a spelling close to the characters too.
  const limit = name.source === 'glossary' ? -1 : forms.length ? MODEL_OK / 2 : MODEL_OK;
  return { ok: !readOut && d.model <= limit, pinyin: readOut, distance: Math.min(known, d.model) };
}

/** "Serbs" and "Serbia", "Palestinians" and "Palestine", "Beijingers" and "Beijing": one stem. */
function sharesStem(form: string, key: string): boolean {
  let common = 0;
  while (common < form.length && common < key.length && form[common] === key[common]) common++;
  return common >= 4 && form.length - common <= 2 && /^(?:|s|n|ns|an|ans|ian|ians|ese|er|ers|ish|ic)$/.test(key.slice(common));
}

/** "Sha Ruishan" or "Sha" for 沙瑞山: the first character's pinyin as a word, then the rest's. */
function chinesePersonOrder(zh: string, english: string): boolean {
  const chars = [...zh].filter(isHan);
  if (chars.length < 2 || chars.length > 3) return false;
  const words = english.split(/[\s-]+/).map(spellingKey);
  const surname = pinyinSyllables(chars[0]).join('');
  if (words[0] !== surname) return false;
  return words.length === 1 || (words.length === 2 && words[1] === pinyinSyllables(chars.slice(1).join('')).join(''));
}

/** Generic words a dictionary form may carry that the English may leave out ("Ferghana Valley" for 费尔干纳). */
const GENERIC_ENGLISH = /\s+(?:Valley|River|Lake|Mountains?|Sea|City|Region|Province|Prefecture|County|District|Island|Oblast|Basin|Autonomous(?:\s+\w+)?)$/;

function withoutGenericWords(forms: string[]): string[] {
  const out = [...forms];
  for (const f of forms) {
    const bare = f.replace(GENERIC_ENGLISH, '');
    if (bare !== f && bare.length > 2) out.push(bare);
  }
  return out;
}

/** Surname forms (last word of each full form, and single-word forms) and given-name forms. */
function personForms(forms: string[]): { surnames: string[]; given: string[] } {
  const surnames = new Set<string>();
  const given = new Set<string>();
  const singles = forms.filter((f) => !/\s/.test(f.trim()));
  for (const f of singles) surnames.add(f);
  for (const f of forms) {
    const words = f.trim().split(/\s+/);
    if (words.length < 2) continue;
    // "Kulubaev Zheenbek Moldokanovich" puts the surname first: a single-word form says which.
    const surnameFirst = singles.some((s) => spellingKey(s) === spellingKey(words[0]));
    const surname = surnameFirst ? words[0] : words[words.length - 1];
    surnames.add(surname);
    for (const w of words) if (w !== surname) given.add(w);
  }
  return { surnames: [...surnames], given: [...given] };
}

/** Matches the names of one pair; cached per context and pair. */
export function matchPairNames(ctx: CheckContext, pair: { start: number; end: number; zh: string; score?: number; sentences?: CheckedUnit[] }): PairNames {
  const text = ctx.text;
  const words = englishWords(text, pair.start, pair.end);
  const explained = explainedWords(ctx, pair, words);
  /** Word index → key of the name it renders (a name said twice in Chinese may be said once in English). */
  const used = new Map<number, string>();
  const findings: NameFinding[] = [];
  const renderings: NameRendering[] = [];
  const pending: Array<{ name: ChineseName; unit: CheckedUnit }> = [];
  const allCandidates = nameCandidates(text, words);
  const inUnit = (c: NameCandidate, u: CheckedUnit): boolean => c.start >= u.start && c.end <= u.end;
  const freeFor = (name: ChineseName) => (c: NameCandidate): boolean => {
    for (let k = c.first; k <= c.last; k++) if (used.has(k) && used.get(k) !== name.key) return false;
    return true;
  };
  const take = (c: NameCandidate, name: ChineseName): void => {
    for (let k = c.first; k <= c.last; k++) used.set(k, name.key);
    renderings.push({ name, start: c.start, end: c.end, text: c.text });
  };

  const garbledTerms = garbledGlossaryIds(ctx, pair);
  const terms = termsIn(ctx, pair.start, pair.end);
  const units = pairUnits(pair);
  const stemsOf = new Map<CheckedUnit, Set<string>>();
  const unitStems = (u: CheckedUnit): Set<string> => {
    let stems = stemsOf.get(u);
    if (!stems) stemsOf.set(u, (stems = new Set(contentStems(text.slice(u.start, u.end)))));
    return stems;
  };
  const pairSpan: CheckedUnit = { start: pair.start, end: pair.end, zh: pair.zh, score: pair.score ?? 1 };
  /** The glossary's own match of the entry in a span, as a candidate (words covered). */
  const termCandidate = (name: ChineseName, span: SourceSpan): NameCandidate | undefined => {
    const term = terms.find((t) => t.start >= span.start && t.end <= span.end && renders(t, name));
    if (!term) return undefined;
    const first = words.findIndex((w) => w.start >= term.start);
    let last = first;
    while (last + 1 < words.length && words[last + 1].end <= term.end) last++;
    return first < 0 ? undefined : { first, last, start: term.start, end: term.end, text: term.text };
  };
  /** A body or place rendered in words the glossary does not list as they stand ("foreign ministries"). */
  const inWords = (name: ChineseName, span: CheckedUnit): boolean =>
    name.kind !== 'person' &&
    name.forms.some((f) => {
      const stems = contentStems(f);
      if (stems.length > 0 && stems.every((st) => unitStems(span).has(st))) return true;
      // "SCO" for the Shanghai Cooperation Organization.
      const initials = f.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      return initials.length >= 2 && new RegExp(`\\b${initials}\\b`).test(text.slice(span.start, span.end));
    });

  for (const unit of units) {
    const names = chineseNames(unit.zh, ctx.glossary);
    const candidates = allCandidates.filter((c) => inUnit(c, unit));
    for (const name of names) {
      // Names the glossary already finds garbled here are its rules' to report.
      if (name.entry && garbledTerms.has(name.entry.id)) continue;
      // A country is rendered by its name or its demonym anywhere in the paragraph ("the Tajik side").
      if (name.kind === 'country') {
        if (!countryMissing(name, text.slice(pair.start, pair.end))) continue;
        if (unit.score >= CONFIDENT) findings.push({ problem: 'missing', name, span: { start: unit.start, end: unit.end }, expected: name.forms[0], confidence: unit.score });
        continue;
      }
      if (name.inTitle) continue; // 外交部 in 外交部副部长: the title check reads it
      const term = name.entry ? termCandidate(name, unit) : undefined;
      const found = term ? { candidate: term, assessment: { ok: true, pinyin: false, distance: 0 } } : bestCandidate(name, candidates.filter(freeFor(name)));
      if (found && found.assessment.ok) {
        take(found.candidate, name);
        const given = givenNameProblem(name, found.candidate, words, explained, text, otherPersonTerm(name, found.candidate, terms));
        if (given) findings.push({ problem: 'given-name', name, span: given.span, expected: given.expected, confidence: unit.score });
        continue;
      }
      // "Eurasian Open Bank" for 欧亚开发银行: a body's name with one word mistranslated.
      const misworded = name.source === 'glossary' && name.kind !== 'person' ? candidates.find((c) => freeFor(name)(c) && oneWordOff(name.forms, c.text)) : undefined;
      if (misworded) {
        take(misworded, name);
        findings.push({ problem: 'garbled', name, span: { start: misworded.start, end: misworded.end }, expected: name.forms[0], confidence: unit.score });
        continue;
      }
      if (inWords(name, unit)) continue;
      pending.push({ name, unit });
    }
  }

  // Not in their own sentence: perhaps in a neighbouring one (sentence beads can be off).
  for (const { name, unit } of pending) {
    if (name.entry && termCandidate(name, pairSpan)) continue;
    if (inWords(name, pairSpan)) continue;
    const elsewhere = bestCandidate(name, allCandidates.filter((c) => freeFor(name)(c) && !inUnit(c, unit)));
    if (elsewhere?.assessment.ok) {
      take(elsewhere.candidate, name);
      continue;
    }
    const here = allCandidates.filter((c) => inUnit(c, unit) && !used.has(c.first) && !explainedRun(c, explained) && comparableLength(name, c));
    const pointer = bestCandidate(name, here);
    const expected = name.forms[0] ?? name.likely;
    const garbled =
      pointer !== undefined &&
      !knownElsewhere(pointer.candidate.text) &&
      (name.source === 'transliteration'
        ? pointer.assessment.distance <= TRUNCATED_MAX && truncated(name, pointer.candidate) && !offByOneCharacter(name, pointer.candidate)
        : name.source === 'glossary'
          ? pointer.assessment.distance <= POINTER_KNOWN_MAX
          : name.kind === 'place' && pointer.assessment.distance <= MODEL_OK);
    // A dictionary name of two characters read out is as likely a word (布尔 "Boer").
    const readOut = pointer !== undefined && pointer.assessment.pinyin && !(name.source === 'dictionary' && [...name.zh].length < 3);
    if (pointer && (readOut || garbled)) {
      take(pointer.candidate, name);
      findings.push({
        problem: pointer.assessment.pinyin ? 'pinyin' : 'garbled',
        name,
        span: { start: pointer.candidate.start, end: pointer.candidate.end },
        expected,
        confidence: unit.score,
      });
      continue;
    }
    if (unit.score < CONFIDENT || !reportableWhenMissing(name)) continue;
    // A transliteration with some unexplained name in its sentence is likely rendered there, spelt another way.
    if (name.source === 'transliteration' && (here.length > 0 || capitalisedUnexplained(words, explained, unit))) continue;
    findings.push({ problem: 'missing', name, span: { start: unit.start, end: unit.end }, expected, confidence: unit.score });
  }
  return { findings, renderings };
}

/** Words of a known form of three words or more, all but one in place ("Shanghai Cooperation Group"). */
function oneWordOff(forms: string[], english: string): boolean {
  const words = english.toLowerCase().split(/[\s-]+/);
  return forms.some((f) => {
    const known = f.toLowerCase().split(/[\s-]+/);
    if (known.length < 3 || known.length !== words.length) return false;
    const same = known.filter((w, i) => w === words[i]).length;
    return same === known.length - 1 && spellingDifference(known.find((w, i) => w !== words[i])!, words.find((w, i) => w !== known[i])!) > KNOWN_OK;
  });
}

/**
 * An English name CC-CEDICT knows ("Hercules", "James", "Austin") is a real spelling of
 * something: without a pinyin read-out it is not taken for a garble of a name it is far from.
 */
function knownElsewhere(english: string): boolean {
  const nouns = loadProperNouns();
  return english.split(/[\s-]+/).every((w) => nouns.headwordsFor(spellingKey(w)).length > 0 || nouns.isCommonWord(w.toLowerCase()));
}

/** Whether a glossary match renders the name's entry (or the entry it is the same place as). */
function renders(term: TermMatch, name: ChineseName): boolean {
  const entry = name.entry;
  if (!entry) return false;
  return term.hits.some((h) => h.role !== 'garble' && (h.entry.id === entry.id || h.entry.id === entry.sameAs || h.entry.sameAs === entry.id));
}

/** The English fits the name less its first or last character: the run took in a word beside it (科斯坦希 for Costain). */
function offByOneCharacter(name: ChineseName, c: NameCandidate): boolean {
  const zh = name.kind === 'person' ? name.parts[name.parts.length - 1] : name.zh;
  const last = c.text.split(/\s+/).pop() ?? c.text;
  if ([...zh].length < 3) return false;
  return [zh.slice(1), zh.slice(0, -1)].some((part) => spellingDistance(part, last).model <= MODEL_OK);
}

/**
 * Shorter than the spelling the characters stand for by two letters or more: a dropped
 * syllable. (A Western name is usually longer than its Chinese: Halbwachs for 哈布瓦茨.)
 */
function truncated(name: ChineseName, c: NameCandidate): boolean {
  const zh = name.kind === 'person' ? name.parts[name.parts.length - 1] : name.zh;
  const expected = spellingKey(likelySpelling(zh)).length;
  const last = c.text.split(/\s+/).pop() ?? c.text;
  return spellingKey(last).length <= expected - 2;
}

function expectedLetters(name: ChineseName): number {
  const forms = name.forms.map((f) => spellingKey(f).length).filter((n) => n > 0);
  if (forms.length) return Math.min(...forms);
  return spellingKey(name.likely ?? '').length || [...name.zh].length * 2;
}

/** A pointer's letters are within a factor of two of what the name should have. */
function comparableLength(name: ChineseName, c: NameCandidate): boolean {
  const letters = spellingKey(c.text).length;
  const expected = name.forms.length ? Math.min(...name.forms.map((f) => spellingKey(f).length)) : spellingKey(name.likely ?? '').length || name.zh.length * 2;
  return letters >= expected / 2 && letters <= expected * 2;
}

/** No form of the country, and no word sharing its first letters (Tajik, Chinese, Afghan), in the English. */
function countryMissing(name: ChineseName, english: string): boolean {
  return !name.forms.some((form) => {
    if (/^[A-Z.]{2,4}$/.test(form)) return new RegExp(`\\b${form.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u').test(english);
    const stem = form.slice(0, Math.min(5, form.length - 1));
    return new RegExp(`(?<![\\p{L}])${stem}`, 'iu').test(english);
  });
}

/** A missing glossary or dictionary name is reported; a transliteration only when it is surely a name. */
function reportableWhenMissing(name: ChineseName): boolean {
  if (name.source === 'glossary') return true;
  const letters = [...name.zh].filter(isHan).length;
  // 卡特 Carter, 罗马 Rome: two-character dictionary names are left out by translators often.
  if (name.source === 'dictionary') return letters >= 3 && name.kind !== 'other';
  return letters >= 3 || name.generic !== undefined || name.parts.length > 1;
}

function bestCandidate(name: ChineseName, candidates: NameCandidate[]): { candidate: NameCandidate; assessment: Assessment } | undefined {
  const person = name.kind === 'person';
  const { surnames, given } = personForms(name.forms);
  const surnameZh = name.parts[name.parts.length - 1] ?? name.zh;
  const givenZh = name.parts.slice(0, -1).join('');
  if (name.partForms) {
    surnames.push(...(name.partForms[name.partForms.length - 1] ?? []));
    given.push(...name.partForms.slice(0, -1).flat());
  }
  let best: { candidate: NameCandidate; assessment: Assessment } | undefined;
  const expected = expectedLetters(name);
  for (const candidate of candidates) {
    const count = candidate.last - candidate.first + 1;
    if (count > (person ? 2 : Math.max(2, name.zh.length))) continue;
    // Far too short or too long to be this name (the distances cost more than the check).
    const letters = spellingKey(candidate.text).length;
    if (letters < expected * 0.35 || letters > expected * 3 + 4) continue;
    let assessment: Assessment;
    if (!person) assessment = assess(name, name.zh, candidate.text, name.forms);
    else if (count === 1) assessment = assess(name, surnameZh, candidate.text, surnames);
    else {
      // Given name and surname each checked: a dropped syllable in one is not hidden by the other.
      const [first, last] = splitWords(candidate.text);
      const whole = assess(name, name.zh, candidate.text, name.forms);
      const parts = both(givenZh ? assess(name, givenZh, first, given) : assess(name, surnameZh, first, given), assess(name, surnameZh, last, surnames));
      assessment = whole.ok && name.forms.length ? whole : parts;
    }
    if (!best || rank(assessment) < rank(best.assessment)) best = { candidate, assessment };
  }
  return best;
}

function splitWords(text: string): [string, string] {
  const at = text.search(/\s(?=\S+$)/);
  return at < 0 ? [text, text] : [text.slice(0, at), text.slice(at + 1)];
}

function both(a: Assessment, b: Assessment): Assessment {
  return { ok: a.ok && b.ok, pinyin: a.pinyin || b.pinyin, distance: Math.max(a.distance, b.distance) };
}

/** Matches first, then read-outs, then by distance. */
function rank(a: Assessment): number {
  return (a.ok ? 0 : a.pinyin ? 1 : 2) + Math.min(a.distance, 0.99);
}

/**
 * For a person matched by surname: the capitalised words right before it (not titles, not
 * names of something else) must be the person's given name: the Chinese one when the Chinese
 * writes it (萨德尔·扎帕罗夫), else one the glossary or dictionary knows.
 */
function givenNameProblem(
  name: ChineseName,
  surname: NameCandidate,
  words: EnglishWord[],
  explained: Set<number>,
  text: string,
  /** A glossary person's full name the surname ends ("Akylbek Japarov" around 扎帕罗夫's "Japarov"): its given name is a candidate too. */
  otherPerson?: TermMatch,
): { span: SourceSpan; expected?: string } | undefined {
  if (name.kind !== 'person' || (name.source === 'dictionary' && [...name.zh].length < 4)) return undefined;
  const givenZh = name.parts.slice(0, -1).join('');
  const { given } = personForms(name.forms);
  if (!givenZh && given.length === 0) return undefined;
  // Only when the match is the surname alone (a full form already includes the given name).
  const surnameOnly = surname.first === surname.last;
  if (!surnameOnly) return undefined;
  let first = surname.first;
  while (
    first > 0 &&
    surname.first - first < 2 &&
    words[first - 1].capitalised &&
    !words[first - 1].common &&
    (!explained.has(first - 1) || (otherPerson !== undefined && words[first - 1].start >= otherPerson.start)) &&
    /^[ \u00a0-]$/u.test(text.slice(words[first - 1].end, words[first].start))
  )
    first--;
  if (first === surname.first) return undefined;
  const givenText = text.slice(words[first].start, words[surname.first - 1].end);
  const key = spellingKey(givenText);
  if (given.some((g) => spellingDifference(g, key) <= KNOWN_OK)) return undefined;
  if (givenZh) {
    const d = spellingDistance(givenZh, key);
    if (d.model <= MODEL_OK && d.pinyinCharacters === 0) return undefined;
    // "Arthur" for 亚瑟: a given name the dictionary writes with these characters.
    if (loadProperNouns().headwordsFor(key).some((h) => givenZh.includes(h) || h.includes(givenZh))) return undefined;
    // With no glossary form to hold it to, only a read-out is a wrong given name ("Paul" may be 保罗 or 罗).
    if (given.length === 0 && !assess(name, givenZh, givenText, []).pinyin) return undefined;
  }
  const expected = given.length ? given.join(' ') : undefined;
  return { span: { start: words[first].start, end: words[surname.first - 1].end }, expected };
}

/**
 * The glossary term naming another person whose surname is the candidate's ("Akylbek Japarov"
 * where the Chinese says 萨德尔·扎帕罗夫): the wrong given name makes a known name.
 */
function otherPersonTerm(name: ChineseName, surname: NameCandidate, terms: TermMatch[]): TermMatch | undefined {
  if (name.kind !== 'person' || surname.first !== surname.last) return undefined;
  const self = (id: string): boolean => name.entry !== undefined && (id === name.entry.id || id === name.entry.sameAs);
  return terms.find(
    (t) =>
      t.start < surname.start &&
      t.end === surname.end &&
      t.hits.some((h) => h.role !== 'garble' && h.entry.type === 'person') &&
      !t.hits.some((h) => self(h.entry.id) || (h.entry.sameAs !== undefined && self(h.entry.sameAs))),
  );
}

/**
 * Words that render something other than a name of the Chinese: glossary terms (their forms),
 * Chinese names written in pinyin (Wang Wentao), common words and the first word of a sentence.
 */
function explainedWords(ctx: CheckContext, pair: { start: number; end: number; zh: string }, words: EnglishWord[]): Set<number> {
  const out = new Set<number>();
  const terms = termsIn(ctx, pair.start, pair.end).filter((t) => t.hits.some((h) => h.role !== 'garble'));
  // Pinyin of the Chinese outside its transliterated names: Chinese people and places.
  let rest = pair.zh;
  // A glossary name counts only where its English is its pinyin (Wang Yi, Aksu); 纳伦州's "Nalun" is a read-out.
  const pinyinIsEnglish = (n: ChineseName): boolean => n.forms.some((f) => spellingKey(f) === pinyinSyllables(n.zh).join(''));
  for (const n of chineseNames(pair.zh, ctx.glossary)) {
    if (n.source === 'glossary' ? pinyinIsEnglish(n) : n.kind === 'chinese-place') continue;
    rest = rest.slice(0, n.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end);
  }
  const syllables = new Set<string>();
  for (const run of rest.match(/\p{Script=Han}+/gu) ?? []) {
    const chinese = pinyinSyllables(run);
    for (let i = 0; i < chinese.length; i++) for (let n = 1; n <= 3 && i + n <= chinese.length; n++) syllables.add(chinese.slice(i, i + n).join(''));
  }
  words.forEach((w, k) => {
    if (!w.capitalised || w.common) out.add(k);
    else if (terms.some((t) => w.start >= t.start && w.end <= t.end)) out.add(k);
    else if (syllables.has(spellingKey(w.text))) out.add(k);
  });
  return out;
}

/** A capitalised word inside the sentence that renders no known term: "Caterpillar", "Artisan" may render the name. */
function capitalisedUnexplained(words: EnglishWord[], explained: Set<number>, unit: CheckedUnit): boolean {
  return words.some((w, k) => w.start >= unit.start && w.end <= unit.end && w.capitalised && !w.initial && (!explained.has(k) || w.common));
}

function explainedRun(c: NameCandidate, explained: Set<number>): boolean {
  for (let k = c.first; k <= c.last; k++) if (!explained.has(k)) return false;
  return true;
}

/** Glossary entries a glossary garble in the pair's English stands for. */
function garbledGlossaryIds(ctx: CheckContext, pair: { start: number; end: number }): Set<string> {
  const ids = new Set<string>();
  const { garbleOf } = documentTerms(ctx);
  for (const t of termsIn(ctx, pair.start, pair.end)) {
    const g = garbleOf.get(t);
    if (g) ids.add(g.hit.entry.id);
  }
  return ids;
}

/**
 * How the checks judge an English spelling of a transliterated name they know nothing else
 * about: accepted as its rendering, read as its pinyin, and how far from it (for evaluations).
 */
export function assessTransliteration(zh: string, english: string): { ok: boolean; pinyin: boolean; distance: number } {
  const name: ChineseName = { start: 0, end: zh.length, zh, source: 'transliteration', kind: 'other', forms: [], garbles: [], parts: [zh], key: `zh:${zh}` };
  return assess(name, zh, english, []);
}
