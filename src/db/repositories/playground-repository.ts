// Read-only queries behind the local playground: what was typed in, and what the bot sent back.
import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../database';
import { inboundEvents, outbox } from '../schema';

/** A message typed into the playground, as stored in the durable inbox. */
export interface PlaygroundMessage {
  eventId: string;
  messageId: string | null;
  text: string;
  receivedAt: number;
}

/** The playground's view of the inbox and the outbox; nothing here writes. */
export function createPlaygroundRepository(db: Db) {
  return {
    /** The newest messages typed into the playground under one event-id prefix, oldest first. */
    async playgroundMessages(eventPrefix: string, limit: number): Promise<PlaygroundMessage[]> {
      const rows = await db
        .select({
          eventId: inboundEvents.eventId,
          messageId: inboundEvents.messageId,
          update: inboundEvents.update,
          receivedAt: inboundEvents.receivedAt,
        })
        .from(inboundEvents)
        .where(and(eq(inboundEvents.kind, 'message'), like(inboundEvents.eventId, `${eventPrefix}%`)))
        .orderBy(desc(inboundEvents.id))
        .limit(limit);
      return rows.reverse().map((r) => {
        let text = '';
        try {
          const parsed = JSON.parse(r.update) as { text?: unknown };
          text = typeof parsed.text === 'string' ? parsed.text : '';
        } catch {
          // A row we cannot read shows as an empty message.
        }
        return { eventId: r.eventId, messageId: r.messageId, text, receivedAt: r.receivedAt };
      });
    },

    /** The newest outbox messages addressed to any of the given receivers, oldest first. */
    async outboxTo(receiveIds: string[], limit: number) {
      const rows = await db
        .select()
        .from(outbox)
        .where(inArray(outbox.receiveId, receiveIds))
        .orderBy(desc(outbox.id))
        .limit(limit);
      return rows.reverse();
    },
  };
}

/** The playground's read port. */
export type PlaygroundRepository = ReturnType<typeof createPlaygroundRepository>;
