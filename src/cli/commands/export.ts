// `silkalign export ZH EN --format tmx|tsv|jsonl|moses`: the pair's aligned sentence beads at
// or above --min-score as cleaned parallel text: normalised Chinese, English with the safe
// fixes (and reviewer decisions) applied, a score, a relation and a source each. The two
// documents are paired first as `run` pairs them: a pair that is not a translation is refused
// unless --comparable is given. With --corpus DIR instead of ZH EN: every translation pair of a
// corpus (and with --comparable its comparable pairs) in one file (export-corpus.ts). The
// pipeline modules are imported when the command runs, not when the CLI starts.
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import type { AlignmentMode } from '../../align/index.js';
import type { ParallelFormat } from '../../export/index.js';
import { availableParallelism } from 'node:os';
import { InputError } from '../../errors.js';
import { CONFIDENT_SCORE } from '../../scores.js';
import { writeFilesAtomic, writeReport } from '../io.js';
import { checkNotInput, outputTarget } from '../output-file.js';
import { packageVersion } from '../package-info.js';
import type { CommandPreparer, ExitReporter } from './command.js';

interface ExportOptions {
  format: string;
  minScore: string;
  output?: string;
  glossary?: string;
  decisions?: string;
  mode: AlignmentMode;
  comparable?: boolean;
  quiet?: boolean;
  corpus?: string;
  jobs: string;
  keepBoilerplate?: boolean;
}

/** The formats of the registry, one a line, for --help. */
const formatsHelp = (formats: readonly ParallelFormat[]) => formats.map((f) => `  ${f.name.padEnd(6)} ${f.description.replace(/\n/g, `\n${' '.repeat(9)}`)}`).join('\n');

const helpAfter = (formats: readonly ParallelFormat[]) => `
Formats:
${formatsHelp(formats)}

Pairing: ZH and EN are paired first, as \`run\` pairs a corpus (dates, meeting ordinals, names,
  the manifest's dates, events and counterparts when the files are in a corpus folder, and how
  much of the texts correspond). Two documents that are not a translation pair (comparable
  texts on one event, or no pair at all) are refused with their pair score and evidence (exit 2):
  their links are not translations. --comparable exports them anyway, every unit marked
  comparable (TMX <prop type="x-relation">, JSONL "relation"; TSV and Moses cannot say it).

Corpus mode (--corpus DIR instead of ZH EN): every translation pair of the corpus folder (the
  counterparts its manifest.json declares and the pairs the pipeline's pairing finds, as \`run\`
  pairs them) in ONE file, pairs in the order of their ids, each segment's source "ZH_ID|EN_ID".
  --comparable adds the comparable pairs' links, marked (tmx and jsonl only). Units are
  computed on --jobs worker threads; the output is the same for any number. The file is written
  through a temporary file and renamed at the end: Ctrl-C (exit 130) or an error leaves none.
  Reviewer decisions default to DIR/decisions.json; --output is required; the pairing chooses
  each pair's alignment mode. With the default --min-score ${CONFIDENT_SCORE} this is \`run\`'s parallel.*.

Examples:
  silkalign export statement.zh.txt statement.en.txt --format tmx --output statement.tmx
  silkalign export zh.txt en.txt --format moses --min-score 0.7 --output corpus/train
  silkalign export report.zh.txt report.en.txt --comparable --format jsonl
  silkalign export --corpus corpus --format tsv --output corpus.tsv --jobs 4`;

