// Waiting for a result unless a stop comes first, without racing the result against a promise
// that outlives the wait. `Promise.race([result, stopped])` leaves a reaction on `stopped` that
// holds the race's own promise, and with it the result, for as long as `stopped` is pending: a
// whole run, every unit's data (issue 16: `run --jobs 2` kept 0.7 MB per unit, 1.7 GB over
// 2,000 units). Here the only link to the long-lived signal is a listener removed on settling.

/** `work`'s outcome, or, when `signal` aborts first, `onAbort()`'s value (its error, if it throws). */
export function unlessAborted<T, A = never>(work: Promise<T>, signal: AbortSignal | undefined, onAbort: () => A): Promise<T | A> {
  if (!signal) return work;
  return new Promise<T | A>((resolve, reject) => {
    const stop = () => {
      try {
        resolve(onAbort());
      } catch (err) {
        reject(err);
      }
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
