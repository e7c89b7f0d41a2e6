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

/** One send counted against the limits, timed when it was let through and again when Lark answered. */
interface Slot {
  at: number;
}

/**
 * Sliding-window pacer: `acquire` resolves when a send to `receiver` stays within every limit. Lark counts
 * a send when it arrives, somewhere between our start and its answer; so the function `acquire` resolves
 * with should be called once the answer is in: the slot is then counted from that later moment, and a
 * slow request (a token fetch, a slow network) cannot make the next window open early on Lark's side.
 */
export function createPacer(
  limits: PacerLimits = LARK_LIMITS,
  clock: () => number = Date.now,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
) {
  const app: Slot[] = [];
  const minute: Slot[] = [];
  const perMinute = limits.perAppPerMinute ?? Number.POSITIVE_INFINITY;
  const minuteMs = limits.windowMs * 60;
  const receivers = new Map<string, Slot[]>();
  let blockedUntil = 0;

  // Slots are re-timed when answered, so they are not in order: prune and look for the oldest by value.
  const prune = (slots: Slot[], now: number, windowMs = limits.windowMs) => {
    let kept = 0;
    for (const slot of slots) if (slot.at > now - windowMs) slots[kept++] = slot;
    slots.length = kept;
  };
  const oldest = (slots: Slot[]) => slots.reduce((min, s) => Math.min(min, s.at), Number.POSITIVE_INFINITY);

  /** Milliseconds to wait before a send to `receiver` is allowed, or the slot taken for it. */
  function tryTake(receiver: string): number | Slot {
    const now = clock();
    if (blockedUntil > now) return blockedUntil - now;
    prune(app, now);
    prune(minute, now, minuteMs);
    const mine = receivers.get(receiver) ?? [];
    prune(mine, now);
    const waits = [0];
    if (app.length >= limits.perApp) waits.push(oldest(app) + limits.windowMs - now);
    if (minute.length >= perMinute) waits.push(oldest(minute) + minuteMs - now);
    if (mine.length >= limits.perReceiver) waits.push(oldest(mine) + limits.windowMs - now);
    const wait = Math.max(...waits);
    if (wait > 0) return wait;
    const slot = { at: now };
    app.push(slot);
    if (Number.isFinite(perMinute)) minute.push(slot);
    mine.push(slot);
    receivers.set(receiver, mine);
    if (receivers.size > 10_000) {
      for (const [key, slots] of receivers) if (slots.length === 0) receivers.delete(key);
    }
    return slot;
  }

  return {
    /**
     * Waits until a send to `receiver` fits every limit and takes the slot; resolves with `answered`, to call
     * when Lark's answer (or the failure) is in.
     */
    async acquire(receiver: string): Promise<() => void> {
      for (;;) {
        const taken = tryTake(receiver);
        if (typeof taken !== 'number') {
          return () => {
            taken.at = Math.max(taken.at, clock());
          };
        }
        await sleep(Math.max(1, taken));
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
