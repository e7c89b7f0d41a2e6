import type { HandlerPorts } from '../handlers/ports';
import { createRoutes, type Routes, UNKNOWN_ACTION } from '../handlers/routes';
import type { Config } from './config';
import type { Database } from './db/database';
import { createInboxRepository } from './db/repositories/inbox-repository';
import { createKvRepository } from './db/repositories/kv-repository';
import { createOutboxRepository, type NewOutboxMessage } from './db/repositories/outbox-repository';
import type { CardActionResult } from './domain/chat/reply';
import type { CardActionUpdate, MessageUpdate, Update } from './domain/chat/update';
import { replyToSender, toRecipient } from './intake/outgoing';
import { createSenderRateLimiter, type SenderLimits } from './intake/sender-rate-limit';
import { createWorkQueue } from './intake/work-queue';
import type { LarkClient } from './lark/client';
import { createDispatcher, type Dispatcher } from './outbox/dispatcher';
import { createPacer } from './outbox/pacer';

/** A stored event is retried this often before it is parked as failed. */
const MAX_PROCESS_ATTEMPTS = 5;
/** Events still pending this long after arrival were cut off (crash, lost waitUntil): resume them. */
export const RESUME_AFTER_MS = 30_000;
/** The scheduled work (deadlines) runs at most this often, however often the runtime ticks. */
export const SCHEDULED_EVERY_MS = 60_000;
/** What the scheduler's messages are keyed under: their keys carry the notification's idempotency key. */
export const SCHEDULER_EVENT_ID = 'scheduler';
/** Card callbacks must be answered within Lark's 3 s; keep a margin for the network. */
export const CARD_BUDGET_MS = 2500;

/** Everything the app needs at run time, built once per process (or Worker isolate). */
export interface RuntimeOptions {
  config: Config;
  database: Database;
  lark: LarkClient | null;
  now?: () => number;
  ports: HandlerPorts;
  routes?: Routes;
  log?: (line: string) => void;
  /** Per-sender flood limits (20 messages a minute, 5 complaints an hour by default). */
  senderLimits?: SenderLimits;
  /**
   * How many stored events are processed at once. Processing always starts after the webhook's answer;
   * a bound keeps a burst from starving the acknowledgements (Node). Unbounded by default (Workers).
   */
  processConcurrency?: number;
}

