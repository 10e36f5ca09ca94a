// The worker thread of every pool (see threads.ts): computes the jobs the main thread sends,
// one at a time, with a job environment (glossaries, the aligner's context) of its own.
import { newJobEnvironment } from '../app/index.js';
import { computeJob, type ThreadJob } from './jobs.js';
import { serveJobs } from './threads.js';

const env = newJobEnvironment();
serveJobs((job: ThreadJob) => computeJob(job, env));
