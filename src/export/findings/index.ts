// Formatters over Finding[]: none of them knows a check. `formatFindings` picks one by name.
import type { FileFindings } from '../../types.js';
import { findingsJson } from './json.js';
import { findingsSarif, type SarifRule } from './sarif.js';
import { findingsStylish } from './stylish.js';

export type FindingsFormat = 'stylish' | 'json' | 'sarif';
export const findingsFormats: readonly FindingsFormat[] = ['stylish', 'json', 'sarif'];

export interface FormatOptions {
  /** ANSI colour in stylish output. */
  color?: boolean;
  /** Rules for SARIF's tool.driver.rules (the registry). */
  rules?: SarifRule[];
  toolVersion?: string;
}

export function formatFindings(files: FileFindings[], format: FindingsFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return findingsJson(files);
    case 'sarif':
      return findingsSarif(files, { rules: options.rules ?? [], toolVersion: options.toolVersion ?? '0.0.0' });
    case 'stylish':
      return findingsStylish(files, { color: options.color ?? false });
  }
}

export { findingsJson, findingsSarif, findingsStylish };
export { findingsMarkdown, findingsSummaryMarkdown } from './markdown.js';
export { artifactUri, type SarifRule } from './sarif.js';
