// Worker thread entry of `run`: runs the units the main thread sends, one at a time, and posts
// each unit's files back (see pool.ts for the messages).
import { serveJobs } from './pool.js';
import { runUnit } from './unit-job.js';

serveJobs(runUnit);
