// How a Chinese name is quoted in a message: the Chinese, its pinyin for a transliteration, and
// what it should be in English when that is known.
import type { ChineseName } from './chinese-names.js';
import { pinyinWithTones } from './pinyin.js';

export function describeName(name: ChineseName): string {
  const zh = name.zh + (name.generic ?? '');
  if (name.forms.length) return `${zh} (${name.forms[0]})`;
  return `${zh} (${pinyinWithTones(name.zh)}${name.likely ? `; likely “${name.likely}”` : ''})`;
}
