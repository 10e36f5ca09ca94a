// The names a Chinese text holds, each with what its English should be: glossary names (their
// forms), CC-CEDICT's person and place names (the forms its glosses give), and transliterated
// foreign names recognised by their characters (阿, 尔, 斯, 克, 夫, 耶, 诺, 别…), with the
// spelling they most likely stand for. A generic word after a place name (州, 市, 河, 口岸) is
// kept apart: it is translated ("Region", "River"), never spelt out.
import { loadLexicon } from '../../align/index.js';
import { findChineseTerms, type Glossary, type GlossaryEntry } from '../../glossary/index.js';
import { NAME_TYPES } from '../../glossary/index.js';
import { loadProperNouns } from './proper-nouns.js';
import { isTransliterationCharacter, likelySpelling } from './transliteration.js';

export type NameSource = 'glossary' | 'dictionary' | 'transliteration';
export type NameKind = 'person' | 'place' | 'chinese-place' | 'country' | 'body' | 'other';

export interface ChineseName {
  /** Offsets into the Chinese text searched (the name without its generic word). */
  start: number;
  end: number;
  zh: string;
  source: NameSource;
  kind: NameKind;
  /** English forms known for it (glossary preferred and variants, CC-CEDICT's forms); [] for a transliteration. */
  forms: string[];
  /** Glossary garbles of it (a glossary rule reports those). */
  garbles: string[];
  entry?: GlossaryEntry;
  /** English forms the dictionary gives for each part of a person's name (亚历山大 Alexander), [] where none. */
  partForms?: string[][];
  /** A person's name parts as written (卡瑟姆-若马尔特, 托卡耶夫): given names first, surname last. */
  parts: string[];
  /** The generic word after a place name (州, 河), if any. */
  generic?: string;
  /** The same thing wherever it is named: glossary id, else the Chinese. */
  key: string;
  /** For a transliteration: the spelling it most likely stands for. */
  likely?: string;
  /** A body named as part of a title (外交部 in 外交部副部长): rendered with the title. */
  inTitle?: boolean;
  /** A glossary word the name starts with, translated in English (土库曼 Turkmen in 土库曼纳巴德 Turkmenabat). */
  embedded?: { zh: string; english: string };
}

/** Generic words after a place name, longest first: translated, not transliterated. */
export const GENERIC_WORDS = ['自治州', '自治区', '共和国', '口岸', '地区', '州', '市', '省', '区', '县', '河', '湖', '港', '山', '峡谷', '盆地', '气田', '油田', '水电站', '机场'];
const GENERIC = new RegExp(`^(?:${GENERIC_WORDS.join('|')})`, 'u');

/** Characters that stand for a bare consonant or a name ending: a two-character run with one is a name. */
/** A title after a body's name (外交部副部长, 商务部部长): the body is part of the title. */
const TITLE_AFTER_BODY = /^(?:第一)?(?:副)?(?:部长|局长|主任|主席|秘书长|行长|发言人|司长|大使|代表|部长助理|特使|委员)/u;
/** A ministry, commission or office folds into its holder's title (外交部副部长 Deputy Foreign Minister); a bank or a forum does not (欧亚开发银行行长 President of the Eurasian Development Bank). */
const GOVERNMENT_ORGAN = /[部委局署厅办]$/u;
/** Titles ending in a transliteration character, and words of transliteration characters that follow names. */
/** Runs whose characters are mostly in common words (东大门 0.4·0.2…) are not names. */
const MIN_NAME_LIKENESS = -0.7;
/** Name ratio under which a character at the edge of a long run belongs to the sentence. */
const WEAK_EDGE = 0.35;
const COUNTRY_CHARACTERS = /[中哈吉塔土乌俄阿巴]/u;
const TITLE_ENDINGS = new Set(['主席']);
const FOLLOWING_WORDS = new Set(['特别', '达成', '阿拉伯']);
const GENERIC_IN_RUN = new Set(['山']);
const STRONG = new Set('斯克尔夫姆德特格布普兹茨赫什耶诺娃罕汗别孜卜');
const PLACE_TYPES = new Set(['city', 'capital', 'region', 'port', 'border-crossing', 'geographic']);
const SEPARATOR = /[·•・\-‐‑]/u;
/** Between a person's given names and surname (a hyphen joins parts of one name: 卡瑟姆-若马尔特). */
const PERSON_SEPARATOR = /[·•・]/u;

