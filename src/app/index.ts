// The application layer: what silkalign does, as functions of plain inputs (texts, options, a
// loaded glossary, decisions) returning data. The CLI, `run`, worker threads and the queue
// worker call these and nothing below them. The public entry of src/app.
export { GlossaryLoader, newJobEnvironment, type AppContext, type GlossarySource, type JobEnvironment } from './context.js';
export { documentDate, fileEntry, prepareDocument, prepareText, type PreparedDocument, type PrepareOptions } from './documents.js';
export { ManifestLookup } from './manifest.js';
export { pairPrepared, translationPairOf } from './pairing.js';
export { alignLines, alignTexts, splitLines, type AlignedView, type PairAlignOptions } from './align.js';
export { alignChinese, checkEnglish, checkInPairing, englishChecker, type AlignedChinese, type CheckOptions, type ChineseInput, type EnglishCheckOptions, type PreparedEnglish } from './check.js';
export { applyDecisionsToFiles, checkFile, planEnglishChecks, reportableFindings, type CheckFileJob, type CheckFileResult, type CheckPlan, type CheckPlanOptions } from './check-files.js';
export { fixEnglish, fixingRules, fixPrepared, type FixEnglishOptions } from './fix.js';
export { exportPair, pairSegments, type PairExport, type PairExportOptions } from './parallel.js';
export { lookupTerm, type TermLookup } from './glossary.js';
export { ALL_REPORTS_UP_TO_BYTES, defaultReportSelection, REPORT_SELECTIONS, type ReportSelection } from './reports.js';
export { analyseUnit, type DocumentResult, type EnglishReview, type PairResult, type UnitOptions, type UnitResult } from './unit.js';
export { reviewAlignment, type AlignmentReview } from './review.js';
export { AlignmentFileSchema, applyReviewChange, changeRefusal, ReviewChangeSchema, reviewView, type AlignmentFile, type ReviewChange, type ReviewView, type ViewBead } from './review-session.js';
