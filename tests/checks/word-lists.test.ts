// The data the English checks read: the word lists (data/word-lists.json), linted, and the
// compact English vocabulary built from the Hunspell dictionaries and CC-CEDICT.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordListsSchema, wordList } from '../../src/checks/word-lists.js';
import { chineseNameByPinyin, isCommonWord, isEnglishWord, isProperNoun, pinyinSyllablesOf } from '../../src/checks/vocabulary/index.js';
import { glossName } from '../../src/checks/vocabulary/build.js';
import { repoRoot } from '../helpers/cli.js';

const raw = JSON.parse(readFileSync(join(repoRoot, 'src', 'checks', 'data', 'word-lists.json'), 'utf8')) as Record<string, unknown>;

describe('word lists', () => {
  it('validate against their schema', () => {
    expect(WordListsSchema.safeParse(raw).success).toBe(true);
  });

  it('reject a word listed twice, and a word not in lower case', () => {
    const twice = { ...raw, modals: { note: 'x', words: ['will', 'will'] } };
    const capital = { ...raw, modals: { note: 'x', words: ['Will'] } };
    expect(WordListsSchema.safeParse(twice).success).toBe(false);
    expect(WordListsSchema.safeParse(capital).success).toBe(false);
  });

  it('a bound prefix is never also a name-combining form', () => {
    const names = wordList('nameCombiningForms');
    expect([...wordList('boundPrefixes')].filter((p) => names.has(p))).toEqual([]);
  });

  it('every modal is a word that needs a complement', () => {
    const heads = wordList('complementHeads');
    expect([...wordList('modals')].filter((m) => m !== 'to' && !heads.has(m))).toEqual([]);
  });

  it('every Chinese surname is pinyin', () => {
    expect([...wordList('chineseSurnames')].filter((s) => pinyinSyllablesOf(s) === undefined)).toEqual([]);
  });

  it('every bound prefix begins words the dictionaries list closed', () => {
    // The prefix is productive in the dictionaries (nonviolent, prewar, socioeconomic …), so
    // "listed closed" is a fair test of a compound made with it.
    const closed = (prefix: string) => ['violent', 'war', 'economic', 'elect', 'operate', 'code', 'able', 'agree', 'lead', 'national', 'venous', 'way', 'final', 'lateral', 'port', 'conservative', 'lingual', 'angle', 'african', 'historic', 'operation', 'normal', 'colonial', 'cycle', 'demic']
      .filter((w) => isCommonWord(`${prefix}${w}`)).length;
    expect([...wordList('boundPrefixes')].filter((p) => closed(p) === 0)).toEqual([]);
  });
});

describe('English vocabulary', () => {
  it.each([
    ['iron', true], ['Iron', true], ['heart', true], ['colour', true], ['color', true], ['organise', true], ['organize', true],
    ['Russian', true], ['Tashkent', true], ["China's", true], ['Grassz', false], ['Mazarif', false], ['Kurubayev', false],
  ])('%s is an English word: %s', (word, expected) => {
    expect(isEnglishWord(word)).toBe(expected);
  });

  it('tells proper nouns from common words', () => {
    expect(isProperNoun('Russian')).toBe(true);
    expect(isCommonWord('Russian')).toBe(false);
    expect(isProperNoun('Iron')).toBe(false);
    expect(isCommonWord('Iron')).toBe(true);
  });

  it.each([
    ['Xianhai', ['xian', 'hai']],
    ["Xi'an", ['xi', 'an']],
    ['Jin-ping', ['jin', 'ping']],
    ['Yierkeshitan', ['yi', 'er', 'ke', 'shi', 'tan']],
    ['Grassz', undefined],
    ['Tashkent', undefined],
  ])('%s as pinyin syllables', (token, syllables) => {
    expect(pinyinSyllablesOf(token)).toEqual(syllables);
  });

  it('knows Chinese names whose English is their pinyin, and those with other English', () => {
    expect(chineseNameByPinyin('chengdu')).toBe('romanised');
    expect(chineseNameByPinyin('qingyang')).toBe('romanised');
    expect(chineseNameByPinyin('xianhai')).toEqual({ zh: '咸海', english: 'Aral Sea' });
    expect(chineseNameByPinyin('hasakesitan')).toEqual({ zh: '哈萨克斯坦', english: 'Kazakhstan' });
    expect(chineseNameByPinyin('qwzx')).toBeUndefined();
  });

  it.each([
    ['Dushanbe, capital of Tajikistan', 'Dushanbe'],
    ['Lake Balkhash in Kazakhstan', 'Lake Balkhash'],
    ['Gulf of Aden', 'Gulf of Aden'],
    ['Ürümqi prefecture-level city', 'Ürümqi'],
  ])('the name in a CC-CEDICT gloss: %s', (gloss, name) => {
    expect(glossName(gloss)).toBe(name);
  });
});
