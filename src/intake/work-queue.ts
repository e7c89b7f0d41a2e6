// Processing after the 200: each task starts on a later macrotask, so the webhook's ack path never runs
// handler code inline, and at most `concurrency` run at once, so a burst of events cannot starve the
// acknowledgements of the events behind it (the backlog waits in the durable inbox instead).

/** A queue of deferred tasks; `run` settles with the task's own outcome, or rejects when it overruns. */
export interface WorkQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks waiting or running. */
  readonly size: number;
}

/** Thrown by `run` when a task held its slot longer than the queue's timeout (it is not cancelled). */
export class WorkTimeoutError extends Error {}

/**
 * Creates a work queue. `concurrency` Infinity only defers (on Workers every task stays in its own
 * request). A task still running after `timeoutMs` gives its slot back, so a hung handler cannot stall
 * the queue; the stored event it was working on is resumed later like any cut-off work.
 */
export function createWorkQueue(concurrency: number, timeoutMs = 30_000): WorkQueue {
  const waiting: (() => void)[] = [];
  let active = 0;

  function startNext() {
    while (active < concurrency && waiting.length > 0) {
      const start = waiting.shift()!;
      active += 1;
      setTimeout(start, 0);
    }
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          let released = false;
          const release = () => {
            if (released) return;
            released = true;
            clearTimeout(timer);
            active -= 1;
            startNext();
          };
          const timer = setTimeout(() => {
            release();
            reject(new WorkTimeoutError(`task still running after ${timeoutMs} ms`));
          }, timeoutMs);
          Promise.resolve().then(task).then(resolve, reject).finally(release);
        });
        startNext();
      });
    },
    get size() {
      return waiting.length + active;
    },
  };
}
