// Reading documents: files and stdin decoded to text, the corpus folder and its manifest,
// language and script detection. The only stage (with the CLI) that touches the file system.
export { readSourceFile, readCorpusDocument, decodeBytes, fsReason } from './read.js';
export { encodeLike, type EncodingObstacle, type Reencoded } from './encode.js';
export { fileNameDate, isCalendarDate } from './file-date.js';
export { declaredPairs, pairId } from './counterparts.js';
export { LINE_BREAK, lineColumn, lineStarts } from './lines.js';
export { loadCorpus, readManifest, type CorpusEntry } from './load.js';
export { detectLanguage, detectParagraphLanguage, type LanguageProfile } from './detect.js';
export {
  detectScript,
  countScriptCharacters,
  isTraditionalCharacter,
  openccToSimplified,
  traditionalToSimplified,
  type ScriptCounts,
} from './script.js';
