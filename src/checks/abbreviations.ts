// Country abbreviations in Chinese (中方, 哈方, 中哈, 中吉乌): which glossary entries a Chinese
// paragraph names by one character. Data in data/country-abbreviations.json, validated on load.
import { z } from 'zod';
import raw from './data/country-abbreviations.json' with { type: 'json' };

const AbbreviationsSchema = z.object({ description: z.string(), abbreviations: z.record(z.string().length(1), z.string().min(1)) }).strict();
const abbreviations = AbbreviationsSchema.parse(raw).abbreviations;
const chars = Object.keys(abbreviations).join('');
/** An abbreviation before 方 or 国 (哈方, 两国 is not one), or next to another abbreviation (中哈, 中吉乌). */
const ABBREVIATED = new RegExp(`[${chars}](?=[方${chars}])|(?<=[${chars}])[${chars}]`, 'gu');

/** Glossary ids of the countries a Chinese text names by abbreviation. */
export function countriesAbbreviatedIn(zh: string): Set<string> {
  const ids = new Set<string>();
  for (const m of zh.matchAll(ABBREVIATED)) ids.add(abbreviations[m[0]]);
  return ids;
}

/** A country's abbreviation with 人 or 方 (阿人 the Afghans, 哈方 the Kazakh side): read out in pinyin, a garble. */
export function isCountryShortForm(zh: string): boolean {
  return [...zh].length === 2 && zh[0] in abbreviations && (zh[1] === '人' || zh[1] === '方');
}
