// Whitespace tidied: no indentation or trailing spaces, one blank line at most between
// paragraphs, no invisible characters; in Chinese, no spaces between CJK characters.
import { replaceAll, type TrackedText } from './tracked.js';
import type { Language } from '../types.js';

/** Spaces other than U+0020 (no-break, ideographic, en/em, …) and tabs. */
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60“”‘’「」『』《》〈〉【】—…]';

/** Tidies within lines only: never adds or removes a line break, so line i stays line i. */
export function tidyLines(tracked: TrackedText, language: Language): TrackedText {
  let out = replaceAll(tracked, INVISIBLE, () => '');
  out = replaceAll(out, ODD_SPACE, () => ' ');
  out = replaceAll(out, / {2,}/g, () => ' ');
  out = replaceAll(out, /^ +| +$/gm, () => '');
  if (language === 'zh') {
    out = replaceAll(out, new RegExp(`(?<=${CJK}) (?=${CJK})`, 'gu'), () => '');
    out = replaceAll(out, new RegExp(`(?<=[\\uff0c\\uff1a\\uff1b\\uff01\\uff1f\\u3001\\u3002]) `, 'gu'), () => '');
    out = replaceAll(out, new RegExp(` (?=[\\uff0c\\uff1a\\uff1b\\uff01\\uff1f\\u3001\\u3002\\uff09])`, 'gu'), () => '');
  }
  return out;
}

/** Tidies within lines, then at most one blank line between paragraphs and none around them. */
export function tidyWhitespace(tracked: TrackedText, language: Language): TrackedText {
  return tidyBlankLines(tidyLines(tracked, language));
}

/** At most one blank line between paragraphs and none around them; lines themselves untouched. */
export function tidyBlankLines(tracked: TrackedText): TrackedText {
  const out = replaceAll(tracked, /\n{3,}/g, () => '\n\n');
  return replaceAll(out, /^\n+|\n+$/g, () => '');
}
