import { drizzle } from 'drizzle-orm/d1';
import type { Database, Db, Statement } from './database';
import * as schema from './schema';

/** Wraps a D1 binding; D1 has no interactive transactions, so `atomic` is one `batch`. */
export function openD1Database(binding: D1Database): Database {
  const db = drizzle(binding, { schema });
  return {
    db: db as unknown as Db,
    driver: 'd1',
    atomic: async (statements) => {
      if (statements.length === 0) return;
      await db.batch(statements as [Statement, ...Statement[]]);
    },
  };
}
