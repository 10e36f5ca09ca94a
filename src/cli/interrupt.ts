// Ctrl-C for long work: SIGINT (or SIGTERM, as from a service manager or `timeout`) aborts a
// signal the work watches (worker pools stop, staging files are removed, queued jobs are taken
// back) and whatever the work then throws becomes one InterruptedError (exit 130, or 143 for
// SIGTERM) saying what was left as it was. Later signals during the clean-up are ignored.
import { InterruptedError } from '../errors.js';

export async function interruptible<T>(leftAsItWas: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    received ??= signal;
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // Work that finished despite a late Ctrl-C wrote its output whole: that stands.
    return await work(controller.signal);
  } catch (err) {
    if (received === 'SIGTERM') throw new InterruptedError(`terminated; ${leftAsItWas}`, 143);
    if (controller.signal.aborted) throw new InterruptedError(`interrupted; ${leftAsItWas}`);
    throw err;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
