// The work of `silkalign glossary validate|export|lookup` (declared in glossary.ts). Imported
// only when a glossary command runs.
import { GlossaryLoader, lookupTerm, type TermLookup } from '../../app/index.js';
import { InputError } from '../../errors.js';
import { countOf } from '../../wording.js';
import { formatGlossaryOmegaT, formatGlossaryTbx } from '../../export/index.js';
import { glossaryTextProblems, readGlossaryText, type GlossaryEntry } from '../../glossary/index.js';
import { writeReport } from '../io.js';
import { packageVersion } from '../package-info.js';

export const exportFormats = ['tbx', 'omegat'] as const;

export function runValidate(file: string | undefined, opts: { glossary?: string }): void {
  const { file: path, raw } = readGlossaryText(file ?? opts.glossary);
  const problems = glossaryTextProblems(raw, path);
  if (problems.length) {
    process.stderr.write(problems.map((p) => `${p}\n`).join(''));
    throw new InputError(`invalid glossary: ${countOf(problems.length, 'problem')}`, { file: path });
  }
  const g = new GlossaryLoader().load({ file: path, text: raw });
  const count = (f: (e: GlossaryEntry) => number) => g.entries.reduce((n, e) => n + f(e), 0);
  process.stdout.write(
    `${path}: valid: ${g.entries.length} entries, ${count((e) => 1 + e.variants.length)} English forms, ` +
      `${count((e) => e.garbles.length)} garbles, ${count((e) => e.zhHans.length + e.zhHant.length)} Chinese forms, ${count((e) => e.examples.length)} examples\n`,
  );
}

export async function runExport(opts: { format: string; glossary?: string; output?: string }): Promise<void> {
  if (!(exportFormats as readonly string[]).includes(opts.format)) {
    throw new InputError(`unknown --format "${opts.format}"; use ${exportFormats.join(' or ')}`);
  }
  const g = new GlossaryLoader().load({ file: opts.glossary });
  const content = opts.format === 'tbx' ? formatGlossaryTbx(g.entries, { toolVersion: packageVersion() }) : formatGlossaryOmegaT(g.entries);
  await writeReport(opts.output, content);
}

/** Returns the exit code: 1 when the term is nowhere in the glossary. */
export async function runLookup(term: string, opts: { glossary?: string; format: string }): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') throw new InputError(`unknown --format "${opts.format}"; use text or json`);
  const g = new GlossaryLoader().load({ file: opts.glossary });
  const found = lookupTerm(g, term);
  const out =
    opts.format === 'json'
      ? JSON.stringify({ term, ...found, near: found.near.map((n) => ({ id: n.entry.id, form: n.form, score: n.score, method: n.method })) }, null, 2) + '\n'
      : describeLookup(term, found);
  await writeReport(undefined, out);
  return found.entries.length || found.near.length ? 0 : 1;
}

function describeLookup(term: string, found: TermLookup): string {
  if (!found.entries.length && !found.near.length) return `“${term}”: not in the glossary\n`;
  if (!found.entries.length) {
    return `“${term}”: not in the glossary; close to:\n` + found.near.map((n) => `  ${n.form} (${n.entry.id}, ${n.method} ${n.score})\n`).join('');
  }
  return found.entries.map((e) => describeEntry(term, e)).join('\n');
}

function describeEntry(term: string, e: GlossaryEntry & { matchedAs: string }): string {
  const lines = [`“${term}” is the ${e.matchedAs} form of ${e.id} (${e.type})`, `  preferred: ${e.preferred}`];
  if (e.variants.length) lines.push(`  accepted:  ${e.variants.join('; ')}`);
  if (e.zhHans.length || e.zhHant.length) lines.push(`  Chinese:   ${[...e.zhHans, ...e.zhHant.filter((t) => !e.zhHans.includes(t))].join('; ')}`);
  for (const g of e.garbles) {
    const where = g.context?.zh ? ` (only where the Chinese says ${g.context.zh.join(' or ')})` : '';
    const review = g.review ? ` (needs a reviewer: ${g.review === 'unverified' ? 'reading unverified' : 'sentence to rewrite'})` : '';
    lines.push(`  ${g.kind}: ${g.text} → ${g.correction}${g.safe ? ' (safe fix)' : ''}${review}${where}`);
  }
  if (e.valid) lines.push(`  in use:    ${e.valid.map((p) => `${p.from ?? '…'} to ${p.to ?? '…'}`).join('; ')}${e.sameAs ? ` (otherwise: ${e.sameAs})` : ''}`);
  lines.push(`  source:    ${e.source}`);
  if (e.note) lines.push(`  note:      ${e.note}`);
  return lines.join('\n') + '\n';
}
