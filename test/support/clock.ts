// A clock tests pass in (never a global fake): read with `now`, moved with `advance` or `set`.

/** A manual clock for `now` parameters. */
export interface TestClock {
  now: () => number;
  advance(ms: number): number;
  set(ms: number): void;
}

/** Starts at `start` (real time by default) and only moves when told. */
export function createTestClock(start: number = Date.now()): TestClock {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
      return current;
    },
    set(ms) {
      current = ms;
    },
  };
}
