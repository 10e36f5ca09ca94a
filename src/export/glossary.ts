// Glossary exports for CAT tools: TBX (TBX-Basic, TBX v3 core structure) and the OmegaT glossary
// format (source<TAB>target<TAB>comment, Chinese source). Entry order as in the glossary file,
// no dates: the same glossary gives the same bytes.
import { NAME_TYPES, type GlossaryEntry } from '../glossary/index.js';
import { escapeXml } from '../escape.js';

export interface GlossaryExportOptions {
  /** Version of silkalign, named in the TBX header. */
  toolVersion: string;
}

function periods(entry: GlossaryEntry): string | undefined {
  if (!entry.valid) return undefined;
  return entry.valid.map((p) => `${p.from ?? '…'} to ${p.to ?? '…'}`).join('; ');
}

function termSec(term: string, pos: string, status: string, notes: string[], indent: string): string[] {
  return [
    `${indent}<termSec>`,
    `${indent}  <term>${escapeXml(term)}</term>`,
    `${indent}  <termNote type="partOfSpeech">${pos}</termNote>`,
    `${indent}  <termNote type="administrativeStatus">${status}</termNote>`,
    ...notes.map((n) => `${indent}  <note>${escapeXml(n)}</note>`),
    `${indent}</termSec>`,
  ];
}

/** TBX-Basic (TBX v3, DCA style): one conceptEntry per glossary entry; garbles as deprecated terms. */
export function formatGlossaryTbx(entries: readonly GlossaryEntry[], options: GlossaryExportOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <sourceDesc><p>silkalign ${escapeXml(options.toolVersion)} curated glossary: names and set phrases of China–Central Asia (C+C5) statements</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of entries) {
    const pos = NAME_TYPES.has(entry.type) ? 'properNoun' : 'noun';
    const conceptNotes = [`type: ${entry.type}`, `source: ${entry.source}`];
    const valid = periods(entry);
    if (valid) conceptNotes.push(`in use: ${valid}`);
    if (entry.note) conceptNotes.push(entry.note);
    lines.push(`      <conceptEntry id="${escapeXml(entry.id)}">`);
    lines.push(`        <descrip type="subjectField">${escapeXml(entry.type)}</descrip>`);
    lines.push(...conceptNotes.map((n) => `        <note>${escapeXml(n)}</note>`));
    for (const [lang, forms] of [['zh-Hans', entry.zhHans], ['zh-Hant', entry.zhHant]] as const) {
      if (forms.length === 0) continue;
      lines.push(`        <langSec xml:lang="${lang}">`);
      forms.forEach((form, i) => lines.push(...termSec(form, pos, i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts', [], '          ')));
      lines.push('        </langSec>');
    }
    lines.push('        <langSec xml:lang="en">');
    lines.push(...termSec(entry.preferred, pos, 'preferredTerm-admn-sts', [], '          '));
    for (const variant of entry.variants) lines.push(...termSec(variant, pos, 'admittedTerm-admn-sts', [], '          '));
    for (const garble of entry.garbles) {
      const notes = [`${garble.kind}: write “${garble.correction}”${garble.safe ? ' (safe to replace)' : ''}`];
      if (garble.context?.zh) notes.push(`only where the Chinese says ${garble.context.zh.join(' or ')}`);
      if (garble.note) notes.push(garble.note);
      lines.push(...termSec(garble.text, pos, 'deprecatedTerm-admn-sts', notes, '          '));
    }
    lines.push('        </langSec>', '      </conceptEntry>');
  }
  lines.push('    </body>', '  </text>', '</tbx>', '');
  return lines.join('\n');
}

/** Tabs and line breaks cannot appear inside an OmegaT glossary field. */
function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/**
 * OmegaT glossary (UTF-8 tab-separated): one row per Chinese form (Simplified, then
 * Traditional), target the preferred English, comment the accepted variants and the forms to avoid.
 * Entries without a Chinese form have no row.
 */
export function formatGlossaryOmegaT(entries: readonly GlossaryEntry[]): string {
  const rows: string[] = [];
  for (const entry of entries) {
    const comment: string[] = [entry.type];
    if (entry.variants.length) comment.push(`also: ${entry.variants.join('; ')}`);
    if (entry.garbles.length) comment.push(`avoid: ${entry.garbles.map((g) => `${g.text} → ${g.correction}`).join('; ')}`);
    const valid = periods(entry);
    if (valid) comment.push(`in use: ${valid}`);
    const seen = new Set<string>();
    for (const zh of [...entry.zhHans, ...entry.zhHant]) {
      if (seen.has(zh)) continue;
      seen.add(zh);
      rows.push([tsvField(zh), tsvField(entry.preferred), tsvField(comment.join(' | '))].join('\t'));
    }
  }
  return rows.length ? rows.join('\n') + '\n' : '';
}
