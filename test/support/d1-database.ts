// D1 for tests that run in Node: Miniflare's local D1 (the same engine `wrangler dev` uses), with
// drizzle/'s migrations applied in journal order, wrapped by the app's own openD1Database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { openD1Database } from '../../src/db/d1-database';
import type { Database } from '../../src/db/database';
import { MIGRATIONS_DIR } from './node-app';

/** The SQL statements of every migration, in the order drizzle's journal lists them. */
export function migrationStatements(): string[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .flatMap((entry) =>
      readFileSync(join(MIGRATIONS_DIR, `${entry.tag}.sql`), 'utf8').split('--> statement-breakpoint'),
    )
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** An in-memory D1 with the migrations applied; `close()` disposes Miniflare. */
export async function openMiniflareD1(): Promise<{
  database: Database;
  binding: D1Database;
  close(): Promise<void>;
}> {
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response(null, { status: 204 }); } }',
    d1Databases: { DB: 'qinqing-test' },
    host: '127.0.0.1',
  });
  const binding = await mf.getD1Database('DB');
  await binding.batch(migrationStatements().map((sql) => binding.prepare(sql)));
  return { database: openD1Database(binding), binding, close: () => mf.dispose() };
}
