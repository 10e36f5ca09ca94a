// Worker thread entry of `silkalign check --jobs`: checks the English files the main thread
// sends, one at a time (see check-jobs.ts).
import { serveJobs } from '../../pipeline/parallel/index.js';
import { checkFileJob } from './check-jobs.js';

serveJobs(checkFileJob);
