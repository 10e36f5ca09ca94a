// The output of a run, rendered once from the units' data as they arrive in unit order: each
// document's and pair's files written at once and dropped from memory, the parallel text
// streamed pair by pair in id order (one writer per format of the registry and relation:
// translation pairs to parallel.*, comparable pairs' confident links to comparable.*), and the corpus
// index rendered at the end from the rows every unit added. The same code for one unit or
// thousands, on any number of threads or machines: the output cannot depend on how it was split.
import { compareCandidates, type PairCandidate, type PairRelation } from '../align/index.js';
import type { UnitResult } from '../app/index.js';
import { consistencyTable, ruleFamilies, type TermRendering } from '../checks/index.js';
import { countBySeverity, findingsSummaryRow, parallelFormats, runFileOf, type ParallelSegment, type ParallelStream } from '../export/index.js';
import { timed, type StageClock } from '../profile.js';
import { CONFIDENT_SCORE } from '../scores.js';
import { countOf } from '../wording.js';
import { indexHtml, indexMarkdown, type CorpusDocumentRow, type CorpusRows } from './render/corpus-index.js';
import { documentRow, normalizedFile } from './render/documents.js';
import { alignmentFiles, pairRow, type PairRow } from './render/pairs.js';
import { englishFiles, pairReportFiles } from './render/reviews.js';
import { PairOrder } from './pair-order.js';

/** Where a run's files go: a staged output folder, or memory. Paths are relative, POSIX. */
export interface OutputSink {
  write(path: string, content: string): void;
  /** Adds to the end of a file (the parallel text grows pair by pair). */
  append(path: string, content: string): void;
}

export interface RunWriterOptions {
  /** silkalign's version, for export headers. */
  toolVersion: string;
  /** The documents' ids in manifest order (default: the order the units give them). */
  documentOrder?: readonly string[];
  /** Told what each stage found (a run of one unit says so on stderr). */
  log?: (line: string) => void;
  /** Adds the units' stage times and times rendering and writing (`run --profile`). */
  clock?: StageClock;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The relations in the order their files are listed: parallel.* first. */
const RELATIONS: readonly PairRelation[] = ['translation', 'comparable'];

export class RunWriter {
  private readonly documents: CorpusDocumentRow[] = [];
  private readonly pairs: PairRow[] = [];
  private readonly candidates: PairCandidate[] = [];
  private readonly unpaired: string[] = [];
  /** Each reviewed document's renderings of names, for the corpus-wide consistency table. */
  private readonly renderings = new Map<string, readonly TermRendering[]>();
  private readonly parallel: Array<{ file: string; relation: PairRelation; stream: ParallelStream }>;
  private readonly order = new PairOrder<{ id: string; relation: PairRelation; segments: ParallelSegment[] }>();
  private started = false;

  constructor(
    private readonly sink: OutputSink,
    private readonly options: RunWriterOptions,
  ) {
    this.parallel = RELATIONS.flatMap((relation) =>
      parallelFormats.flatMap((f) => {
        const file = runFileOf(f, relation);
        return file ? [{ file, relation, stream: f.open({ toolVersion: options.toolVersion }) }] : [];
      }),
    );
  }

  /** One unit's data, in unit order; `declaredPair`: the unit is one pair the manifest declares. */
  addUnit(unit: UnitResult, declaredPair = false): void {
    this.start();
    if (unit.stageTimes) this.options.clock?.add(unit.stageTimes);
    if (this.options.log) logUnit(unit, this.options.log);
    const documents = new Map(unit.documents.map((d) => [d.document.entry.id, d]));
    for (const { document, review, reported } of unit.documents) {
      if (reported) this.write(this.render(() => [normalizedFile(document)]));
      const row: CorpusDocumentRow = { ...documentRow(document), reported };
      if (review) {
        if (reported) this.write(this.render(() => englishFiles(document, review)));
        const summary = findingsSummaryRow(document.entry.id, review.decided, ruleFamilies, { rejected: review.rejected, crossLingual: review.crossLingual });
        row.findings = { ...summary, bySeverity: countBySeverity(review.decided) };
        if (review.renderings) this.renderings.set(document.entry.id, review.renderings);
      }
      this.documents.push(row);
    }
    for (const { pair, segments, reported } of unit.pairs) {
      const zh = documents.get(pair.zh)!.document;
      const en = documents.get(pair.en)!;
      if (reported) this.write(this.render(() => [...alignmentFiles(pair, zh, en.document), ...pairReportFiles(pair, zh, en.document, en.review)]));
      const counts = countBySeverity(en.review?.decided ?? []);
      this.pairs.push({ ...pairRow(pair, counts.error, counts.warning, segments.length), reported });
    }
    this.candidates.push(...unit.candidates);
    this.unpaired.push(...unit.unpaired);
    for (const due of this.order.add(unit.pairs.map(({ pair, segments }) => ({ id: pair.id, relation: pair.relation, segments })), declaredPair)) this.writeSegments(due);
  }

