// `silkalign export ZH EN --format tmx|tsv|jsonl|moses`: the pair's aligned sentence beads at
// or above --min-score as cleaned parallel text: normalised Chinese, English with the safe
// fixes (and reviewer decisions) applied, a score and a source each. With --corpus DIR instead
// of ZH EN: every pair of a corpus in one file (export-corpus.ts). The pipeline modules are
// imported when the command runs, not when the CLI starts.
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import type { AlignmentMode } from '../../align/index.js';
import type { ParallelSegment } from '../../export/index.js';
import { availableParallelism } from 'node:os';
import { InputError } from '../../errors.js';
import { writeFilesAtomic, writeReport } from '../io.js';
import { packageVersion } from '../package-info.js';
import type { ExitReporter } from './index.js';

const FORMATS = ['tmx', 'tsv', 'jsonl', 'moses'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface ExportOptions {
  format: ExportFormat;
  minScore: string;
  output?: string;
  glossary?: string;
  decisions?: string;
  mode: AlignmentMode;
  quiet?: boolean;
  corpus?: string;
  jobs: string;
  keepBoilerplate?: boolean;
}

const HELP_AFTER = `
Formats:
  tmx    TMX 1.4b, srclang zh-CN; one tu per bead with its score and source as props
  tsv    zh<TAB>en a line, no header; \\, tab, newline and CR inside a segment as \\\\, \\t, \\n, \\r
  jsonl  one {"zh", "en", "score", "source", "bead"} object a line
  moses  two files NAME.zh and NAME.en (line N translates line N): --output NAME is required
         and is the prefix; a line break inside a segment is written as U+2028

Corpus mode (--corpus DIR instead of ZH EN): every pair of the corpus folder (the counterparts
  its manifest.json declares and the pairs the pipeline's pairing finds, as \`run\` pairs them)
  in ONE file, pairs in the order of their ids, each segment's source "ZH_ID|EN_ID". Units are
  computed on --jobs worker threads; the output is the same for any number. The file is written
  through a temporary file and renamed at the end: Ctrl-C (exit 130) or an error leaves none.
  Reviewer decisions default to DIR/decisions.json; --output is required; the pairing chooses
  each pair's alignment mode. With the default --min-score 0.5 this is \`run\`'s parallel text.

Examples:
  silkalign export statement.zh.txt statement.en.txt --format tmx --output statement.tmx
  silkalign export zh.txt en.txt --format moses --min-score 0.7 --output corpus/train
  silkalign export --corpus corpus --format tsv --output corpus.tsv --jobs 4`;

export function registerExport(program: Command, _report: ExitReporter): void {
  program
    .command('export')
    .description('export a document pair (or, with --corpus, every pair of a corpus) as cleaned parallel text: tmx, tsv, jsonl or moses')
    .argument('[zh]', 'Chinese document')
    .argument('[en]', 'English document (its safe fixes are applied)')
    .option('--corpus <dir>', 'export every pair of this corpus folder into one file, instead of ZH EN')
    .option('--jobs <n>', 'with --corpus: worker threads (default: the number of cores)', String(availableParallelism()))
    .option('--keep-boilerplate', 'with --corpus: do not remove page chrome (as `run --keep-boilerplate`)')
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default('tmx'))
    .option('--min-score <x>', 'keep beads scored at least X (0..1)', '0.5')
    .option('-o, --output <file>', 'write to FILE instead of stdout (moses: the prefix NAME of NAME.zh and NAME.en)')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--decisions <file>', 'reviewer decisions (JSON): rejected findings are not fixed, edits applied')
    .addOption(new Option('--mode <mode>', 'alignment mode').choices(['auto', 'translation', 'comparable']).default('auto'))
    .option('--quiet', 'no summary or progress on stderr')
    .addHelpText('after', HELP_AFTER)
    .action(async (zhFile: string | undefined, enFile: string | undefined, opts: ExportOptions) => {
      const minScore = Number(opts.minScore);
      if (!/^\s*[\d.]+\s*$/.test(opts.minScore) || !(minScore >= 0 && minScore <= 1)) throw new InputError(`--min-score "${opts.minScore}" is not a number between 0 and 1`);
      if (opts.format === 'moses' && (opts.output === undefined || opts.output === '-')) {
        throw new InputError('--format moses writes two files: give --output NAME to get NAME.zh and NAME.en');
      }
      if (opts.corpus !== undefined) return exportCorpusAction(zhFile, opts, minScore);
      if (zhFile === undefined || enFile === undefined) throw new InputError('give a Chinese and an English document (export ZH EN), or a corpus folder with --corpus DIR');
      if (opts.keepBoilerplate) throw new InputError('--keep-boilerplate applies to --corpus only');
      if (zhFile === '-' && enFile === '-') throw new InputError('stdin (-) can be read only once');
      const { fileNameDate, readSourceFile } = await import('../../corpus/index.js');
      const { normalizeDocument, toSourceOffset } = await import('../../normalize/index.js');
      const { segmentParagraphs } = await import('../../segment/index.js');
      const { alignDocuments } = await import('../../align/index.js');
      const { checkEnglish } = await import('../../checks/index.js');
      const { loadGlossary } = await import('../../glossary/index.js');
      const { applyDecisions } = await import('../../fix/index.js');
      const { pairParallel, selectSegments } = await import('../../export/index.js');
      const { loadDecisionsFile } = await import('./fix-decisions.js');
      const zhSource = await readSourceFile(zhFile);
      const enSource = await readSourceFile(enFile);
      const decisions = await loadDecisionsFile(opts.decisions);
      const glossary = loadGlossary(opts.glossary);

      const zhDoc = normalizeDocument(zhSource.text, { language: 'zh' });
      const enDoc = normalizeDocument(enSource.text, { language: 'en' });
      const zhParagraphs = segmentParagraphs(zhDoc);
      const enParagraphs = segmentParagraphs(enDoc);
      const alignment = alignDocuments(zhParagraphs, enParagraphs, { mode: opts.mode });
      const findings = checkEnglish(enSource.text, {
        glossary,
        english: { normalized: enDoc, paragraphs: enParagraphs },
        chinese: { paragraphs: zhParagraphs, alignment },
        date: fileNameDate(enFile),
      });
      const decided = applyDecisions(enSource.text, findings, decisions.decisions);
      const all = pairParallel({
        zhSentences: zhParagraphs.flatMap((p) => p.sentences),
        enSentences: enParagraphs.flatMap((p) => p.sentences),
        enToSource: (n) => toSourceOffset(enDoc.offsets, n),
        beads: alignment.sentences,
        findings: decided.findings,
        source: `${basename(zhFile)}|${basename(enFile)}`,
      });
      const segments = selectSegments(all, minScore);
      if (!opts.quiet) {
        process.stderr.write(`silkalign: ${segments.length} of ${all.length} linked sentence beads scored ≥ ${minScore} (${alignment.mode} alignment)\n`);
      }
      await writeExport(segments, opts);
    });
}

