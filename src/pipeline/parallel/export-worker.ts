// Worker thread entry of `silkalign export --corpus`: computes the units the main thread sends,
// one at a time, and posts each unit's pairs and segments back.
import { serveJobs } from './pool.js';
import { exportUnit } from './export-unit.js';

serveJobs(exportUnit);
