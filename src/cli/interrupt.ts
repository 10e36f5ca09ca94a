// Ctrl-C for long work: SIGINT aborts a signal the work watches (worker pools stop, staging
// files are removed) and whatever the work then throws becomes one InterruptedError (exit 130)
// saying what was left as it was. Later Ctrl-Cs during the clean-up are ignored, not fatal.
import { InterruptedError } from '../errors.js';

export async function interruptible<T>(leftAsItWas: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on('SIGINT', onSigint);
  try {
    // Work that finished despite a late Ctrl-C wrote its output whole: that stands.
    return await work(controller.signal);
  } catch (err) {
    if (controller.signal.aborted) throw new InterruptedError(`interrupted; ${leftAsItWas}`);
    throw err;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
