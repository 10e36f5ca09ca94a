// `silkalign normalize FILE`: prints the normalised text.
import type { Command } from 'commander';
import { readSourceFile } from '../../corpus/index.js';
import { normalizeDocument } from '../../normalize/index.js';
import { writeReport } from '../io.js';
import type { ExitReporter } from './index.js';

export function registerNormalize(program: Command, _report: ExitReporter): void {
  program
    .command('normalize')
    .description('print the normalised text (zh: Simplified, glosses and boilerplate removed; en: boilerplate removed)')
    .argument('<file>', 'document to normalise (- for stdin)')
    .option('--keep-boilerplate', 'do not remove page chrome')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .action(async (file: string, opts: { keepBoilerplate?: boolean; output?: string }) => {
      const source = await readSourceFile(file);
      const doc = normalizeDocument(source.text, { keepBoilerplate: opts.keepBoilerplate });
      await writeReport(opts.output, doc.text.endsWith('\n') ? doc.text : doc.text + '\n');
    });
}
