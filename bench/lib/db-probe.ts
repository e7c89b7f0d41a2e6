// Reads a running server's SQLite file from the benchmark process (WAL lets a reader in beside it).
import BetterSqlite3 from 'better-sqlite3';

/** Counts rows of `table` matching an optional WHERE clause; the file is opened read-only per call. */
export function countRows(dbPath: string, table: string, where = '1 = 1'): number {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`select count(*) as n from ${table} where ${where}`).get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
