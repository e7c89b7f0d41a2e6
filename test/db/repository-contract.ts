// One contract for the repositories, run on every driver (better-sqlite3 and D1): shared code may
// only rely on what passes here on both.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { createInboxRepository } from '../../src/db/repositories/inbox-repository';
import { createOutboxRepository, type NewOutboxMessage } from '../../src/db/repositories/outbox-repository';
import { inboundEvents, outbox } from '../../src/db/schema';
import type { MessageUpdate } from '../../src/domain/chat/update';

let sequence = 0;

function update(overrides: Partial<MessageUpdate> = {}): MessageUpdate {
  sequence += 1;
  return {
    kind: 'message',
    eventId: `ev_${sequence}`,
    messageId: `om_${sequence}`,
    chatId: 'oc_chat',
    chatType: 'p2p',
    threadId: null,
    senderId: 'ou_sender',
    text: '你好',
    attachments: [],
    sentAt: 1,
    ...overrides,
  };
}

function message(overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  sequence += 1;
  return {
    uuid: `uuid_${sequence}`,
    receiveIdType: 'open_id',
    receiveId: 'ou_someone',
    replyTo: null,
    replyInThread: false,
    msgType: 'interactive',
    content: '{"schema":"2.0"}',
    purpose: 'test',
    ...overrides,
  };
}

/** A fresh migrated database for one test, and how to get rid of it. */
export interface OpenedDatabase {
  database: Database;
  close(): Promise<void> | void;
}

