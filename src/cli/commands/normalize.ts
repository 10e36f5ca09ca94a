// `silkalign normalize FILE`: prints the normalised text (or JSON with the removed blocks,
// paragraphs and sentences); a summary of removed boilerplate goes to stderr.
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { Language, NormalizedDocument, Paragraph, SourceText } from '../../types.js';
import { writeReport } from '../io.js';
import type { ExitReporter } from './command.js';

interface NormalizeFlags {
  keepBoilerplate?: boolean;
  taiwanVocabulary?: boolean;
  output?: string;
  format: string;
  language?: string;
  quiet?: boolean;
}

export function registerNormalize(program: Command, _report: ExitReporter): void {
  program
    .command('normalize')
    .description('print the normalised text (zh: Simplified, glosses and boilerplate removed; en: boilerplate removed)')
    .argument('<file>', 'document to normalise (- for stdin); UTF-8, UTF-16, GB18030 or Big5')
    .option('--keep-boilerplate', 'keep page chrome (menus, bylines, share buttons, copyright lines, …)')
    .option('--taiwan-vocabulary', 'also replace Taiwan vocabulary with Mainland words (資訊 → 信息, 網路 → 网络)')
    .option('--format <format>', 'text (the normalised text) or json (text, removed blocks, paragraphs, sentences)', 'text')
    .option('--language <language>', 'zh or en (default: detected)')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--quiet', 'no summary of removed boilerplate on stderr')
    .addHelpText(
      'after',
      `
Chinese: inline pinyin glosses such as 聯(lián) removed, Traditional converted to Simplified
(Taiwan and Hong Kong forms recognised), page chrome removed, punctuation made full-width
(，：；（）) except in numbers, white space tidied.
English: page chrome removed and white space tidied; nothing else (garbles are for \`check\`).
Each removed block is listed on stderr as "lines A-B rule: text".

Examples:
  silkalign normalize corpus/documents/2024-12-01_fifth-meeting-chengdu_joint-statement.zh.txt
  silkalign normalize statement.txt --format json | jq '.removed'
  cat page.txt | silkalign normalize - --keep-boilerplate
`,
    )
    .action(async (file: string, opts: NormalizeFlags) => {
      if (opts.format !== 'text' && opts.format !== 'json')
        throw new InputError(`unknown --format "${opts.format}"; use text or json`, { file });
      if (opts.language !== undefined && opts.language !== 'zh' && opts.language !== 'en')
        throw new InputError(`unknown --language "${opts.language}"; use zh or en`, { file });
      // Loaded here, not at start-up: the normaliser pulls in franc, OpenCC and pinyin data.
      const [{ readSourceFile }, { normalizeDocument }, { segmentParagraphs }, { countOf }] = await Promise.all([
        import('../../corpus/index.js'),
        import('../../normalize/index.js'),
        import('../../segment/index.js'),
        import('../../wording.js'),
      ]);
      const source = await readSourceFile(file);
      const doc = normalizeDocument(source.text, {
        keepBoilerplate: opts.keepBoilerplate,
        taiwanVocabulary: opts.taiwanVocabulary,
        language: opts.language as Language | undefined,
      });
      if (!opts.quiet) process.stderr.write(removalSummary(source.path, doc, countOf));
      const out =
        opts.format === 'json'
          ? JSON.stringify(normalizeJson(source, doc, segmentParagraphs(doc)), null, 2) + '\n'
          : doc.text + '\n';
      await writeReport(opts.output, out);
    });
}

function removalSummary(path: string, doc: NormalizedDocument, countOf: (n: number, noun: string) => string): string {
  if (doc.removed.length === 0) return '';
  const lines = doc.removed.map((b) => {
    const where = b.startLine === b.endLine ? `line ${b.startLine}` : `lines ${b.startLine}-${b.endLine}`;
    const first = b.text.split('\n')[0];
    const shown = first.length > 60 ? `${first.slice(0, 60)}…` : first;
    return `  ${where} ${b.rule}: ${shown}\n`;
  });
  return `silkalign: ${path}: removed ${countOf(doc.removed.length, 'boilerplate block')} (--keep-boilerplate keeps them)\n${lines.join('')}`;
}

function normalizeJson(source: SourceText, doc: NormalizedDocument, paragraphs: Paragraph[]) {
  return {
    version: 1,
    path: source.path,
    encoding: source.encoding,
    language: doc.language,
    script: doc.script,
    text: doc.text,
    removed: doc.removed,
    paragraphs,
    offsets: doc.offsets,
  };
}
