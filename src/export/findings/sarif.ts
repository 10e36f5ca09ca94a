// `--format sarif`: SARIF 2.1.0, one run; every registered rule under tool.driver.rules, each
// finding a result with ruleId, level, message and its region (and a fix when it is safe).
import type { FileFindings, Finding, Severity } from '../../types.js';
import type { FindingsFormatter, SarifRule } from './formatter.js';

export type { SarifRule };


export interface SarifOptions {
  rules: SarifRule[];
  toolVersion: string;
}

/** SARIF lists every file before every result: the log is written whole at the end. */
export const sarif: FindingsFormatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0 for code-scanning tools',
  open(options) {
    const files: FileFindings[] = [];
    return {
      header: () => '',
      file: (f) => {
        files.push(f);
        return '';
      },
      footer: () => findingsSarif(files, { rules: options.rules ?? [], toolVersion: options.toolVersion ?? '0.0.0' }),
    };
  },
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function findingsSarif(files: FileFindings[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((file) => file.findings.map((f) => sarifResult(file.path, f, ruleIndex.get(f.rule))));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'silkalign',
            version: options.toolVersion,
            informationUri: 'https://github.com/silkalign/silkalign#checks',
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.doc },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        artifacts: files.map((f) => ({ location: { uri: artifactUri(f.path) } })),
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifResult(path: string, f: Finding, ruleIndex: number | undefined): Record<string, unknown> {
  const artifactLocation = { uri: artifactUri(path) };
  const result: Record<string, unknown> = {
    ruleId: f.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: f.suggestions.length ? `${f.message} (suggestion: ${f.suggestions.join(' / ')})` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            charOffset: f.offset,
            charLength: f.length,
            snippet: { text: f.text },
          },
        },
      },
    ],
  };
  if (f.fix) {
    result.fixes = [
      {
        description: { text: f.fix.replacement ? `replace with “${f.fix.replacement}”` : 'delete' },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{ deletedRegion: { charOffset: f.fix.offset, charLength: f.fix.length }, insertedContent: { text: f.fix.replacement } }],
          },
        ],
      },
    ];
  }
  return result;
}

/** A relative URI reference for a file path (POSIX separators, percent-encoded). */
export function artifactUri(path: string): string {
  const posix = path === '-' ? 'stdin' : path.replace(/\\/g, '/');
  return encodeURI(posix).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
