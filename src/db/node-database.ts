import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Database, Db, Statement } from './database';
import * as schema from './schema';

/** Opens (or creates) the SQLite file, applies pending migrations and returns the shared Database. */
export function openNodeDatabase(path: string, migrationsFolder = 'drizzle'): Database & { close(): void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  const runAll = sqlite.transaction((statements: Statement[]) => {
    for (const statement of statements) (statement as unknown as { run(): void }).run();
  });
  return {
    db: db as unknown as Db,
    driver: 'better-sqlite3',
    atomic: async (statements) => {
      runAll(statements);
    },
    close: () => sqlite.close(),
  };
}
