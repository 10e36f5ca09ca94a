// Punctuation the Chinese way: full-width ，：；！？（） in Chinese text, ASCII kept in numbers
// (1,000  10:30  3.5) and in Latin-script runs; full-width letters and digits made ASCII.
import { replaceAll, type TrackedText } from './tracked.js';

const HAN = /\p{Script=Han}/u;
/** Characters that make their neighbourhood Chinese: Han and CJK punctuation and brackets. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’「」『』《》〈〉【】—…]/u;
const TO_FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

export function unifyChinesePunctuation(tracked: TrackedText): TrackedText {
  let out = replaceAll(tracked, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (m) =>
    String.fromCharCode(m[0].charCodeAt(0) - 0xfee0),
  );
  out = replaceAll(out, /[,:;!?]/g, (m) => {
    const text = m.input;
    const before = previousVisible(text, m.index);
    const after = nextVisible(text, m.index + 1);
    if (/\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')) return m[0];
    if (m[0] === ':' && text.startsWith('//', m.index + 1)) return m[0];
    return isChinese(before) || isChinese(after) ? TO_FULL_WIDTH[m[0]] : m[0];
  });
  return replaceAll(out, /\(([^()\n]*)\)/g, (m) => {
    const text = m.input;
    const chinese =
      HAN.test(m[1]) ||
      isChinese(previousVisible(text, m.index)) ||
      isChinese(nextVisible(text, m.index + m[0].length));
    return chinese ? `（${m[1]}）` : m[0];
  });
}

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CONTEXT.test(ch);
}

function previousVisible(text: string, at: number): string | undefined {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ') return text[i];
  return undefined;
}

function nextVisible(text: string, at: number): string | undefined {
  for (let i = at; i < text.length && text[i] !== '\n'; i++) if (text[i] !== ' ') return text[i];
  return undefined;
}
