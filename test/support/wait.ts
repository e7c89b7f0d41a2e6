// Bounded polling for conditions that become true asynchronously (background work, child processes).

/** Options of `waitFor`: how long to wait in total and how often to look. */
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Said in the error when the condition never holds (a function is read at that moment). */
  what?: string | (() => string);
}

/**
 * Polls `probe` until it returns something other than `undefined`, `null` or `false`, and returns it;
 * throws after `timeoutMs` with the last error the probe threw, if any.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  { timeoutMs = 5000, intervalMs = 10, what = 'condition' }: WaitOptions = {},
): Promise<Exclude<T, undefined | null | false>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false)
        return value as Exclude<T, undefined | null | false>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
      const described = typeof what === 'function' ? what() : what;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${described}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
