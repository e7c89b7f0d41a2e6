/** What a rate limiter answers: go ahead, or wait this many seconds. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Limits per client key (an IP address): at most `limit` hits in any sliding window of `windowMs`. */
export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  /** Clients remembered at most; the longest-idle are forgotten first. */
  maxKeys?: number;
}

/**
 * An in-memory sliding-window log per client. Per process (or Worker isolate): enough to stop one
 * client from flooding the public forms; a shared limit across isolates would need Cloudflare's own.
 */
export function createRateLimiter(options: RateLimiterOptions) {
  const { limit, windowMs, now } = options;
  const maxKeys = options.maxKeys ?? 10_000;
  const hits = new Map<string, number[]>();

  return {
    /** Records one hit for `key` unless its window is full. */
    hit(key: string): RateDecision {
      const at = now();
      const recent = (hits.get(key) ?? []).filter((t) => t > at - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - at) / 1000)) };
      }
      recent.push(at);
      hits.delete(key);
      hits.set(key, recent);
      while (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
      return { ok: true };
    },
  };
}

/** One rate limiter's port. */
export type RateLimiter = ReturnType<typeof createRateLimiter>;