function kindOfEntry(entry: GlossaryEntry): NameKind {
  if (entry.type === 'person') return 'person';
  if (entry.type === 'country') return 'country';
  if (entry.type === 'organisation' || entry.type === 'body') return 'body';
  return 'place';
}

const perGlossary = new WeakMap<Glossary, Map<string, ChineseName[]>>();
const MEMO_LIMIT = 20_000;

/** The names in a Chinese text (memoised per glossary: sentences recur). */
export function chineseNames(zh: string, glossary: Glossary): ChineseName[] {
  let memo = perGlossary.get(glossary);
  if (!memo) perGlossary.set(glossary, (memo = new Map()));
  let found = memo.get(zh);
  if (found) return found;
  found = findNames(zh, glossary);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set((' ' + zh).slice(1), found);
  return found;
}

function findNames(zh: string, glossary: Glossary): ChineseName[] {
  const names: ChineseName[] = [];
  const masked = new Uint8Array(zh.length);
  const mask = (start: number, end: number): void => {
    masked.fill(1, start, end);
  };

  const embedded = new Map<number, { zh: string; english: string }>();
  for (const term of findChineseTerms(glossary, zh)) {
    // 土库曼 (Turkmen) in 土库曼纳巴德 (Turkmenabat): a demonym glued to a transliteration is part of a name.
    if (term.entry.type === 'demonym' && isTransliterationCharacter(zh[term.end] ?? '') && isTransliterationCharacter(zh[term.end + 1] ?? '')) {
      embedded.set(term.start, { zh: term.text, english: term.entry.preferred });
      continue;
    }
    // 兰州 (Lanzhou) in 马里兰州 (Maryland): a place glued on the left to a transliteration is not that place.
    if (PLACE_TYPES.has(term.entry.type) && term.start >= 2 && isTransliterationCharacter(zh[term.start - 1]) && isTransliterationCharacter(zh[term.start - 2]) && !masked[term.start - 1]) continue;
    mask(term.start, term.end);
    if (!NAME_TYPES.has(term.entry.type)) continue;
    const e = term.entry;
    names.push({
      start: term.start,
      end: term.end,
      zh: term.text,
      source: 'glossary',
      kind: kindOfEntry(e),
      forms: [e.preferred, ...e.variants],
      garbles: e.garbles.map((g) => g.text),
      entry: e,
      parts: term.text.split(SEPARATOR).filter(Boolean),
      key: `g:${e.sameAs && e.sameAs < e.id ? e.sameAs : e.id}`,
    });
  }

  const nouns = loadProperNouns();
  // Transliterations first, as whole runs (a dictionary name inside one, 马克 "Mark" in
  // 托克马克, is part of it); a run the dictionary knows takes the dictionary's forms.
  for (const whole of transliterationRuns(zh, masked, new Set(embedded.keys()))) {
    whole.embedded = embedded.get(whole.start);
    for (const run of splitAtKnownNames(whole, nouns, zh.slice(whole.end))) {
    mask(run.start, run.end);
    const noun = nouns.get(run.text) ?? nouns.get(run.text + (zh.slice(run.end).match(GENERIC)?.[0] ?? ''));
    const parts = run.text.split(PERSON_SEPARATOR).filter(Boolean);
    const person = parts.length > 1 || noun?.kind === 'person';
    names.push({
      start: run.start,
      end: run.end,
      zh: run.text,
      source: noun ? 'dictionary' : 'transliteration',
      kind: person ? 'person' : noun?.kind === 'chinese-place' ? 'chinese-place' : noun?.kind === 'place' ? 'place' : 'other',
      forms: noun?.forms ?? [],
      garbles: [],
      parts,
      // A person is the same person however much of the name a sentence gives: keyed by surname.
      key: `zh:${person ? parts[parts.length - 1] : run.text}`,
      likely: noun ? undefined : likelySpelling(run.text),
      embedded: whole.embedded && run.start === whole.start ? whole.embedded : undefined,
      partForms: person && !noun ? parts.map((p) => nouns.get(p)?.forms ?? []) : undefined,
    });
    }
  }
  // Then the dictionary's names in what is left (博乐, 孙卫东 are not transliterations): the
  // longest headword at each place, lengthened only while some headword continues it.
  for (let i = 0; i < zh.length; ) {
    let best = 0;
    let noun: ReturnType<typeof nouns.get>;
    if (!masked[i] && nouns.longestFrom(zh[i]) >= 2) {
      for (let length = 2; i + length <= zh.length && !masked[i + length - 1]; length++) {
        const text = zh.slice(i, i + length);
        const found = nouns.get(text);
        if (found && usableDictionaryName(text, found.kind, found.forms, zh.slice(i + length))) {
          best = length;
          noun = found;
        }
        if (!nouns.continues(text)) break;
      }
    }
    if (best && noun) {
      const text = zh.slice(i, i + best);
      names.push({
        start: i,
        end: i + best,
        zh: text,
        source: 'dictionary',
        kind: noun.kind,
        forms: noun.forms,
        garbles: [],
        parts: noun.kind === 'person' ? text.split(PERSON_SEPARATOR) : [text],
        key: `zh:${text}`,
      });
      mask(i, i + best);
      i += best;
    } else i++;
  }

  names.sort((a, b) => a.start - b.start);
  // 萨德尔·扎帕罗夫: a given name before a surname the glossary or dictionary knows is one person.
  for (let k = names.length - 2; k >= 0; k--) {
    const [given, surname] = [names[k], names[k + 1]];
    if (!PERSON_SEPARATOR.test(zh.slice(given.end, surname.start)) || surname.start - given.end !== 1) continue;
    if (surname.kind !== 'person' && surname.source !== 'transliteration') continue;
    names.splice(k, 2, {
      ...surname,
      key: surname.entry ? surname.key : `zh:${surname.parts[surname.parts.length - 1]}`,
      start: given.start,
      zh: zh.slice(given.start, surname.end),
      kind: 'person',
      parts: [...given.parts, ...surname.parts],
      likely: surname.source === 'transliteration' ? likelySpelling(zh.slice(given.start, surname.end)) : undefined,
    });
  }
  for (const name of names) {
    if (name.kind !== 'person' && name.kind !== 'country' && GOVERNMENT_ORGAN.test(name.zh) && TITLE_AFTER_BODY.test(zh.slice(name.end))) name.inTitle = true;
    const generic = zh.slice(name.end).match(GENERIC)?.[0];
    if (generic && name.kind !== 'person') name.generic = generic;
    if (generic && name.kind === 'other') name.kind = 'place';
  }
  return names;
}

