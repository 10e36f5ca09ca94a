// Worker thread entry: runs the units the main thread sends, one at a time, and posts each
// unit's files back.
import { parentPort } from 'node:worker_threads';
import { runUnit, type UnitJob } from './unit-job.js';

parentPort?.on('message', (job: UnitJob) => {
  void runUnit(job).then((result) => parentPort?.postMessage(result));
});
