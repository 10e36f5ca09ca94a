// `silkalign worker --queue redis://HOST:PORT`: takes units of `silkalign run --queue` jobs from
// the BullMQ queue on that Redis server and computes them, until stopped (Ctrl-C or SIGTERM).
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { ExitReporter } from './command.js';

interface WorkerOptions {
  queue: string;
  queueName: string;
  concurrency: string;
  lockDuration: string;
  stalledInterval: string;
  quiet?: boolean;
}

export function registerWorker(program: Command, _report: ExitReporter): void {
  program
    .command('worker')
    .description('compute units of distributed `run --queue` jobs from a Redis queue, until stopped')
    .requiredOption('--queue <url>', 'the Redis server, redis://HOST:PORT[/DB]')
    .option('--queue-name <name>', 'queue name (the same as the run’s)', 'silkalign')
    .option('--concurrency <n>', 'units computed at once, each on its own thread', '1')
    .option('--lock-duration <ms>', 'job lock; a dead worker’s unit goes to another worker after it', '30000')
    .option('--stalled-interval <ms>', 'how often to look for units of dead workers', '30000')
    .option('--quiet', 'no log on stderr')
    .action(async (opts: WorkerOptions) => {
      const number = (flag: string, value: string, min: number) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min) throw new InputError(`${flag} "${value}" is not a whole number of at least ${min}`);
        return n;
      };
      const concurrency = number('--concurrency', opts.concurrency, 1);
      const lockDuration = number('--lock-duration', opts.lockDuration, 100);
      const stalledInterval = number('--stalled-interval', opts.stalledInterval, 100);
      const { serveQueue, parseRedisUrl } = await import('../../queue/index.js');
      const { countOf } = await import('../../wording.js');
      parseRedisUrl(opts.queue);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const log = opts.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
      const { done } = await serveQueue({ url: opts.queue, queueName: opts.queueName, concurrency, lockDuration, stalledInterval, log, signal: stop.signal });
      log?.(`silkalign worker: stopped after ${countOf(done, 'unit')}`);
    });
}