/** CC-CEDICT's "other" proper nouns are often words ("Muslim", "Rust Belt"): only transliterations count. */
function usableDictionaryName(text: string, kind: string, forms: string[], after: string): boolean {
  const chars = [...text];
  if (kind === 'other') return chars.every(isTransliterationCharacter) && chars.length >= 3;
  // 平坝, 长安, 金山: a two-character Chinese place name is also a pair of words; only before 市, 县, 州… is it surely a place.
  if (kind === 'chinese-place' && chars.length === 2) return GENERIC.test(after);
  if (kind === 'person') return chars.length >= 3;
  if (kind !== 'other') return true;
  return [...text].every(isTransliterationCharacter) || forms.some((f) => f.split(/\s+/).length >= 3);
}

interface Run {
  start: number;
  end: number;
  text: string;
  /** A glossary word the run starts with (土库曼 in 土库曼纳巴德). */
  embedded?: { zh: string; english: string };
}

/**
 * A run that starts with a name the dictionary knows (喀什 in 喀什大学's 喀什大) is that name
 * and what follows, kept only if it is itself long enough to be a name.
 */
function splitAtKnownNames(run: Run, nouns: ReturnType<typeof loadProperNouns>, after: string): Run[] {
  if (nouns.get(run.text) || nouns.get(run.text + (after.match(GENERIC)?.[0] ?? ''))) return [run];
  // 果贝索斯 (结果 + 贝索斯 Bezos), 奥斯丁法 (奥斯丁 Austin + 法 law): one character too many at an end.
  const weak = (c: string): boolean => nouns.nameRatio(c) < 1;
  if (run.text.length >= 4 && weak(run.text[0]) && nouns.get(run.text.slice(1)) && !SEPARATOR.test(run.text[1])) return [{ start: run.start + 1, end: run.end, text: run.text.slice(1) }];
  if (run.text.length >= 4 && weak(run.text[run.text.length - 1]) && nouns.get(run.text.slice(0, -1)) && !SEPARATOR.test(run.text[run.text.length - 2])) return [{ start: run.start, end: run.end - 1, text: run.text.slice(0, -1) }];
  for (let length = run.text.length - 1; length >= 2; length--) {
    const head = run.text.slice(0, length);
    const noun = nouns.get(head);
    const rest = run.text.slice(length);
    // 詹姆斯·乔伊斯: a person's parts are not split apart.
    if (!noun || noun.kind === 'other' || SEPARATOR.test(rest[0]) || !(length >= 3 && rest.length >= 3)) continue;
    const out: Run[] = [{ start: run.start, end: run.start + length, text: head }];
    if (rest.length >= 3) out.push({ start: run.start + length, end: run.end, text: rest });
    return out;
  }
  return [run];
}