/** The bot's behaviour behind the transport: intake, processing, card actions, the outbox, the scheduler. */
export function createRuntime(options: RuntimeOptions) {
  const { config, database, lark } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  const routes = options.routes ?? createRoutes();
  const { ports } = options;
  const inbox = createInboxRepository(database.db);
  const senderLimit = createSenderRateLimiter({
    store: createKvRepository(database.db),
    limits: options.senderLimits,
  });
  const work = createWorkQueue(options.processConcurrency ?? Number.POSITIVE_INFINITY, RESUME_AFTER_MS);
  const outbox = createOutboxRepository(database.db);
  const local = config.mode === 'local' || lark === null;
  const dispatcher: Dispatcher | null = lark
    ? createDispatcher({ outbox, lark, pacer: createPacer(), now })
    : null;
  let botOpenId: string | null = null;
  let lastScheduledAt = Number.NEGATIVE_INFINITY;

  async function enqueue(messages: NewOutboxMessage[]) {
    await outbox.enqueue(messages, now(), local);
  }

  async function runMessage(update: MessageUpdate): Promise<NewOutboxMessage[]> {
    const gate = await senderLimit.admit(update, now());
    if (gate.type === 'limited') return gate.notice ? [await replyToSender(update, gate.notice)] : [];
    const result = await routes.message({ update, ports, now: now() });
    const messages: NewOutboxMessage[] = [];
    if (result.reply) messages.push(await replyToSender(update, result.reply));
    for (const out of result.also ?? []) messages.push(await toRecipient(update.eventId, out));
    return messages;
  }

  /** Handles one stored update and records the outcome; true when it is done. */
  async function processOnce(id: number, update: Update): Promise<boolean> {
    try {
      if (update.kind === 'message') await enqueue(await runMessage(update));
      await inbox.markDone(id, now());
      return true;
    } catch (error) {
      const message = error instanceof Error ? `${error.message}` : String(error);
      log(`processing event ${update.eventId} failed: ${message}`);
      await inbox.markAttemptFailed(id, message, MAX_PROCESS_ATTEMPTS);
      return false;
    }
  }

  /** Runs one stored update to completion, then sends its messages; safe to repeat (uuids, idempotent writes). */
  async function processStored(id: number, update: Update): Promise<void> {
    if (await work.run(() => processOnce(id, update))) await flush();
  }

  async function flush(): Promise<void> {
    if (!dispatcher) return;
    try {
      await dispatcher.flush();
    } catch (error) {
      log(`outbox flush failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function runCardAction(update: CardActionUpdate): Promise<CardActionResult> {
    const action = typeof update.value.action === 'string' ? update.value.action : '';
    const handler = routes.cardActions[action];
    if (!handler) return UNKNOWN_ACTION;
    const result = await handler({ update, ports, now: now() });
    if (result.also?.length) {
      await enqueue(await Promise.all(result.also.map((out) => toRecipient(update.eventId, out))));
    }
    return result;
  }

  return {
    inbox,
    outbox,
    local,
    /** The handlers' ports, for the web pages and the API (the same ones the Lark handlers use). */
    ports,

    /** The bot's own open_id (to tell whether a group message @-mentions it); fetched once, then cached. */
    async botOpenId(): Promise<string | null> {
      if (botOpenId || !lark) return botOpenId;
      try {
        botOpenId = await lark.botOpenId();
      } catch (error) {
        log(`could not read the bot's open_id: ${error instanceof Error ? error.message : String(error)}`);
      }
      return botOpenId;
    },

    /** Durable intake: stores the update (deduplicated) before the webhook answers; null when seen before. */
    accept: (update: Update) => inbox.claim(update, now()),

    processStored,

    /**
     * Runs a card action inside the callback budget; a slow or failing handler still gets a toast.
     * The rest (a slow handler, sending its messages) goes to `defer`: waitUntil on Workers.
     */
    async handleCardAction(
      id: number | null,
      update: CardActionUpdate,
      defer: (task: Promise<unknown>) => void = (task) => void task,
    ): Promise<CardActionResult> {
      const work = runCardAction(update).then(
        async (result) => {
          if (id !== null) await inbox.markDone(id, now());
          return result;
        },
        (error: unknown): CardActionResult => {
          log(
            `card action ${update.eventId} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          return { toast: { type: 'error', text: '操作未能完成，请稍后重试。' } };
        },
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<CardActionResult>((resolve) => {
        timer = setTimeout(
          () => resolve({ toast: { type: 'info', text: '已收到，正在处理，请稍后查看卡片或消息。' } }),
          CARD_BUDGET_MS,
        );
      });
      const result = await Promise.race([work, late]);
      clearTimeout(timer);
      defer(work.then(() => flush()));
      return result;
    },

    /**
     * The scheduler's tick: resume cut-off events, run the scheduled work (deadlines), send what the outbox
     * holds. `orphansBefore`: events received before it are resumed at once, whatever their age (a restarted
     * Node process: nothing else is working on them). `scheduled`: a Cron Trigger, which already fires once a
     * minute, runs the deadline work every time (the in-memory throttle only paces Node's 5-second ticks).
     */
    async tick(options: { orphansBefore?: number; scheduled?: boolean } = {}): Promise<void> {
      const cutoff = Math.max(now() - RESUME_AFTER_MS, options.orphansBefore ?? 0);
      // In arrival order, one after the other; what they send goes out in the one flush below.
      for (const item of await inbox.pending(cutoff, 100)) {
        await work
          .run(() => processOnce(item.id, item.update))
          .catch((error: unknown) => {
            log(
              `resuming event ${item.update.eventId} failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          });
      }
      if (routes.scheduled && (options.scheduled || now() - lastScheduledAt >= SCHEDULED_EVERY_MS)) {
        lastScheduledAt = now();
        try {
          const due = await routes.scheduled({ ports, now: now() });
          await enqueue(await Promise.all(due.map((out) => toRecipient(SCHEDULER_EVENT_ID, out))));
        } catch (error) {
          log(`scheduled work failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      await flush();
    },

    flush,
  };
}

/** The runtime's port, as the transport sees it. */
export type Runtime = ReturnType<typeof createRuntime>;
