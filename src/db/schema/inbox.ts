import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Every accepted Lark event, written before the 200 so a crash right after the answer loses nothing. */
export const inboundEvents = sqliteTable(
  'inbound_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: text('event_id').notNull().unique(),
    // Lark may redeliver one message under a new event_id: the message id is the real dedupe key.
    messageId: text('message_id').unique(),
    kind: text('kind').notNull(),
    update: text('update_json').notNull(),
    status: text('status', { enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    receivedAt: integer('received_at').notNull(),
    processedAt: integer('processed_at'),
  },
  (t) => [index('inbound_events_status').on(t.status, t.receivedAt)],
);