/** Registers the repository contract for one driver; `open` gives a fresh migrated database per test. */
export function repositoryContract(driver: string, open: () => Promise<OpenedDatabase>) {
  describe(`repositories on ${driver}`, () => {
    let database: Database;

    beforeEach(async () => {
      const opened = await open();
      database = opened.database;
      return async () => {
        await opened.close();
      };
    });

    describe('inbox', () => {
      it('should claim an update once by event_id and once by message_id', async () => {
        const inbox = createInboxRepository(database.db);
        const first = update();
        expect(await inbox.claim(first, 1000)).toEqual(expect.any(Number));
        expect(await inbox.claim(first, 1001)).toBeNull();
        expect(await inbox.claim({ ...first, eventId: 'ev_other' }, 1002)).toBeNull();
        expect(await inbox.seen(first.eventId)).toBe(true);
        expect(await inbox.seen('ev_unknown', first.messageId)).toBe(true);
        expect(await inbox.seen('ev_unknown', 'om_unknown')).toBe(false);
      });

      it('should claim card actions, which carry no message id of their own, by event_id alone', async () => {
        const inbox = createInboxRepository(database.db);
        const card = {
          kind: 'card_action' as const,
          eventId: 'ev_card',
          operatorId: 'ou_op',
          messageId: 'om_card_host',
          chatId: null,
          value: { action: 'x' },
          form: {},
        };
        expect(await inbox.claim(card, 1)).toEqual(expect.any(Number));
        expect(await inbox.claim({ ...card, eventId: 'ev_card_2' }, 2)).toEqual(expect.any(Number));
        expect(await inbox.claim(card, 3)).toBeNull();
      });

      it('should list pending updates received before a time, oldest first, and round-trip them', async () => {
        const inbox = createInboxRepository(database.db);
        const a = update();
        const b = update({ text: '老板请吃饭能去吗', threadId: 'omt_1' });
        const idA = (await inbox.claim(a, 1000))!;
        const idB = (await inbox.claim(b, 2000))!;
        await inbox.claim(update(), 3000);
        const pending = await inbox.pending(2500, 10);
        expect(pending.map((p) => p.id)).toEqual([idA, idB]);
        expect(pending[1]!.update).toEqual(b);
        await inbox.markDone(idA, 4000);
        expect((await inbox.pending(2500, 10)).map((p) => p.id)).toEqual([idB]);
      });

      it('should count failed attempts and park an update as failed at the limit', async () => {
        const inbox = createInboxRepository(database.db);
        const id = (await inbox.claim(update(), 1000))!;
        await inbox.markAttemptFailed(id, 'first', 2);
        expect(await inbox.pending(5000, 10)).toEqual([expect.objectContaining({ id, attempts: 1 })]);
        await inbox.markAttemptFailed(id, 'x'.repeat(2000), 2);
        expect(await inbox.pending(5000, 10)).toEqual([]);
        const [row] = await database.db.select().from(inboundEvents).where(eq(inboundEvents.id, id));
        expect(row).toMatchObject({ status: 'failed', attempts: 2 });
        expect(row!.lastError).toHaveLength(500);
      });
    });

    describe('outbox', () => {
      it('should enqueue a uuid once and keep local messages out of the due list', async () => {
        const repo = createOutboxRepository(database.db);
        const m = message();
        await repo.enqueue([m, m], 1000, false);
        await repo.enqueue([m], 1000, false);
        await repo.enqueue([message()], 1000, true);
        expect(await repo.due(1000, 10)).toEqual([
          expect.objectContaining({ uuid: m.uuid, status: 'pending' }),
        ]);
        expect((await repo.recent(10, ['local'])).map((r) => r.status)).toEqual(['local']);
        expect(await repo.recent(10)).toHaveLength(2);
      });

      it('should list due messages by next attempt, then id, up to a limit', async () => {
        const repo = createOutboxRepository(database.db);
        const [a, b, c] = [message(), message(), message()];
        await repo.enqueue([a], 3000, false);
        await repo.enqueue([b], 1000, false);
        await repo.enqueue([c], 1000, false);
        expect((await repo.due(2000, 10)).map((r) => r.uuid)).toEqual([b.uuid, c.uuid]);
        expect((await repo.due(5000, 2)).map((r) => r.uuid)).toEqual([b.uuid, c.uuid]);
        expect((await repo.due(5000, 10)).map((r) => r.uuid)).toEqual([b.uuid, c.uuid, a.uuid]);
      });

      it('should record sends, retries and giving up', async () => {
        const repo = createOutboxRepository(database.db);
        await repo.enqueue(
          [message({ replyTo: 'om_parent', replyInThread: true }), message(), message()],
          1000,
          false,
        );
        const [a, b, c] = await repo.due(1000, 10);
        await repo.markSent(a!.id, 'om_lark', 1100);
        await repo.markRetry(b!.id, 1, 5000, 'Lark HTTP 500', false);
        await repo.markRetry(c!.id, 3, 5000, 'code 230002', true);
        expect(await repo.due(4999, 10)).toEqual([]);
        expect(await repo.due(5000, 10)).toEqual([expect.objectContaining({ id: b!.id, attempts: 1 })]);
        const rows = await repo.since(0, 10);
        expect(rows.map((r) => r.status)).toEqual(['sent', 'pending', 'failed']);
        expect(rows[0]).toMatchObject({
          larkMessageId: 'om_lark',
          sentAt: 1100,
          replyTo: 'om_parent',
          replyInThread: true,
        });
        expect(rows[2]).toMatchObject({ attempts: 3, lastError: 'code 230002' });
        expect((await repo.since(rows[1]!.id, 10)).map((r) => r.id)).toEqual([c!.id]);
      });
    });

    describe('atomic', () => {
      it('should apply every statement or none', async () => {
        const repo = createOutboxRepository(database.db);
        const event = { eventId: 'ev_atomic', kind: 'message', update: '{}', receivedAt: 1 };
        await database.atomic([
          repo.enqueueStatement(message(), 1, false),
          database.db.insert(inboundEvents).values(event),
        ]);
        expect(await repo.recent(10)).toHaveLength(1);

        const failing = database.atomic([
          repo.enqueueStatement(message(), 2, false),
          database.db.insert(inboundEvents).values(event), // the same event_id again: a unique violation
        ]);
        await expect(failing).rejects.toThrow();
        expect(await database.db.select().from(outbox)).toHaveLength(1);
      });

      it('should accept an empty list', async () => {
        await expect(database.atomic([])).resolves.toBeUndefined();
      });
    });
  });
}
