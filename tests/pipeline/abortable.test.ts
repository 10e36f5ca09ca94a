// unlessAborted (src/pipeline/abortable.ts): a wait that a stop can end, which leaves nothing on
// the long-lived signal once it settles (a listener left there would keep the result alive).
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { unlessAborted } from '../../src/pipeline/index.js';

const never = new Promise<never>(() => {});

describe('unlessAborted', () => {
  it('gives the work’s value or error when no stop comes, and removes its listener', async () => {
    const controller = new AbortController();
    await expect(unlessAborted(Promise.resolve(7), controller.signal, () => 'stopped')).resolves.toBe(7);
    await expect(unlessAborted(Promise.reject(new Error('broken unit')), controller.signal, () => 'stopped')).rejects.toThrow('broken unit');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('gives onAbort’s value, or its error, when the signal aborts first', async () => {
    const controller = new AbortController();
    const value = unlessAborted(never, controller.signal, () => 'stopped');
    const error = unlessAborted(never, controller.signal, () => {
      throw new Error('interrupted');
    });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(2);
    controller.abort();
    await expect(value).resolves.toBe('stopped');
    await expect(error).rejects.toThrow('interrupted');
  });

  it('stops at once on a signal aborted already, and waits plainly without one', async () => {
    await expect(unlessAborted(never, AbortSignal.abort(), () => 'stopped')).resolves.toBe('stopped');
    await expect(unlessAborted(Promise.resolve('done'), undefined, () => 'stopped')).resolves.toBe('done');
  });
});
