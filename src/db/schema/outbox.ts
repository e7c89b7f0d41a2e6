import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Every outbound message, persisted before it is sent and sent by the dispatcher at Lark's pace. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Lark's send idempotency key (≤ 50 chars): the same uuid is never delivered twice.
    uuid: text('uuid').notNull().unique(),
    receiveIdType: text('receive_id_type', { enum: ['open_id', 'chat_id'] }).notNull(),
    receiveId: text('receive_id').notNull(),
    replyTo: text('reply_to'),
    replyInThread: integer('reply_in_thread', { mode: 'boolean' }).notNull().default(false),
    msgType: text('msg_type', { enum: ['text', 'interactive'] }).notNull(),
    content: text('content').notNull(),
    purpose: text('purpose').notNull(),
    ticketCode: text('ticket_code'),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'local'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    lastError: text('last_error'),
    larkMessageId: text('lark_message_id'),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt), index('outbox_ticket').on(t.ticketCode)],
);
