// Lark caps sends at 50/s and 1000/min per app and 5/s per user or chat, answering 429 beyond: pace below all.

/** Limits for one pacer: how many sends per window, for the app and for each receiver. */
export interface PacerLimits {
  perApp: number;
  perReceiver: number;
  windowMs: number;
  /** Sends per app within 60 windows (Lark: 1000 per minute); unlimited when unset. */
  perAppPerMinute?: number;
}

/** Lark's documented limits, with a small margin for clock skew between us and Lark's gateway. */
export const LARK_LIMITS: PacerLimits = { perApp: 48, perReceiver: 5, windowMs: 1020, perAppPerMinute: 980 };

/** Sliding-window pacer: `acquire` resolves when a send to `receiver` stays within every limit. */
export function createPacer(
  limits: PacerLimits = LARK_LIMITS,
  clock: () => number = Date.now,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
) {
  const app: number[] = [];
  const minute: number[] = [];
  const perMinute = limits.perAppPerMinute ?? Number.POSITIVE_INFINITY;
  const minuteMs = limits.windowMs * 60;
  const receivers = new Map<string, number[]>();
  let blockedUntil = 0;

  const prune = (times: number[], now: number, windowMs = limits.windowMs) => {
    while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
  };

  /** Milliseconds to wait before a send to `receiver` is allowed, or 0 (and the slot is taken). */
  function tryTake(receiver: string): number {
    const now = clock();
    if (blockedUntil > now) return blockedUntil - now;
    prune(app, now);
    prune(minute, now, minuteMs);
    const mine = receivers.get(receiver) ?? [];
    prune(mine, now);
    const waits = [0];
    if (app.length >= limits.perApp) waits.push(app[0]! + limits.windowMs - now);
    if (minute.length >= perMinute) waits.push(minute[0]! + minuteMs - now);
    if (mine.length >= limits.perReceiver) waits.push(mine[0]! + limits.windowMs - now);
    const wait = Math.max(...waits);
    if (wait > 0) return wait;
    app.push(now);
    if (Number.isFinite(perMinute)) minute.push(now);
    mine.push(now);
    receivers.set(receiver, mine);
    if (receivers.size > 10_000) {
      for (const [key, times] of receivers) if (times.length === 0) receivers.delete(key);
    }
    return 0;
  }

  return {
    /** Waits until a send to `receiver` fits every limit, then takes the slot. */
    async acquire(receiver: string): Promise<void> {
      for (;;) {
        const wait = tryTake(receiver);
        if (wait === 0) return;
        await sleep(Math.max(1, wait));
      }
    },
    /** Holds every send for `ms` on the pacer's own clock (after a 429 that says when the limit resets). */
    pauseFor(ms: number) {
      blockedUntil = Math.max(blockedUntil, clock() + ms);
    },
  };
}

/** The pacer's port. */
export type Pacer = ReturnType<typeof createPacer>;
