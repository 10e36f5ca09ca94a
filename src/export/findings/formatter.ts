// How a finding format is written: a header, each checked file's findings in turn, a footer.
// A format that must see everything first (SARIF lists files before results) keeps what it is
// given and writes it in its footer. The formats are listed in ./index.ts.
import type { FileFindings, Severity } from '../../types.js';

/** A rule as SARIF's tool.driver.rules lists it (from the checks' registry). */
export interface SarifRule {
  id: string;
  severity: Severity;
  doc: string;
}

export interface FindingsFormatOptions {
  /** ANSI colour in stylish output. */
  color?: boolean;
  /** Rules for SARIF's tool.driver.rules (the registry). */
  rules?: SarifRule[];
  toolVersion?: string;
}

export interface FindingsStream {
  header(): string;
  file(file: FileFindings): string;
  footer(): string;
}

export interface FindingsFormatter {
  /** The `--format` name. */
  name: string;
  description: string;
  open(options: FindingsFormatOptions): FindingsStream;
}

export function formatWith(formatter: FindingsFormatter, files: readonly FileFindings[], options: FindingsFormatOptions): string {
  const stream = formatter.open(options);
  return stream.header() + files.map((f) => stream.file(f)).join('') + stream.footer();
}