export function registerExport(program: Command, _report: ExitReporter): CommandPreparer {
  program
    .command('export')
    .description('export a document pair (or, with --corpus, every pair of a corpus) as cleaned parallel text: TMX, TSV, JSONL, Moses, …')
    .argument('[zh]', 'Chinese document')
    .argument('[en]', 'English document (its safe fixes are applied)')
    .option('--corpus <dir>', 'export every pair of this corpus folder into one file, instead of ZH EN')
    .option('--jobs <n>', 'with --corpus: worker threads (default: the number of cores)', String(availableParallelism()))
    .option('--keep-boilerplate', 'with --corpus: do not remove page chrome (as `run --keep-boilerplate`)')
    .addOption(new Option('--format <format>', 'output format (see Formats below)').default('tmx'))
    .option('--min-score <x>', 'keep beads scored at least X (0..1)', String(CONFIDENT_SCORE))
    .option('-o, --output <file>', 'write to FILE instead of stdout (moses: the prefix NAME of NAME.zh and NAME.en)')
    .option('--glossary <file>', 'glossary JSON (default: the curated corpus/glossary.json)')
    .option('--decisions <file>', 'reviewer decisions (JSON): rejected findings are not fixed, edits applied')
    .option('--comparable', 'export a pair that is not a translation (with --corpus: the comparable pairs too), every unit marked comparable')
    .addOption(new Option('--mode <mode>', 'alignment mode (auto: as the pairing finds the relation)').choices(['auto', 'translation', 'comparable']).default('auto'))
    .option('--quiet', 'no summary or progress on stderr')
    .action(async (zhFile: string | undefined, enFile: string | undefined, opts: ExportOptions) => {
      const minScore = Number(opts.minScore);
      if (!/^\s*[\d.]+\s*$/.test(opts.minScore) || !(minScore >= 0 && minScore <= 1)) throw new InputError(`--min-score "${opts.minScore}" is not a number between 0 and 1`);
      const { formatParallel, parallelFormat } = await import('../../export/index.js');
      const format = parallelFormat(opts.format)!;
      if (format.files.length > 1 && (opts.output === undefined || opts.output === '-')) {
        throw new InputError(`--format ${format.name} writes ${format.files.map((f) => `NAME${f}`).join(' and ')}: give --output NAME`);
      }
      if (opts.corpus !== undefined) return exportCorpusAction(zhFile, opts, format, minScore);
      if (zhFile === undefined || enFile === undefined) throw new InputError('give a Chinese and an English document (export ZH EN), or a corpus folder with --corpus DIR');
      if (opts.keepBoilerplate) throw new InputError('--keep-boilerplate applies to --corpus only');
      if (zhFile === '-' && enFile === '-') throw new InputError('stdin (-) can be read only once');
      // The output is refused before any work when it is an input or must not be replaced.
      const outputs = opts.output === undefined || opts.output === '-' ? [] : format.files.map((suffix) => `${opts.output}${suffix}`);
      await checkNotInput(outputs, [zhFile, enFile]);
      for (const output of outputs) await outputTarget(output);
      const { readSourceFile } = await import('../../corpus/index.js');
      const { countOf } = await import('../../wording.js');
      const { exportPair, GlossaryLoader, ManifestLookup } = await import('../../app/index.js');
      const { loadDecisionsFile } = await import('./decisions-file.js');
      const zhSource = await readSourceFile(zhFile);
      const enSource = await readSourceFile(enFile);
      const decisions = await loadDecisionsFile(opts.decisions);
      const manifests = new ManifestLookup();
      const exported = exportPair(zhSource, enSource, {
        glossary: new GlossaryLoader().load({ file: opts.glossary }),
        decisions: decisions.decisions,
        mode: opts.mode,
        minScore,
        comparable: opts.comparable,
        zhEntry: await manifests.entryOf(zhFile),
        enEntry: await manifests.entryOf(enFile),
        source: `${basename(zhFile)}|${basename(enFile)}`,
      });
      if (!opts.quiet) {
        const relation = exported.relation === 'translation' ? 'a translation pair' : 'comparable texts, every unit marked comparable';
        process.stderr.write(
          `silkalign: ${exported.segments.length} of ${countOf(exported.linked, 'linked sentence bead')} scored ≥ ${minScore} (${relation}: pair score ${exported.candidate.score.toFixed(2)}; ${exported.mode} alignment)\n`,
        );
      }
      const files = formatParallel(format, exported.segments, { toolVersion: packageVersion() });
      if (format.files.length === 1) return writeReport(opts.output, files[0]);
      // Several files (Moses): replaced together or not at all.
      await writeFilesAtomic(format.files.map((suffix, i) => [`${opts.output}${suffix}`, files[i]]));
    });
  // The formats come from the export registry, loaded only when `export` runs (cold start).
  return async (command) => {
    const { parallelFormats } = await import('../../export/index.js');
    command.options.find((o) => o.long === '--format')?.choices(parallelFormats.map((f) => f.name));
    command.addHelpText('after', helpAfter(parallelFormats));
  };
}

async function exportCorpusAction(zhFile: string | undefined, opts: ExportOptions, format: ParallelFormat, minScore: number): Promise<void> {
  if (zhFile !== undefined) throw new InputError('--corpus exports a whole corpus folder: give either --corpus DIR or ZH EN, not both');
  if (opts.output === undefined || opts.output === '-') throw new InputError('--corpus writes a file: give --output FILE (moses: --output NAME for NAME.zh and NAME.en)');
  if (opts.mode !== 'auto') throw new InputError('--mode applies to ZH EN only: with --corpus the pairing chooses each pair\'s mode');
  if (opts.comparable && !format.marksRelation) {
    throw new InputError(`--corpus --comparable mixes translation and comparable links, which --format ${format.name} cannot tell apart: use --format tmx or jsonl (each unit says its relation), or \`silkalign run\`, which writes comparable links to comparable.* files of their own`);
  }
  const jobs = Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs "${opts.jobs}" is not a whole number of at least 1`);
  const { exportCorpus } = await import('./export-corpus.js');
  await exportCorpus({ ...opts, format, corpus: opts.corpus!, output: opts.output, minScore, jobs });
}
