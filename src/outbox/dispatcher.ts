import type { OutboxRepository, OutboxRow } from '../db/repositories/outbox-repository';
import { type LarkClient, LarkSendError } from '../lark/client';
import type { Pacer } from './pacer';

/** After this many failed attempts a message is parked as `failed` for a human to look at. */
export const MAX_SEND_ATTEMPTS = 10;

/** Backoff for the n-th failed attempt: exponential from 1 s, capped at 10 minutes, with jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(600_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Sends what the outbox holds, paced to Lark's limits, retrying 5xx/429 with backoff (honouring
 * x-ogw-ratelimit-reset). One flush runs at a time; a request during a flush makes it go round again.
 */
export function createDispatcher(deps: {
  outbox: OutboxRepository;
  lark: LarkClient;
  pacer: Pacer;
  now: () => number;
  concurrency?: number;
  onError?: (row: OutboxRow, error: LarkSendError) => void;
}) {
  const concurrency = deps.concurrency ?? 16;
  let running: Promise<void> | null = null;
  let again = false;

  async function sendOne(row: OutboxRow): Promise<boolean> {
    const answered = await deps.pacer.acquire(`${row.receiveIdType}:${row.receiveId}`);
    try {
      const { messageId } = await deps.lark
        .send({
          uuid: row.uuid,
          receiveIdType: row.receiveIdType,
          receiveId: row.receiveId,
          replyTo: row.replyTo,
          replyInThread: row.replyInThread,
          msgType: row.msgType,
          content: row.content,
        })
        .finally(answered);
      await deps.outbox.markSent(row.id, messageId, deps.now());
      return true;
    } catch (caught) {
      const error =
        caught instanceof LarkSendError ? caught : new LarkSendError(String(caught), true, null, null);
      const attempts = row.attempts + 1;
      const now = deps.now();
      if (error.retryAfterMs !== null) deps.pacer.pauseFor(error.retryAfterMs);
      const wait = error.retryAfterMs ?? backoffMs(attempts);
      const giveUp = !error.retryable || attempts >= MAX_SEND_ATTEMPTS;
      await deps.outbox.markRetry(row.id, attempts, now + wait, error.message, giveUp);
      deps.onError?.(row, error);
      return false;
    }
  }

  /** Sends one receiver's rows in order; after a failure the rest wait, so nobody sees them out of order. */
  async function sendInOrder(rows: OutboxRow[]) {
    for (const row of rows) {
      if (!(await sendOne(row))) return;
    }
  }

  async function drain() {
    for (;;) {
      again = false;
      const rows = await deps.outbox.due(deps.now(), 500);
      if (rows.length === 0 && !again) return;
      const byReceiver = new Map<string, OutboxRow[]>();
      for (const row of rows) {
        const key = `${row.receiveIdType}:${row.receiveId}`;
        byReceiver.set(key, [...(byReceiver.get(key) ?? []), row]);
      }
      const queues = [...byReceiver.values()];
      let next = 0;
      const workers = Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
        while (next < queues.length) await sendInOrder(queues[next++]!);
      });
      await Promise.all(workers);
      // Rows that failed are due later; stop unless new work arrived meanwhile.
      if (!again && rows.length < 500) return;
    }
  }

  return {
    /** Sends everything due now; resolves when the outbox has nothing due (or only later retries). */
    flush(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = drain().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** The dispatcher's port. */
export type Dispatcher = ReturnType<typeof createDispatcher>;
