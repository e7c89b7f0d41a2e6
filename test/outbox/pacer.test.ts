import { describe, expect, it } from 'vitest';
import { createPacer, LARK_LIMITS } from '../../src/outbox/pacer';
import { createTestClock } from '../support/clock';

/** A pacer on a manual clock whose sleep moves the clock, so waits are exact and instant. */
function pacedClock(limits = LARK_LIMITS) {
  const clock = createTestClock(0);
  const sleeps: number[] = [];
  const pacer = createPacer(limits, clock.now, async (ms) => {
    sleeps.push(ms);
    clock.advance(ms);
  });
  return { clock, sleeps, pacer };
}

describe('createPacer', () => {
  it('should let 5 sends to one receiver through at once and hold the 6th until the window passes', async () => {
    const { clock, pacer } = pacedClock();
    for (let i = 0; i < 5; i++) await pacer.acquire('chat_id:oc_a');
    expect(clock.now()).toBe(0);
    await pacer.acquire('chat_id:oc_a');
    expect(clock.now()).toBe(LARK_LIMITS.windowMs);
  });

  it('should not hold other receivers back for a busy one', async () => {
    const { clock, pacer } = pacedClock();
    for (let i = 0; i < 5; i++) await pacer.acquire('open_id:ou_a');
    await pacer.acquire('open_id:ou_b');
    expect(clock.now()).toBe(0);
  });

  it('should keep the whole app under its per-app limit', async () => {
    const { clock, pacer } = pacedClock();
    for (let i = 0; i < LARK_LIMITS.perApp; i++) await pacer.acquire(`open_id:ou_${i}`);
    expect(clock.now()).toBe(0);
    await pacer.acquire('open_id:ou_extra');
    expect(clock.now()).toBe(LARK_LIMITS.windowMs);
  });

  it('should stay under 50 per second and 5 per receiver in every window of a long run', async () => {
    const { clock, pacer } = pacedClock();
    const sends: { at: number; receiver: string }[] = [];
    for (let i = 0; i < 400; i++) {
      const receiver = `chat_id:oc_${i % 7}`;
      await pacer.acquire(receiver);
      sends.push({ at: clock.now(), receiver });
    }
    for (const s of sends) {
      const inWindow = sends.filter((o) => o.at >= s.at && o.at < s.at + 1000);
      expect(inWindow.length).toBeLessThanOrEqual(50);
      expect(inWindow.filter((o) => o.receiver === s.receiver).length).toBeLessThanOrEqual(5);
    }
  });

  it('should keep the app under 1000 sends a minute as well', async () => {
    const { clock, pacer } = pacedClock();
    const times: number[] = [];
    for (let i = 0; i < 1100; i++) {
      await pacer.acquire(`open_id:ou_${i}`);
      times.push(clock.now());
    }
    for (const [i, at] of times.entries()) {
      const inMinute = times.slice(i).filter((t) => t < at + 60_000);
      expect(inMinute.length).toBeLessThanOrEqual(1000);
    }
    expect(times[1099]! - times[0]!).toBeGreaterThanOrEqual(60_000);
  });

  it('should hold every send for the time a 429 asked for, on its own clock', async () => {
    const { clock, pacer } = pacedClock();
    clock.set(10_000);
    pacer.pauseFor(3000);
    await pacer.acquire('open_id:ou_a');
    expect(clock.now()).toBe(13_000);
  });
});
