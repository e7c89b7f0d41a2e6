// Lark's gateway limits as the fake enforces them: sliding windows per app, per minute and per receiver.
import type { FakeRateLimits } from './fake-lark-types';

/** A sliding-window counter: `wait` answers 0 while a slot is free, else the ms until one frees; `take` uses it. */
function createWindow(limit: number, windowMs: number) {
  let times: number[] = [];
  return {
    wait(now: number): number {
      times = times.filter((t) => t > now - windowMs);
      return times.length < limit ? 0 : times[0]! + windowMs - now;
    },
    take(now: number) {
      times.push(now);
    },
  };
}

/** The fake's rate limiter: `admit` answers 0 and counts the call, or the ms until it would be allowed. */
export function createRateLimiter(limits: FakeRateLimits) {
  let app = createWindow(limits.perApp, limits.windowMs);
  let minute = Number.isFinite(limits.perMinute) ? createWindow(limits.perMinute, 60_000) : null;
  let receivers = new Map<string, ReturnType<typeof createWindow>>();
  return {
    limits,
    admit(receiver: string, at: number): number {
      let mine = receivers.get(receiver);
      if (!mine) {
        mine = createWindow(limits.perReceiver, limits.windowMs);
        receivers.set(receiver, mine);
      }
      const wait = Math.max(app.wait(at), mine.wait(at), minute?.wait(at) ?? 0);
      if (wait > 0) return wait;
      app.take(at);
      minute?.take(at);
      mine.take(at);
      return 0;
    },
    reset() {
      app = createWindow(limits.perApp, limits.windowMs);
      minute = Number.isFinite(limits.perMinute) ? createWindow(limits.perMinute, 60_000) : null;
      receivers = new Map();
    },
  };
}