  /** The rest of the parallel text and the corpus index. */
  finish(): void {
    this.start();
    for (const due of this.order.flush()) this.writeSegments(due);
    for (const p of this.parallel) this.append(p.file, this.render(() => p.stream.footer()[0]));
    const rows = this.rows();
    this.write(this.render((): Array<[string, string]> => [['index.md', indexMarkdown(rows)], ['index.html', indexHtml(rows)]]));
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (const p of this.parallel) this.append(p.file, this.render(() => p.stream.header()[0]));
  }

  private render<T>(work: () => T): T {
    return timed(this.options.clock, 'render', work);
  }

  private write(files: ReadonlyArray<[string, string]>): void {
    timed(this.options.clock, 'write', () => {
      for (const [path, content] of files) this.sink.write(path, content);
    });
  }

  private append(path: string, content: string): void {
    timed(this.options.clock, 'write', () => this.sink.append(path, content));
  }

  /** A pair's segments, to the files of its relation. */
  private writeSegments({ relation, segments }: { relation: PairRelation; segments: readonly ParallelSegment[] }): void {
    if (segments.length) for (const p of this.parallel) if (p.relation === relation) this.append(p.file, this.render(() => p.stream.segments(segments)[0]));
  }

  /** Everything the index shows, ordered as a run over the whole corpus at once orders it. */
  private rows(): CorpusRows {
    const position = new Map((this.options.documentOrder ?? []).map((id, i) => [id, i]));
    const at = (d: CorpusDocumentRow) => position.get(d.entry.id) ?? Number.MAX_SAFE_INTEGER;
    // A stable sort: documents the order does not name keep the order they came in.
    const documents = [...this.documents].sort((a, b) => at(a) - at(b));
    return {
      documents,
      pairs: [...this.pairs].sort(byId),
      unpaired: [...this.unpaired].sort(),
      candidates: [...this.candidates].sort(compareCandidates),
      parallelFiles: RELATIONS.map((relation) => ({ relation, files: this.parallel.filter((p) => p.relation === relation).map((p) => p.file) })),
      consistency: consistencyTable(documents.flatMap((d) => {
        const renderings = this.renderings.get(d.entry.id);
        return renderings ? [{ id: d.entry.id, renderings }] : [];
      })),
    };
  }
}

/** What each stage found in a unit, as a run of one unit reports it. */
function logUnit(unit: UnitResult, log: (line: string) => void): void {
  for (const { document: d } of unit.documents) log(`silkalign: ${d.entry.id}: ${countOf(d.paragraphs.length, 'paragraph')}, ${countOf(d.normalized.removed.length, 'boilerplate block')} removed`);
  log(`silkalign: ${countOf(unit.pairs.length, 'document pair')}, ${countOf(unit.unpaired.length, 'document')} without counterpart`);
  for (const { document: d, review } of unit.documents) {
    if (!review) continue;
    const rejected = review.rejected ? `, ${review.rejected} rejected by decisions` : '';
    log(`silkalign: ${d.entry.id}: ${countOf(review.decided.length, 'finding')}${rejected}`);
  }
  const links = (relation: PairRelation) => unit.pairs.reduce((n, p) => n + (p.pair.relation === relation ? p.segments.length : 0), 0);
  log(`silkalign: ${countOf(unit.pairs.length, 'review report')}, ${countOf(links('translation'), 'parallel segment')} and ${countOf(links('comparable'), 'comparable link')} (score ≥ ${CONFIDENT_SCORE})`);
}
