// Every check, in the order findings of the same span are listed; the README's rule table and
// SARIF's tool.driver.rules are generated from this list.
import type { CheckDefinition } from './types.js';
import { knownGarble } from './known-garble.js';
import { calque } from './calque.js';
import { nearMiss } from './near-miss.js';
import { nameValidityCheck } from './name-validity.js';
import { missingName } from './missing-name.js';
import { garbledName } from './garbled-name.js';
import { shortForm } from './short-form.js';
import { titleMismatch } from './title-mismatch.js';
import { nameVariants, sharedRendering } from './consistency.js';
import { unsourcedName } from './unsourced-name.js';
import { numberMismatch } from './number-mismatch.js';
import { negationMismatch } from './negation-mismatch.js';
import { lengthRatio } from './length-ratio.js';
import { strayEssence } from './stray-essence.js';
import { spacedHyphen } from './spaced-hyphen.js';
import { repetitionLoop } from './repetition-loop.js';
import { doubledWord } from './doubled-word.js';
import { untranslatedHan } from './untranslated-han.js';
import { unbalancedPair } from './unbalanced-pair.js';
import { strayFullStop } from './stray-full-stop.js';
import { duplicatedTail } from './duplicated-tail.js';
import { restartedSentence } from './restarted-sentence.js';
import { doubledPunctuation } from './doubled-punctuation.js';
import { spaceBeforePunctuation } from './space-before-punctuation.js';
import { dashBetweenWords } from './dash-between-words.js';
import { doubledPhrase } from './doubled-phrase.js';
import { untranslatedPinyin } from './untranslated-pinyin.js';
import { nonWord } from './non-word.js';

export const checks: readonly CheckDefinition[] = [
  knownGarble,
  calque,
  nearMiss,
  nameValidityCheck,
  missingName,
  garbledName,
  shortForm,
  titleMismatch,
  unsourcedName,
  numberMismatch,
  negationMismatch,
  lengthRatio,
  strayEssence,
  spacedHyphen,
  repetitionLoop,
  doubledPhrase,
  doubledWord,
  duplicatedTail,
  strayFullStop,
  restartedSentence,
  doubledPunctuation,
  spaceBeforePunctuation,
  dashBetweenWords,
  untranslatedHan,
  untranslatedPinyin,
  nonWord,
  unbalancedPair,
  nameVariants,
  sharedRendering,
];

export interface RuleInfo {
  id: string;
  family: string;
  severity: CheckDefinition['severity'];
  doc: string;
  crossLingual: boolean;
}

/** The rule registry as data: id, family, default severity, one-line doc. */
export function listRules(): RuleInfo[] {
  return checks.map((c) => ({ id: c.id, family: c.id.split('/')[0], severity: c.severity, doc: c.doc, crossLingual: c.crossLingual ?? false }));
}

export const ruleFamilies: readonly string[] = [...new Set(checks.map((c) => c.id.split('/')[0]))];
