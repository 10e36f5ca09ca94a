// Parallel text: a pair's linked sentence beads as segment pairs, the Chinese normalised and the
// English with its fixes (findings after reviewers' decisions) applied, each marked with what the
// two documents are to each other. `run`, `export --corpus` and `export ZH EN` build their
// segments here; `export ZH EN` first pairs its two documents as `run` pairs a corpus, so that
// it never presents the links of unrelated or merely comparable texts as translations.
import { AlignmentContext, alignDocuments, PAIR_THRESHOLD, type AlignmentMode, type DocumentPair, type PairCandidate, type PairRelation } from '../align/index.js';
import { detectLanguage } from '../corpus/index.js';
import { InputError } from '../errors.js';
import { pairParallel, selectSegments, type ParallelSegment } from '../export/index.js';
import { applyDecisions, type Decision } from '../fix/index.js';
import type { Glossary } from '../glossary/index.js';
import { toSourceOffset } from '../normalize/index.js';
import type { Bead, Finding, ManifestEntry, Paragraph, SourceText } from '../types.js';
import { checkEnglish, type PreparedEnglish } from './check.js';
import { fileEntry, prepareDocument, type PreparedDocument } from './documents.js';
import { pairPrepared } from './pairing.js';

/** A document pair's sentence beads as parallel segments (every linked bead, any score), marked with the pair's relation. */
export function pairSegments(pair: DocumentPair, zh: PreparedDocument, en: PreparedDocument, findings: readonly Finding[]): ParallelSegment[] {
  return linkedSegments(zh.paragraphs, en, pair.alignment.sentences, findings, `${pair.zh}|${pair.en}`, pair.relation);
}

function linkedSegments(zh: Paragraph[], en: PreparedEnglish, beads: readonly Bead[], findings: readonly Finding[], source: string, relation: PairRelation): ParallelSegment[] {
  return pairParallel({
    zhSentences: zh.flatMap((p) => p.sentences),
    enSentences: en.paragraphs.flatMap((p) => p.sentences),
    enToSource: (n) => toSourceOffset(en.normalized.offsets, n),
    beads,
    findings,
    source,
    relation,
  });
}

export interface PairExportOptions {
  glossary: Glossary;
  decisions: readonly Decision[];
  /** How to align: `auto` (the default) as the pairing finds the relation, as `run` does; or forced. */
  mode?: AlignmentMode;
  minScore: number;
  /**
   * Export a pair that is not a translation (comparable texts, or below the pairing threshold),
   * every segment marked `comparable`, instead of refusing it.
   */
  comparable?: boolean;
  /** What a corpus manifest says of each document (date, event, declared counterpart), when it does. */
  zhEntry?: ManifestEntry;
  enEntry?: ManifestEntry;
  /** The English document's date, for name validity (default: its manifest entry's or file name's). */
  date?: string;
  /** Each segment's `source`: `ZH|EN`. */
  source: string;
}

export interface PairExport {
  /** The linked beads scored at least `minScore`. */
  segments: ParallelSegment[];
  /** Linked beads before the score threshold. */
  linked: number;
  /** What the two documents are to each other; anything below the pairing threshold counts as comparable. */
  relation: PairRelation;
  /** The pairing's score and evidence for the two documents. */
  candidate: PairCandidate;
  /** How they were aligned. */
  mode: 'translation' | 'comparable';
}

/**
 * Two documents given as a pair (`export ZH EN`): paired as `run` pairs a corpus, then their
 * cleaned parallel text. Refused (InputError): a Chinese side that is not Chinese or an English
 * side that is Chinese, and, without `comparable`, a pair that is not a translation.
 */
export function exportPair(zhSource: SourceText, enSource: SourceText, options: PairExportOptions): PairExport {
  requireLanguages(zhSource, enSource);
  const declared = Boolean(options.zhEntry && options.enEntry && (options.zhEntry.counterpart === options.enEntry.id || options.enEntry.counterpart === options.zhEntry.id));
  const zh = prepareDocument(fileEntry(zhSource.path, 'zh', options.zhEntry, { id: 'zh', counterpart: declared ? 'en' : undefined }), zhSource);
  const en = prepareDocument(fileEntry(enSource.path, 'en', options.enEntry, { id: 'en', counterpart: declared ? 'zh' : undefined }), enSource);
  const context = new AlignmentContext();
  const pairing = pairPrepared([zh, en], context);
  const candidate = pairing.candidates[0];
  const pair = pairing.pairs[0];
  const relation = pair?.relation ?? 'comparable';
  if (relation !== 'translation' && !options.comparable) throw new InputError(notTranslation(zhSource.path, enSource.path, candidate, pair !== undefined));
  const mode = options.mode === undefined || options.mode === 'auto' ? relation : options.mode;
  const alignment = pair && pair.alignment.mode === mode ? pair.alignment : alignDocuments(zh.paragraphs, en.paragraphs, { mode, context });
  // As in a run, the English is checked against the Chinese only when it translates it.
  const findings = checkEnglish(enSource.text, {
    glossary: options.glossary,
    english: en,
    chinese: relation === 'translation' ? { paragraphs: zh.paragraphs, alignment } : undefined,
    date: options.date ?? en.entry.date,
  });
  const decided = applyDecisions(enSource.text, findings, options.decisions);
  const all = linkedSegments(zh.paragraphs, en, alignment.sentences, decided.findings, options.source, relation);
  return { segments: selectSegments(all, options.minScore), linked: all.length, relation, candidate, mode: alignment.mode };
}

/** The Chinese side must read as Chinese and the English side must not. */
function requireLanguages(zh: SourceText, en: SourceText): void {
  const zhLanguage = detectLanguage(zh.text);
  const enLanguage = detectLanguage(en.text);
  const name = (l: string) => (l === 'zh' ? 'Chinese' : l === 'en' ? 'English' : 'neither Chinese nor English');
  if (zhLanguage === 'zh' && enLanguage === 'zh') {
    throw new InputError(`${zh.path} and ${en.path} are both Chinese: give a Chinese document and its English counterpart`);
  }
  if (zhLanguage !== 'zh' && enLanguage === 'zh') {
    throw new InputError(`${zh.path} reads as ${name(zhLanguage)} and ${en.path} as Chinese: give the Chinese document first (export ${en.path} ${zh.path})`);
  }
  if (zhLanguage !== 'zh') {
    throw new InputError(`${zh.path} and ${en.path} are both ${zhLanguage === enLanguage ? name(zhLanguage) : 'not Chinese'}: give a Chinese document first, then its English counterpart`);
  }
}

function notTranslation(zhPath: string, enPath: string, candidate: PairCandidate, paired: boolean): string {
  const what = paired
    ? `comparable texts, not a translation pair (pair score ${candidate.score.toFixed(2)})`
    : `not a pair (pair score ${candidate.score.toFixed(2)}, below ${PAIR_THRESHOLD})`;
  return `${zhPath} and ${enPath} are ${what}: ${candidate.evidence.join('; ')}. Their links are not translations: give the English translation of ${zhPath}, or pass --comparable to export the links marked as comparable`;
}
