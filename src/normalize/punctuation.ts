// Punctuation the Chinese way: full-width ，：；！？（） in Chinese text, ASCII kept in numbers
// (1,000  10:30  3.5) and in Latin-script runs; full-width letters and digits made ASCII.
// Whether a mark is "in Chinese text" is judged by its nearest neighbours that this step never
// changes (Han, CJK punctuation other than the marks it writes), so a second pass agrees.
import { replaceAll, type TrackedText } from './tracked.js';

const HAN = /\p{Script=Han}/u;
/** Characters that make their neighbourhood Chinese. */
const CJK_CONTEXT = /[\p{Script=Han}\u3001-\u303f“”‘’—…\uff02-\uff07\uff0a-\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff60]/u;
/** Marks this step converts (in either form) and spaces: looked through when judging context. */
const TRANSPARENT = /[ ,:;!?()，：；！？（）]/u;
const TO_FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };
const MAX_BRACKET_ROUNDS = 5;

/** Full-width letters and digits made ASCII: needs no context, so it can come first. */
export function asciiLettersAndDigits(tracked: TrackedText): TrackedText {
  return replaceAll(tracked, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (m) =>
    String.fromCharCode(m[0].charCodeAt(0) - 0xfee0),
  );
}

/** ASCII marks and brackets made full-width where their neighbourhood is Chinese. */
export function unifyChinesePunctuation(tracked: TrackedText): TrackedText {
  let out = replaceAll(tracked, /[,:;!?]/g, (m) => {
    const text = m.input;
    if (/\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')) return m[0];
    if (m[0] === ':' && text.startsWith('//', m.index + 1)) return m[0];
    return isChinese(contextBefore(text, m.index)) || isChinese(contextAfter(text, m.index + 1)) ? TO_FULL_WIDTH[m[0]] : m[0];
  });
  // Innermost pairs first, repeated so that an outer pair sees its converted content.
  for (let round = 0; round < MAX_BRACKET_ROUNDS; round++) {
    const next = replaceAll(out, /\(([^()\n]*)\)/g, (m) => {
      const text = m.input;
      const chinese =
        HAN.test(m[1]) ||
        isChinese(contextBefore(text, m.index)) ||
        isChinese(contextAfter(text, m.index + m[0].length));
      return chinese ? `（${m[1]}）` : m[0];
    });
    if (next.text === out.text) break;
    out = next;
  }
  return out;
}

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CONTEXT.test(ch);
}

function contextBefore(text: string, at: number): string | undefined {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (!TRANSPARENT.test(text[i])) return text[i];
  return undefined;
}

function contextAfter(text: string, at: number): string | undefined {
  for (let i = at; i < text.length && text[i] !== '\n'; i++) if (!TRANSPARENT.test(text[i])) return text[i];
  return undefined;
}
