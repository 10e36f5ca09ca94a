// `silkalign align ZH EN`: aligns two documents (or two files of pre-split segments) and
// prints the beads as beads, json, tsv or md.
import { Command, Option } from 'commander';
import { detectLanguage, readSourceFile } from '../../corpus/index.js';
import { normalizeDocument } from '../../normalize/index.js';
import { segmentParagraphs } from '../../segment/index.js';
import {
  alignDocuments,
  alignSegments,
  documentSentences,
  formatAlignmentJson,
  formatAlignmentMarkdown,
  formatAlignmentTsv,
  formatBeadLines,
  linkComparable,
  type AlignmentMode,
  type AlignmentView,
} from '../../align/index.js';
import { InputError } from '../../errors.js';
import type { SourceText } from '../../types.js';
import { writeReport } from '../io.js';
import type { ExitReporter } from './index.js';

type Level = 'paragraph' | 'sentence';
type Format = 'beads' | 'json' | 'tsv' | 'md';

interface AlignOptions {
  level: Level;
  presegmented?: boolean;
  format: Format;
  maxBead?: number;
  mode: AlignmentMode;
  keepBoilerplate?: boolean;
  output?: string;
  quiet?: boolean;
}

const HELP_AFTER = `
Segments:
  Without --presegmented both files are normalised and split into paragraphs and sentences;
  paragraphs are aligned first, then sentences inside each aligned paragraph group, and bead
  indices count paragraphs (--level paragraph) or sentences (--level sentence) from 0.
  With --presegmented each input line is one segment, blank lines included, exactly as given.

Formats:
  beads  one bead a line, Chinese side first, 0-based: [0,1]:[0]  ([]:[5] = no counterpart)
  json   the same beads with a score in [0, 1] each, and the segments they index
  tsv    zh_index, en_index, score, Chinese, English (header row; tabs and newlines escaped)
  md     a side-by-side Markdown table with scores; unmatched segments are shown as such

Examples:
  silkalign align statement.zh.txt statement.en.txt --format md
  silkalign align zh.lines en.lines --presegmented --format beads --output out.align
  cat zh.txt | silkalign align - en.txt --level paragraph --format json
`;

export function registerAlign(program: Command, _report: ExitReporter): void {
  program
    .command('align')
    .description('align a Chinese and an English document: paragraphs, then sentences, a score for each bead')
    .argument('<zh>', 'Chinese document (- for stdin)')
    .argument('<en>', 'English document (- for stdin)')
    .addOption(new Option('--level <level>', 'segments the beads link').choices(['paragraph', 'sentence']).default('sentence'))
    .option('--presegmented', 'each input line is one segment (blank lines too); nothing is re-split or dropped')
    .addOption(new Option('--format <format>', 'output format').choices(['beads', 'json', 'tsv', 'md']).default('beads'))
    .option('--max-bead <n>', 'largest number of segments on one side of a bead (1-6, default 4)', parseMaxBead)
    .addOption(
      new Option('--mode <mode>', 'translation: every segment linked where the bead search finds a counterpart; comparable: only clearly corresponding segments linked, the rest unmatched; auto: decide from the text (pre-split lines: translation)')
        .choices(['auto', 'translation', 'comparable'])
        .default('auto'),
    )
    .option('--keep-boilerplate', 'do not remove page chrome before aligning')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--quiet', 'no warnings or summary on stderr')
    .addHelpText('after', HELP_AFTER)
    .action(async (zhFile: string, enFile: string, opts: AlignOptions) => {
      if (zhFile === '-' && enFile === '-') throw new InputError('only one of ZH and EN can be - (stdin); give the other as a file');
      const warn = opts.quiet ? () => {} : (line: string) => process.stderr.write(`silkalign: ${line}\n`);
      const zhSource = await readSourceFile(zhFile);
      const enSource = await readSourceFile(enFile);
      warnOnLanguageOrder(zhSource, enSource, warn);
      const { view, mode } = opts.presegmented ? alignLines(zhSource, enSource, opts) : alignTexts(zhSource, enSource, opts);
      const level = opts.presegmented ? 'line' : opts.level;
      await writeReport(opts.output, formatView(view, opts.format, { level, mode, zhFile: zhSource.path, enFile: enSource.path }));
      const links = view.beads.filter((b) => b.zh.length && b.en.length).length;
      warn(`${view.zh.length} Chinese and ${view.en.length} English ${level}s, ${view.beads.length} beads (${links} links), mode ${mode}`);
    });
}

function parseMaxBead(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new InputError(`--max-bead must be a whole number from 1 to 6, not "${value}"`);
  return n;
}

/** Each line one segment; a final line ending does not open an extra empty segment. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function alignLines(zh: SourceText, en: SourceText, opts: AlignOptions): { view: AlignmentView; mode: string } {
  const zhLines = splitLines(zh.text);
  const enLines = splitLines(en.text);
  // Pre-split lines are taken for a translation unless --mode comparable says otherwise.
  if (opts.mode === 'comparable') return { view: { zh: zhLines, en: enLines, beads: linkComparable(zhLines, enLines).beads }, mode: 'comparable' };
  return { view: { zh: zhLines, en: enLines, beads: alignSegments(zhLines, enLines, { maxBead: opts.maxBead }) }, mode: 'translation' };
}

function alignTexts(zh: SourceText, en: SourceText, opts: AlignOptions): { view: AlignmentView; mode: string } {
  const zhParagraphs = segmentParagraphs(normalizeDocument(zh.text, { language: 'zh', keepBoilerplate: opts.keepBoilerplate }));
  const enParagraphs = segmentParagraphs(normalizeDocument(en.text, { language: 'en', keepBoilerplate: opts.keepBoilerplate }));
  const alignment = alignDocuments(zhParagraphs, enParagraphs, { maxBead: opts.maxBead, mode: opts.mode });
  const view: AlignmentView =
    opts.level === 'paragraph'
      ? { zh: zhParagraphs.map((p) => p.text), en: enParagraphs.map((p) => p.text), beads: alignment.paragraphs }
      : { zh: documentSentences(zhParagraphs), en: documentSentences(enParagraphs), beads: alignment.sentences };
  return { view: { ...view, beads: view.beads.map((b) => ({ zh: b.zh, en: b.en, score: b.score })) }, mode: alignment.mode };
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
  const zhLanguage = detectLanguage(zh.text);
  const enLanguage = detectLanguage(en.text);
  if (zhLanguage === 'en' && enLanguage === 'zh') {
    warn(`warning: ${zh.path} looks English and ${en.path} Chinese; the Chinese document comes first (silkalign align ZH EN)`);
  } else {
    if (zhLanguage !== 'zh') warn(`warning: ${zh.path} does not look Chinese (detected: ${zhLanguage})`);
    if (enLanguage !== 'en') warn(`warning: ${en.path} does not look English (detected: ${enLanguage})`);
  }
}
