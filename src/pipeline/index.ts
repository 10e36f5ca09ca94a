// Running the application layer over many inputs: a corpus split into units, computed on worker
// threads (or by the queue's workers) and rendered once, in unit order, into the run's output;
// `export --corpus` over the same units; `check`'s files on the same threads. The public entry
// of src/pipeline.
export { corpusUnits, planCorpus, type CorpusPlan, type CorpusUnit } from './units.js';
export { runCorpus, runPipeline, type CorpusRun, type OutputTree, type RunOptions } from './run.js';
export { RunWriter, type OutputSink, type RunWriterOptions } from './run-writer.js';
export { exportCorpusPairs, type CorpusExport } from './export-corpus.js';
export { threadExecutor, THREAD_ENTRY, type Executor } from './executor.js';
export { computeJob, type JobResults, type PairSegments, type ResultOf, type ThreadJob, type UnitJob, type UnitSettings } from './jobs.js';
export { runOrdered, type OrderedJobs } from './ordered.js';
export { unlessAborted } from './abortable.js';
export { ThreadPool, serveJobs } from './threads.js';
export { PairOrder } from './pair-order.js';
export { documentRow, documentsSection, normalizedFile, type DocumentRow } from './render/documents.js';
export { alignmentFiles, pairRow, pairsSection, type PairRow } from './render/pairs.js';
export { englishFiles, pairReportFiles } from './render/reviews.js';
