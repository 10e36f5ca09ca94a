// Normalisation: line ends, pinyin glosses, Traditional→Simplified, punctuation, whitespace,
// then boilerplate, each a step over text that keeps its map back to the source offsets.
import type { Language, NormalizedDocument } from '../types.js';
import { detectLanguage, detectScript } from '../corpus/index.js';
import { removeBoilerplate } from './boilerplate.js';
import { stripPinyinGlosses } from './glosses.js';
import { asciiLettersAndDigits, unifyChinesePunctuation } from './punctuation.js';
import { simplifyChinese } from './simplify.js';
import { replaceAll, toOffsetRuns, trackSource, type TrackedText } from './tracked.js';
import { tidyBlankLines, tidyLines, tidyWhitespace } from './whitespace.js';

export { toSourceOffset } from './tracked.js';
export { stripPinyinGlossesFromText as stripPinyinGlosses } from './glosses.js';
export { boilerplateRules, compileRules, BoilerplateDataSchema, type CompiledRules } from './rules.js';

/** Boilerplate passes at most (the seeds need two: one that removes, one that finds nothing). */
const MAX_BOILERPLATE_PASSES = 6;

export interface NormalizeOptions {
  language?: Language;
  keepBoilerplate?: boolean;
  /**
   * Also convert Taiwan vocabulary to Mainland words (資訊 → 信息, 網路 → 网络, 軟體 → 软件),
   * and take Traditional text with no Taiwan or Hong Kong forms for Taiwanese. Off by default:
   * it rewrites words, not only characters.
   */
  taiwanVocabulary?: boolean;
}

/**
 * Chinese: ASCII letters and digits, glosses removed, Simplified, Chinese punctuation, tidy
 * whitespace, boilerplate removed. English (and other): whitespace tidied, boilerplate removed.
 * Idempotent: normalising the result again changes nothing. So every step within lines comes
 * first and boilerplate is judged on lines as they will be output: had it seen ";聯Joint Statement"
 * before ";" became "；", a second pass would find a title the first missed.
 */
export function normalizeDocument(text: string, options: NormalizeOptions = {}): NormalizedDocument {
  const language = options.language ?? detectLanguage(text);
  let tracked = replaceAll(trackSource(text), /\r\n?/g, () => '\n');
  if (language === 'zh') {
    tracked = stripAllGlosses(asciiLettersAndDigits(tracked));
    tracked = simplifyChinese(tracked, { taiwanVocabulary: options.taiwanVocabulary });
    tracked = tidyLines(unifyChinesePunctuation(tidyLines(tracked, language)), language);
  } else tracked = tidyLines(tracked, language);
  tracked = tidyWhitespace(tracked, language);
  const removed: NormalizedDocument['removed'] = [];
  // Removing chrome can reveal chrome (a title that a removed line ending in "." hid): repeated,
  // on tidied text as a second normalisation would see it, until nothing more is removed. A pass
  // removes whole lines, or an end marker with the spaces before it, so lines stay tidy: only
  // blank lines need tidying again.
  for (let pass = 0; pass < MAX_BOILERPLATE_PASSES && !options.keepBoilerplate; pass++) {
    const result = removeBoilerplate(tracked, text);
    if (result.removed.length === 0) break;
    removed.push(...result.removed);
    tracked = tidyBlankLines(result.tracked);
  }
  removed.sort((a, b) => a.startLine - b.startLine || a.rule.localeCompare(b.rule));
  return { language, script: detectScript(text), text: tracked.text, removed, offsets: toOffsetRuns(tracked) };
}

/** Strips glosses until none is left: removing one can expose the next ("行(xíng)(háng)"). */
function stripAllGlosses(tracked: TrackedText): TrackedText {
  for (let pass = 0; pass < 8; pass++) {
    const next = stripPinyinGlosses(tracked);
    if (next.text === tracked.text) return next;
    tracked = next;
  }
  return tracked;
}
