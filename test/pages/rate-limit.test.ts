import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/transport/pages/rate-limit';
import { createTestClock } from '../support/clock';

describe('rate limiter', () => {
  it('should allow `limit` hits per sliding window and say how long to wait', () => {
    const clock = createTestClock(0);
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: clock.now });
    expect(limiter.hit('a').ok).toBe(true);
    clock.advance(10_000);
    expect(limiter.hit('a').ok).toBe(true);
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.hit('b').ok).toBe(true);
    clock.advance(50_001);
    expect(limiter.hit('a').ok).toBe(true);
  });

  it('should forget the longest-idle clients beyond its size', () => {
    const clock = createTestClock(0);
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now, maxKeys: 2 });
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect(limiter.hit('a').ok).toBe(true);
    expect(limiter.hit('c').ok).toBe(false);
  });
});
