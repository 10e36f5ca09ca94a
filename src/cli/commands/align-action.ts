// The work of `silkalign align` (declared in align.ts): read, segment, align and format.
// Imported only when `align` runs.
import { alignLines, alignTexts } from '../../app/align.js';
import { detectLanguage, detectParagraphLanguage, readSourceFile } from '../../corpus/index.js';
import { formatAlignmentJson, formatAlignmentMarkdown, formatAlignmentTsv, formatBeadLines, isStopword, type AlignmentMode, type AlignmentView } from '../../align/index.js';
import { InputError } from '../../errors.js';
import { countOf } from '../../wording.js';
import type { SourceText } from '../../types.js';
import { writeReport } from '../io.js';

/** Options of `silkalign align` (declared in align.ts). */
export type Level = 'paragraph' | 'sentence';
export type Format = 'beads' | 'json' | 'tsv' | 'md';

export interface AlignOptions {
  level: Level;
  presegmented?: boolean;
  format: Format;
  maxBead?: number;
  mode: AlignmentMode;
  keepBoilerplate?: boolean;
  output?: string;
  quiet?: boolean;
}

export async function runAlign(zhFile: string, enFile: string, opts: AlignOptions): Promise<void> {
  if (zhFile === '-' && enFile === '-') throw new InputError('only one of ZH and EN can be - (stdin); give the other as a file');
  const warn = opts.quiet ? () => {} : (line: string) => process.stderr.write(`silkalign: ${line}\n`);
  const zhSource = await readSourceFile(zhFile);
  const enSource = await readSourceFile(enFile);
  warnOnLanguageOrder(zhSource, enSource, warn);
  const { view, mode } = opts.presegmented ? alignLines(zhSource, enSource, opts) : alignTexts(zhSource, enSource, opts);
  const level = opts.presegmented ? 'line' : opts.level;
  await writeReport(opts.output, formatView(view, opts.format, { level, mode, zhFile: zhSource.path, enFile: enSource.path }));
  const links = view.beads.filter((b) => b.zh.length && b.en.length).length;
  warn(`${view.zh.length} Chinese and ${countOf(view.en.length, `English ${level}`)}, ${countOf(view.beads.length, 'bead')} (${countOf(links, 'link')}), mode ${mode}`);
}

function formatView(view: AlignmentView, format: Format, meta: { level: string; mode: string; zhFile: string; enFile: string }): string {
  switch (format) {
    case 'beads':
      return formatBeadLines(view.beads);
    case 'json':
      return formatAlignmentJson(view, meta);
    case 'tsv':
      return formatAlignmentTsv(view);
    case 'md':
      return formatAlignmentMarkdown(view, { title: `Alignment of ${meta.zhFile} and ${meta.enFile}`, unit: meta.level });
  }
}

/** Arguments in the wrong order are common and silent otherwise: say so on stderr. */
function warnOnLanguageOrder(zh: SourceText, en: SourceText, warn: (line: string) => void): void {
  const zhLanguage = languageOf(zh.text);
  const enLanguage = languageOf(en.text);
  if (zhLanguage === 'en' && enLanguage === 'zh') {
    warn(`warning: ${zh.path} looks English and ${en.path} Chinese; the Chinese document comes first (silkalign align ZH EN)`);
  } else {
    if (zhLanguage !== 'zh') warn(`warning: ${zh.path} does not look Chinese (detected: ${zhLanguage})`);
    if (enLanguage !== 'en') warn(`warning: ${en.path} does not look English (detected: ${enLanguage})`);
  }
}

/** Characters read from a long file to tell its language: a few stretches spread over it. */
const SAMPLE_STRETCHES = 8;
const STRETCH = 500;
/** English prose is 35–55% stop words; French or German read as English, under 10%. */
const MIN_ENGLISH_STOPWORDS = 0.2;

/**
 * The language of a file from stretches spread over it (not the whole file). Latin script is
 * taken for English when stop words say so; only otherwise is the trigram model (franc, slow to
 * load) asked.
 */
function languageOf(text: string): string {
  let sample = text;
  if (text.length > SAMPLE_STRETCHES * STRETCH) {
    const step = Math.floor(text.length / SAMPLE_STRETCHES);
    sample = Array.from({ length: SAMPLE_STRETCHES }, (_, k) => text.slice(k * step, k * step + STRETCH)).join('\n');
  }
  const language = detectParagraphLanguage(sample, { otherLatinAs: 'en' }).language;
  if (language !== 'en') return language;
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  const stopwords = words.filter(isStopword).length;
  return stopwords >= MIN_ENGLISH_STOPWORDS * words.length ? 'en' : detectLanguage(sample);
}
