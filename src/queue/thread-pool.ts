// A few worker threads that run units of the run job, so that the queue worker's own event
// loop stays free to renew its BullMQ job locks while a unit is being computed.
import { Worker } from 'node:worker_threads';
import type { JobMessage, ResultMessage } from '../pipeline/parallel/pool.js';
import type { UnitJob, UnitResult } from '../pipeline/parallel/unit-job.js';

export class UnitThreads {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(w: Worker) => void> = [];
  private readonly all: Worker[] = [];

  constructor(size: number, script: URL) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      this.all.push(w);
      this.idle.push(w);
    }
  }

  async run(job: UnitJob): Promise<UnitResult> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    try {
      const message: JobMessage<UnitJob> = { index: 0, job };
      const reply = await new Promise<ResultMessage<UnitResult>>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        // Ended by close() while computing (a worker that is stopping gives its unit back).
        worker.once('exit', () => reject(new Error('the unit thread was stopped')));
        worker.postMessage(message);
      });
      // runUnit reports its own errors in the result; a failure here is a bug in the thread.
      if ('jobFailed' in reply.result) throw new Error(reply.result.jobFailed);
      return reply.result;
    } finally {
      worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
