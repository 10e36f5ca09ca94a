// Formatters over Finding[], by name: none of them knows a check. `check --format` offers these;
// a new format is one module implementing FindingsFormatter, listed here.
import type { FileFindings } from '../../types.js';
import { formatWith, type FindingsFormatOptions, type FindingsFormatter } from './formatter.js';
import { json, findingsJson } from './json.js';
import { sarif, findingsSarif } from './sarif.js';
import { stylish, findingsStylish } from './stylish.js';

export const findingsFormatters: readonly FindingsFormatter[] = [stylish, json, sarif];

export type FindingsFormat = string;
export const findingsFormats: readonly FindingsFormat[] = findingsFormatters.map((f) => f.name);

export function findingsFormatter(name: string): FindingsFormatter | undefined {
  return findingsFormatters.find((f) => f.name === name);
}

export function formatFindings(files: FileFindings[], format: FindingsFormat, options: FindingsFormatOptions = {}): string {
  const formatter = findingsFormatter(format);
  if (!formatter) throw new Error(`unknown findings format "${format}"`);
  return formatWith(formatter, files, options);
}

export type { FindingsFormatOptions, FindingsFormatter, FindingsStream } from './formatter.js';
export { findingsJson, findingsSarif, findingsStylish };
export { findingsMarkdown, findingsSummaryMarkdown, findingsSummaryRow, type FindingsSummaryRow } from './markdown.js';
export { artifactUri, type SarifRule } from './sarif.js';
