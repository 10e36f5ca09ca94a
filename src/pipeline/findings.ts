// Stage 3: checks every English document (with its paired Chinese when the pair is a
// translation) and writes <doc id>/findings.json and findings.md, and the documents ×
// rule-family summary of index.md. Reports (stage 4) take `byDocument` from here.
import type { Pairing } from '../align/index.js';
import { checkEnglish, ruleFamilies } from '../checks/index.js';
import { formatFindings, findingsMarkdown, findingsSummaryMarkdown } from '../export/index.js';
import { loadGlossary } from '../glossary/index.js';
import type { Finding } from '../types.js';
import type { CorpusDocument } from './documents.js';
import type { RunOptions } from './index.js';

export interface FindingsStage {
  /** English document id → its findings. */
  byDocument: Map<string, Finding[]>;
  files: Array<[string, string]>;
  section: string;
}

export function checkCorpus(documents: CorpusDocument[], pairing: Pairing, options: RunOptions = {}): FindingsStage {
  const glossary = loadGlossary();
  const byId = new Map(documents.map((d) => [d.entry.id, d]));
  const byDocument = new Map<string, Finding[]>();
  const files: Array<[string, string]> = [];
  const rows: Array<{ id: string; findings: Finding[]; crossLingual: boolean }> = [];
  for (const doc of documents) {
    if (doc.entry.language !== 'en') continue;
    const pair = pairing.pairs.find((p) => p.en === doc.entry.id && p.relation === 'translation');
    const zh = pair ? byId.get(pair.zh) : undefined;
    const findings = checkEnglish(doc.source.text, {
      glossary,
      date: doc.entry.date ?? fileNameDate(doc.entry.file),
      english: { normalized: doc.normalized, paragraphs: doc.paragraphs },
      chinese: pair && zh ? { paragraphs: zh.paragraphs, alignment: pair.alignment } : undefined,
    });
    byDocument.set(doc.entry.id, findings);
    const file = { path: doc.entry.file, findings };
    files.push([`${doc.entry.id}/findings.json`, formatFindings([file], 'json')]);
    files.push([`${doc.entry.id}/findings.md`, findingsMarkdown(file, doc.entry.id)]);
    rows.push({ id: doc.entry.id, findings, crossLingual: Boolean(pair && zh) });
    options.log?.(`silkalign: ${doc.entry.id}: ${findings.length} findings`);
  }
  return { byDocument, files, section: findingsSummaryMarkdown(rows, ruleFamilies) };
}

/** Corpus file names start with the date (2022-06-08_…): the fallback when the manifest has none. */
function fileNameDate(file: string): string | undefined {
  return /(?:^|\/)(\d{4}-\d{2}-\d{2})[_-][^/]*$/.exec(file)?.[1];
}
