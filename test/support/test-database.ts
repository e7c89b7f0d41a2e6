// A fresh SQLite database file with the migrations applied, for repository and dispatcher tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDatabase } from '../../src/db/node-database';
import { MIGRATIONS_DIR } from './node-app';

/** Opens a migrated database in a temporary directory; `close()` also removes the directory. */
export function openTestDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-db-'));
  const database = openNodeDatabase(join(dir, 'test.db'), MIGRATIONS_DIR);
  return {
    ...database,
    close() {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
