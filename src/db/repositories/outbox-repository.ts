import { and, asc, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { OutboundMessage } from '../../lark/client';
import type { Db, Statement } from '../database';
import { outbox } from '../schema';

/** A message to persist: the wire message plus why it is sent (for the playground and the dashboard). */
export interface NewOutboxMessage extends OutboundMessage {
  purpose: string;
  ticketCode?: string | null;
}

/** A persisted message as the dispatcher and the playground see it. */
export type OutboxRow = typeof outbox.$inferSelect;

/** Persistence for outbound messages; `uuid` makes enqueueing the same message twice a no-op. */
export function createOutboxRepository(db: Db) {
  const insert = (m: NewOutboxMessage, now: number, local: boolean) =>
    db
      .insert(outbox)
      .values({
        uuid: m.uuid,
        receiveIdType: m.receiveIdType,
        receiveId: m.receiveId,
        replyTo: m.replyTo,
        replyInThread: m.replyInThread,
        msgType: m.msgType,
        content: m.content,
        purpose: m.purpose,
        ticketCode: m.ticketCode ?? null,
        status: local ? 'local' : 'pending',
        nextAttemptAt: now,
        createdAt: now,
      })
      .onConflictDoNothing();

  return {
    /** The insert statement, for writing messages atomically with other changes. */
    enqueueStatement: (m: NewOutboxMessage, now: number, local: boolean): Statement => insert(m, now, local),

    /** Persists messages; in local mode they are kept (status `local`) instead of being sent. */
    async enqueue(messages: NewOutboxMessage[], now: number, local: boolean): Promise<void> {
      for (const m of messages) await insert(m, now, local);
    },

    /** Pending messages whose next attempt is due, oldest first. */
    async due(now: number, limit: number): Promise<OutboxRow[]> {
      return db
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(limit);
    },

    /** Records a delivered message. */
    async markSent(id: number, larkMessageId: string | null, now: number): Promise<void> {
      await db
        .update(outbox)
        .set({ status: 'sent', sentAt: now, larkMessageId, lastError: null })
        .where(eq(outbox.id, id));
    },

    /** Schedules another attempt, or gives up for good. */
    async markRetry(id: number, attempts: number, nextAttemptAt: number, error: string, giveUp: boolean) {
      await db
        .update(outbox)
        .set({
          attempts,
          nextAttemptAt,
          lastError: error.slice(0, 500),
          status: giveUp ? 'failed' : 'pending',
        })
        .where(eq(outbox.id, id));
    },

    /** The newest messages, for the playground's outbox view. */
    async recent(limit: number, statuses?: OutboxRow['status'][]): Promise<OutboxRow[]> {
      const q = db.select().from(outbox);
      const filtered = statuses ? q.where(inArray(outbox.status, statuses)) : q;
      return filtered.orderBy(desc(outbox.id)).limit(limit);
    },

    /** Messages sent to one receiver after a given id (the playground polls with it). */
    async since(afterId: number, limit: number): Promise<OutboxRow[]> {
      return db.select().from(outbox).where(gt(outbox.id, afterId)).orderBy(asc(outbox.id)).limit(limit);
    },
  };
}

/** The outbox's port. */
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
