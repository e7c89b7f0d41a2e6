import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../database';
import { kv } from '../schema';

/** Small shared facts with an expiry in the `kv` table, seen alike by every process and Worker isolate. */
export function createKvRepository(db: Db) {
  return {
    /** The value under `key`, or null when there is none or it expired at or before `now`. */
    async get(key: string, now: number): Promise<string | null> {
      const [row] = await db.select().from(kv).where(eq(kv.key, key)).limit(1);
      if (!row || (row.expiresAt !== null && row.expiresAt <= now)) return null;
      return row.value;
    },

    /** Stores `value` under `key` (replacing what was there), kept until `expiresAt` (null: for good). */
    async set(key: string, value: string, expiresAt: number | null): Promise<void> {
      await db
        .insert(kv)
        .values({ key, value, expiresAt })
        .onConflictDoUpdate({ target: kv.key, set: { value, expiresAt } });
    },

    /** The value under `key`, created by `make` the first time; concurrent first uses agree on one value. */
    async getOrCreate(key: string, make: () => string): Promise<string> {
      await db.insert(kv).values({ key, value: make(), expiresAt: null }).onConflictDoNothing();
      const [row] = await db.select().from(kv).where(eq(kv.key, key)).limit(1);
      return row!.value;
    },

    /** Deletes every entry that expired at or before `now`. */
    async purgeExpired(now: number): Promise<void> {
      await db.delete(kv).where(and(isNotNull(kv.expiresAt), lte(kv.expiresAt, now)));
    },
  };
}

/** The kv table's port. */
export type KvRepository = ReturnType<typeof createKvRepository>;