/**
 * Runs of transliteration characters (joined by · or -) that read as a foreign name: not a
 * common word, three characters or more, or two with a consonant character (斯, 克, 夫…), or
 * two before a generic word (纳伦州) or beside another name in a list (努库斯、希瓦).
 */
function transliterationRuns(zh: string, masked: Uint8Array, protectedStarts: ReadonlySet<number>): Run[] {
  const lexicon = loadLexicon();
  const nouns = loadProperNouns();
  const runs: Run[] = [];
  const usable = (at: number): boolean => at < zh.length && !masked[at] && isTransliterationCharacter(zh[at]);
  let i = 0;
  while (i < zh.length) {
    if (!usable(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < zh.length && (usable(j) || (SEPARATOR.test(zh[j]) && usable(j + 1)))) j++;
    let start = i;
    let end = j;
    // 中哈霍尔果斯: a country character after another (中哈) is a short form, not the name's start.
    while (end - start > 2 && COUNTRY_CHARACTERS.test(zh[start]) && start > 0 && COUNTRY_CHARACTERS.test(zh[start - 1])) start++;
    // 主席 (chairman) before a name ends in a transliteration character.
    if (start > 0 && end - start > 2 && TITLE_ENDINGS.has(zh.slice(start - 1, start + 1))) start++;
    // A word after the name made of transliteration characters belongs to the sentence (特别, 达成).
    while (end - start > 2 && FOLLOWING_WORDS.has(zh.slice(end - 2, end))) end -= 2;
    // A generic word that is also a transliteration character (苏莱曼山: 山 mountain), or the
    // first character of one (大 of 大学 university, 大使 ambassador).
    if (end - start > 3 && GENERIC_IN_RUN.has(zh[end - 1])) end--;
    if (end - start > 2 && zh[end - 1] === '大' && /^[学使会桥厦道街楼院]/u.test(zh.slice(end))) end--;
    // 道贝索斯 (知道), 贝索斯提 (提出): a character mostly found in common words, making one with
    // the character beyond the run, belongs to the sentence.
    if (!PERSON_SEPARATOR.test(zh.slice(start, end))) {
      while (end - start >= 4 && nouns.nameRatio(zh[end - 1]) < WEAK_EDGE && isCommonWord(zh.slice(end - 1, end + 1), lexicon, nouns)) end--;
      while (end - start >= 4 && !protectedStarts.has(start) && nouns.nameRatio(zh[start]) < WEAK_EDGE && start > 0 && isCommonWord(zh.slice(start - 1, start + 1), lexicon, nouns)) start++;
    }
    while (end > start && SEPARATOR.test(zh[end - 1])) end--;
    while (end > start && SEPARATOR.test(zh[start])) start++;
    const text = zh.slice(start, end);
    const letters = text.replace(new RegExp(SEPARATOR.source, 'gu'), '');
    // 楚河州 (Chuy Region, from the Chu river): one character before 河 or 湖 and a region word.
    if (letters.length === 1 && /^[河湖](?:州|流域|沿岸|畔)/u.test(zh.slice(end))) {
      runs.push({ start, end, text });
      i = j;
      continue;
    }
    const strong = [...letters].some((c) => STRONG.has(c));
    // 哈哈大, 多东西, 普通法: runs mostly made of common words are words.
    if (commonCoverage(letters, lexicon, nouns) >= 2 / 3) {
      i = j;
      continue;
    }
    const likeness = nameLikeness(letters, nouns);
    const likely = PERSON_SEPARATOR.test(text) || likeness >= MIN_NAME_LIKENESS || (strong && letters.length >= 3 && likeness >= -1.5);
    if (letters.length >= 2 && likely && !isCommonWord(letters, lexicon, nouns)) {
      const generic = GENERIC.test(zh.slice(end));
      const listed = /^(?:、|和|与|及|等地|等州|等城市)/u.test(zh.slice(end)) || /[、和与及]$/u.test(zh.slice(0, start));
      if (letters.length >= 3 || strong || generic || listed) runs.push({ start, end, text });
    }
    i = j;
  }
  return runs;
}

/** Share of the run's characters inside common words (two characters or more) found left to right, longest first. */
function commonCoverage(letters: string, lexicon: ReturnType<typeof loadLexicon>, nouns: ReturnType<typeof loadProperNouns>): number {
  let covered = 0;
  for (let i = 0; i < letters.length; ) {
    let found = 0;
    for (let length = Math.min(4, letters.length - i); length >= 2; length--) {
      if (isCommonWord(letters.slice(i, i + length), lexicon, nouns)) {
        found = length;
        break;
      }
    }
    covered += found;
    i += found || 1;
  }
  return covered / letters.length;
}

/** Mean log of the characters' name ratios: above 0, the run's characters are more often in names than in words. */
function nameLikeness(letters: string, nouns: ReturnType<typeof loadProperNouns>): number {
  const chars = [...letters];
  return chars.reduce((sum, c) => sum + Math.log(Math.max(nouns.nameRatio(c), 0.01)), 0) / chars.length;
}

function isCommonWord(word: string, lexicon: ReturnType<typeof loadLexicon>, nouns: ReturnType<typeof loadProperNouns>): boolean {
  return lexicon.has(word) && !nouns.get(word);
}

const foreignMemo = new WeakMap<Glossary, Map<string, ChineseName[]>>();

/**
 * Whether the characters `spelled` (a pinyin reading's source) are part of a foreign name of
 * `zh`: a transliteration, or a name whose English is not its pinyin (哈萨克斯坦, 咸海). Chinese
 * people and places (宝玉, 刘, 清平) are written in pinyin in English: no such name.
 */
export function spellsForeignName(zh: string, spelled: string, glossary: Glossary): boolean {
  let memo = foreignMemo.get(glossary);
  if (!memo) foreignMemo.set(glossary, (memo = new Map()));
  let names = memo.get(zh);
  if (!names) {
    if (memo.size > 256) memo.clear();
    memo.set(zh, (names = chineseNames(zh, glossary)));
  }
  return names.some(
    (n) =>
      (n.zh.includes(spelled) || spelled.includes(n.zh)) &&
      n.kind !== 'chinese-place' &&
      (n.source === 'transliteration' || (n.forms.length > 0 && !n.forms.some((f) => f.toLowerCase().replace(/[^a-z]/g, '') === pinyinKey(n.zh)))),
  );
}

function pinyinKey(zh: string): string {
  const lexicon = loadLexicon();
  return [...zh].map((c) => lexicon.pinyin(c) ?? '').join('');
}
