import type { Context } from 'hono';

const inFlight = new Set<Promise<unknown>>();

/** Runs work after the response: `waitUntil` on Workers; on Node the promise runs on and is tracked. */
export function runAfterResponse(c: Context, task: Promise<unknown>): void {
  const tracked = task.catch(() => undefined).finally(() => inFlight.delete(tracked));
  inFlight.add(tracked);
  try {
    c.executionCtx.waitUntil(tracked);
  } catch {
    // Node has no execution context: the tracked promise keeps running on its own.
  }
}

/** Resolves when everything started by `runAfterResponse` has finished (graceful shutdown, tests). */
export async function settleBackgroundWork(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
