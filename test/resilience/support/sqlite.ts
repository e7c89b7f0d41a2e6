// Looks into a SQLite file another process (or app) is writing: read-only, one query at a time.
import BetterSqlite3 from 'better-sqlite3';

/** Runs one read-only query against the file and returns its rows. */
export function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** How many rows `sql` (a `select count(*) as n …`) counts. */
export function count(dbPath: string, sql: string, ...params: unknown[]): number {
  return query<{ n: number }>(dbPath, sql, ...params)[0]?.n ?? 0;
}
