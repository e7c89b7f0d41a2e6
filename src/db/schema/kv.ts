import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small shared facts with an expiry (the bot's open_id, the tenant token, scheduler marks). */
export const kv = sqliteTable('kv', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  expiresAt: integer('expires_at'),
});
