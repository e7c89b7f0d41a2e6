import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Update } from '../../domain/chat/update';
import type { Db } from '../database';
import { inboundEvents } from '../schema';

/** A stored event waiting to be (re)processed. */
export interface InboxItem {
  id: number;
  update: Update;
  attempts: number;
}

/** The durable intake: claims events once (by event_id and message_id) and tracks their processing. */
export function createInboxRepository(db: Db) {
  // Prepared once: the claim runs on the webhook's ack path, where building SQL per call showed up.
  const claimStatement = db
    .insert(inboundEvents)
    .values({
      eventId: sql.placeholder('eventId'),
      messageId: sql.placeholder('messageId'),
      kind: sql.placeholder('kind'),
      update: sql.placeholder('update'),
      receivedAt: sql.placeholder('receivedAt'),
    })
    .onConflictDoNothing()
    .returning({ id: inboundEvents.id })
    .prepare();

  return {
    /** Stores the update unless its event or message was seen before; returns the new row id or null. */
    async claim(update: Update, now: number): Promise<number | null> {
      const rows = (await claimStatement.all({
        eventId: update.eventId,
        messageId: update.kind === 'message' ? update.messageId : null,
        kind: update.kind,
        update: JSON.stringify(update),
        receivedAt: now,
      })) as { id: number }[];
      return rows[0]?.id ?? null;
    },

    /** Records a finished event so a restart does not run it again. */
    async markDone(id: number, now: number): Promise<void> {
      await db
        .update(inboundEvents)
        .set({ status: 'done', processedAt: now })
        .where(eq(inboundEvents.id, id));
    },

    /** Records a failed attempt; after `maxAttempts` the event is parked as failed for a human to look at. */
    async markAttemptFailed(id: number, error: string, maxAttempts: number): Promise<void> {
      const [row] = await db
        .select({ attempts: inboundEvents.attempts })
        .from(inboundEvents)
        .where(eq(inboundEvents.id, id));
      const attempts = (row?.attempts ?? 0) + 1;
      await db
        .update(inboundEvents)
        .set({
          attempts,
          lastError: error.slice(0, 500),
          status: attempts >= maxAttempts ? 'failed' : 'pending',
        })
        .where(eq(inboundEvents.id, id));
    },

    /** Pending events received before `before` (cut off by a crash or a lost waitUntil), oldest first. */
    async pending(before: number, limit: number): Promise<InboxItem[]> {
      const rows = await db
        .select()
        .from(inboundEvents)
        .where(and(eq(inboundEvents.status, 'pending'), lt(inboundEvents.receivedAt, before)))
        .orderBy(inboundEvents.id)
        .limit(limit);
      return rows.map((r) => ({ id: r.id, update: JSON.parse(r.update) as Update, attempts: r.attempts }));
    },

    /** Whether an event or message id was already taken in (used by tests and diagnostics). */
    async seen(eventId: string, messageId?: string): Promise<boolean> {
      const rows = await db
        .select({ id: inboundEvents.id })
        .from(inboundEvents)
        .where(
          messageId
            ? or(eq(inboundEvents.eventId, eventId), eq(inboundEvents.messageId, messageId))
            : eq(inboundEvents.eventId, eventId),
        )
        .limit(1);
      return rows.length > 0;
    },
  };
}

/** The inbox's port, as the processing loop sees it. */
export type InboxRepository = ReturnType<typeof createInboxRepository>;
