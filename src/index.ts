// The library API: what `import … from 'silkalign'` gives.
export * from './types.js';
export { InputError } from './errors.js';
export { readSourceFile, decodeBytes, loadCorpus, detectLanguage, detectScript } from './corpus/index.js';
export { normalizeDocument, toSourceOffset } from './normalize/index.js';
export { segmentParagraphs, splitSentences } from './segment/index.js';
export {
  alignSegments,
  alignDocuments,
  pairDocuments,
  linkComparable,
  lexicalSimilarity,
  formatBeadLines,
  parseBeadLine,
  type BeadSearchOptions,
  type AlignmentMode,
  type DocumentAlignOptions,
  type DocumentAlignment,
  type ParagraphBead,
  type PairingDocument,
  type Pairing,
  type DocumentPair,
  type PairCandidate,
  type PairRelation,
} from './align/index.js';