async function exportCorpusAction(zhFile: string | undefined, opts: ExportOptions, minScore: number): Promise<void> {
  if (zhFile !== undefined) throw new InputError('--corpus exports a whole corpus folder: give either --corpus DIR or ZH EN, not both');
  if (opts.output === undefined || opts.output === '-') throw new InputError('--corpus writes a file: give --output FILE (moses: --output NAME for NAME.zh and NAME.en)');
  if (opts.mode !== 'auto') throw new InputError('--mode applies to ZH EN only: with --corpus the pairing chooses each pair\'s mode');
  const jobs = Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs "${opts.jobs}" is not a whole number of at least 1`);
  const { exportCorpus } = await import('./export-corpus.js');
  await exportCorpus({ ...opts, corpus: opts.corpus!, output: opts.output, minScore, jobs });
}

async function writeExport(segments: ParallelSegment[], opts: ExportOptions): Promise<void> {
  const { formatJsonl, formatMoses, formatTmx, formatTsv } = await import('../../export/index.js');
  switch (opts.format) {
    case 'tmx':
      return writeReport(opts.output, formatTmx(segments, { toolVersion: packageVersion() }));
    case 'tsv':
      return writeReport(opts.output, formatTsv(segments));
    case 'jsonl':
      return writeReport(opts.output, formatJsonl(segments));
    case 'moses': {
      const files = formatMoses(segments);
      await writeFilesAtomic([
        [`${opts.output}.zh`, files.zh],
        [`${opts.output}.en`, files.en],
      ]);
    }
  }
}
