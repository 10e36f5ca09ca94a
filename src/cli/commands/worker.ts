// `silkalign worker --queue redis://HOST:PORT`: takes units of `silkalign run --queue` jobs from
// the BullMQ queue on that Redis server and computes them, until stopped (Ctrl-C or SIGTERM:
// within seconds, its units in hand back in the queue) or the server stays out of reach (exit 2).
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { ExitReporter } from './command.js';

interface WorkerOptions {
  queue: string;
  queueName: string;
  concurrency: string;
  lockDuration: string;
  stalledInterval: string;
  connectTimeout: string;
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
    .option('--connect-timeout <s>', 'give up (exit 2) when the server cannot be reached, or is lost, for this many seconds', '30')
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
      const connectTimeout = number('--connect-timeout', opts.connectTimeout, 1) * 1000;
      const { serveQueue, parseRedisUrl } = await import('../../queue/index.js');
      const { countOf } = await import('../../wording.js');
      parseRedisUrl(opts.queue);
      const log = opts.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
      // The first SIGINT or SIGTERM stops the worker (its units go back to the queue); a second one ends it at once.
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        log?.(`silkalign worker: ${signal}: stopping`);
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const { done } = await serveQueue({ url: opts.queue, queueName: opts.queueName, concurrency, lockDuration, stalledInterval, connectTimeout, log, signal: stop.signal });
        log?.(`silkalign worker: stopped after ${countOf(done, 'unit')}`);
      } finally {
        // Closed connections of BullMQ and ioredis may keep timers for seconds more (a blocking
        // read's deadline, a socket's close): nothing is left to do, so they do not delay the exit.
        setTimeout(() => process.exit(), 500).unref();
      }
    });
}
