// The aligner: document pairing, paragraph and sentence alignment with a confidence per bead.
// The public entry of src/align; other folders import only this file.
export {
  alignSegments,
  lexicalScorer,
  LexicalScorer,
  DEFAULT_WEIGHTS,
  checkWeightsShape,
  type BeadSearchOptions,
  type SegmentScorer,
  type ScorerFactory,
  type AlignWeights,
} from './beads/index.js';
export { AlignmentContext, createAlignmentContext, type AlignmentContextOptions } from './context.js';
export { loadLexicon, lexicalSimilarity, clearTextMemos, isStopword } from './lexicon/index.js';
export {
  alignDocuments,
  documentSentences,
  unlinkWeakBeads,
  type AlignmentMode,
  type DocumentAlignOptions,
  type DocumentAlignment,
  type ParagraphBead,
} from './documents.js';
export { linkComparable, type ComparableLinks } from './comparable.js';
export {
  pairDocuments,
  compareCandidates,
  PAIR_THRESHOLD,
  type PairingDocument,
  type Pairing,
  type DocumentPair,
  type PairCandidate,
  type PairRelation,
} from './pairing.js';
export { extractEventEvidence, extractDates, type EventEvidence, type TextDate } from './event-evidence.js';
export * from './format/index.js';
