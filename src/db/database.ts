import type { BatchItem } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/** Drizzle over either driver: every query in shared code is awaited, so it runs on both. */
export type Db = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;

/** A query built but not yet run, for `atomic`. */
export type Statement = BatchItem<'sqlite'>;

/** The database plus the one way to write several statements all-or-nothing on both drivers. */
export interface Database {
  db: Db;
  driver: 'better-sqlite3' | 'd1';
  /** Runs the statements in one transaction (sync transaction on better-sqlite3, `batch` on D1). */
  atomic(statements: Statement[]): Promise<void>;
}
