// Countries named by one character in Chinese (哈方, 中哈, 中吉乌, 访华, 乌内政): where a text
// uses them, and what their English renderings and misreadings are. Data in
// data/short-forms.json, validated on load.
import { z } from 'zod';
import raw from '../data/short-forms.json' with { type: 'json' };

const CountrySchema = z
  .object({
    country: z.string().min(1),
    forms: z.array(z.string().min(1)).min(1),
    misreadings: z.array(z.string().min(1)),
    unless: z.record(z.string(), z.array(z.string().min(1))),
  })
  .strict();

const ShortFormsSchema = z
  .object({
    description: z.string(),
    countries: z.record(z.string().length(1), CountrySchema),
    examples: z.array(z.object({ zh: z.string().min(1), bad: z.string().min(1).optional(), good: z.string().min(1) }).strict()),
  })
  .strict();

export type ShortFormCountry = z.infer<typeof CountrySchema>;
export const shortFormData = ShortFormsSchema.parse(raw);
export const SHORT_FORMS: ReadonlyMap<string, ShortFormCountry> = new Map(Object.entries(shortFormData.countries));

export interface ShortFormUse {
  /** The character (哈). */
  character: string;
  /** The whole short form it is part of (哈方, 中吉乌, 访华). */
  form: string;
  start: number;
  end: number;
  country: ShortFormCountry;
}

const CHARS = [...SHORT_FORMS.keys()].filter((c) => c !== '华').join('');
/** China and the Central Asian five: a run of country characters names countries only with one of them (中哈, 吉乌). */
const CORE = /[中哈吉塔土乌]/u;
/** After a country character: what makes it one (方 side, 国 country, 内政 internal affairs…). */
const AFTER = '(?:方|国|籍|领土|内政|境内|国内|政府|总统|总理|外长|外交部|议会|人民|两国|三国|企业|边境|段|大使|使馆|关系|合作|双方|双边|贸易|经贸|友好|间)';
/** Before a country character: 驻哈 (in Kazakhstan); before 华 also 对华 (towards China), 来华… */
const USE = new RegExp(
  `[${CHARS}]{2,}|[${CHARS}](?=${AFTER})|(?<=[驻访赴])[${CHARS}]|(?<=[驻访来赴对援涉在同与向离])华|华(?=${AFTER})`,
  'gu',
);

/**
 * The short forms of countries in a Chinese text; `masked` marks characters inside longer
 * names (塔吉克斯坦, 塔城, 哈尔滨) that are not short forms.
 */
export function shortFormsIn(zh: string, masked?: (at: number) => boolean): ShortFormUse[] {
  const out: ShortFormUse[] = [];
  for (const m of zh.matchAll(USE)) {
    const form = m[0];
    if (form.length >= 2 && !CORE.test(form) && !new RegExp(`^.(?=${AFTER})`, 'u').test(zh.slice(m.index))) continue;
    // 哈哈哈 is laughter: a compound names different countries.
    if (form.length >= 2 && new Set(form).size < form.length) continue;
    for (let k = 0; k < form.length; k++) {
      const at = m.index + k;
      if (masked?.(at)) continue;
      // 中 in 中国 or 中方 names China by its full name or side: still China.
      const country = SHORT_FORMS.get(form[k]);
      if (!country) continue;
      out.push({ character: form[k], form: formAround(zh, m.index, form.length), start: at, end: at + 1, country });
    }
  }
  return out;
}

function formAround(zh: string, start: number, length: number): string {
  const after = zh.slice(start + length).match(new RegExp(`^${AFTER}`, 'u'))?.[0] ?? '';
  return zh.slice(start, start + length) + after;
}
