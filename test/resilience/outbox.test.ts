import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRoutes, type Routes } from '../../handlers/routes';
import type { NewOutboxMessage } from '../../src/db/repositories/outbox-repository';
import type { MessageResult } from '../../src/domain/chat/reply';
import type { LarkClient } from '../../src/lark/client';
import { settleBackgroundWork } from '../../src/transport/run-after-response';
import { type FakeLarkOptions, startFakeLarkServer } from '../fakes/fake-lark-server';
import { createTestClock } from '../support/clock';
import { messageEvent, postInit, TEST_LARK, toWire } from '../support/lark-events';
import { repliesByTarget } from '../support/replies';
import { waitFor } from '../support/wait';
import { type AppOptions, buildApp } from './support/app';
import { people, type Sent, sentEvent } from './support/burst';
import { query } from './support/sqlite';

// The outbox's promises, checked through the whole app: persisted before sent, paced below Lark's limits,
// retried on 5xx and 429 (honouring x-ogw-ratelimit-reset), idempotent through uuid, resumed after a
// restart, and never in the way of the webhook's acknowledgement.

function tempDbPath() {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-outbox-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'qinqing.db');
}

async function setup(options: Partial<AppOptions> & { fakeOptions?: FakeLarkOptions } = {}) {
  const fake = await startFakeLarkServer(options.fakeOptions);
  const dbPath = options.dbPath ?? tempDbPath();
  const t = buildApp({ dbPath, fake, ...options });
  onTestFinished(async () => {
    await settleBackgroundWork();
    t.close();
    await fake.close();
  });
  const post = async (sent: Sent, eventId = sent.eventId, now = options.now?.() ?? Date.now()) => {
    const event = sentEvent(sent, eventId);
    return t.app.request(
      '/lark/events',
      postInit(await toWire(event, { encryptKey: TEST_LARK.encryptKey, now })),
    );
  };
  return { fake, dbPath, t, post };
}

function outboxRows(dbPath: string) {
  return query<{
    uuid: string;
    status: string;
    attempts: number;
    next_attempt_at: number;
    receive_id: string;
  }>(dbPath, 'select uuid, status, attempts, next_attempt_at, receive_id from outbox order by id');
}

/** The largest number of `times` inside any window of `windowMs` (a window ends at each time). */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('outbox: persisted before sent', () => {
  it('should have every message stored as pending when Lark is called with it', async () => {
    const stored: (string | null)[] = [];
    let dbPath = '';
    const watch = (real: LarkClient): LarkClient => ({
      ...real,
      async send(message) {
        const [row] = query<{ status: string }>(
          dbPath,
          'select status from outbox where uuid = ?',
          message.uuid,
        );
        stored.push(row?.status ?? null);
        return real.send(message);
      },
    });
    dbPath = tempDbPath();
    const { fake, post } = await setup({ dbPath, wrapLark: watch });
    const messages = people('persist', 9);
    for (const m of messages) expect((await post(m)).status).toBe(200);
    await settleBackgroundWork();

    expect(repliesByTarget(fake).size).toBe(messages.length);
    expect(fake.messages.length).toBeGreaterThan(messages.length); // complaints also notify the handlers
    expect(stored).toHaveLength(fake.sendCalls().length);
    expect(stored.every((status) => status === 'pending')).toBe(true);
    expect(outboxRows(dbPath).every((r) => r.status === 'sent')).toBe(true);
  });
});

describe('outbox: paced below Lark limits', () => {
  it('should keep a burst within 50/s per app and 5/s per receiver, so Lark answers no 429', async () => {
    const { fake, t } = await setup({ fakeOptions: { rateLimits: true } });
    const message = (receiveId: string, i: number): NewOutboxMessage => ({
      uuid: `pace-${receiveId}-${i}`,
      receiveIdType: 'chat_id',
      receiveId,
      replyTo: null,
      replyInThread: false,
      msgType: 'text',
      content: JSON.stringify({ text: `${receiveId} ${i}` }),
      purpose: 'test',
    });
    const busy = ['oc_busy_a', 'oc_busy_b', 'oc_busy_c'].flatMap((chat) =>
      Array.from({ length: 12 }, (_, i) => message(chat, i)),
    );
    const singles = Array.from({ length: 60 }, (_, i) => message(`oc_single_${i}`, 0));
    await t.runtime.outbox.enqueue([...busy, ...singles], Date.now(), false);
    await t.runtime.flush();

    const calls = fake.sendCalls();
    expect(calls.filter((c) => c.status === 429)).toHaveLength(0);
    expect(fake.messages).toHaveLength(96);
    expect(
      busiestWindow(
        calls.map((c) => c.at),
        1000,
      ),
    ).toBeLessThanOrEqual(50);
    for (const chat of ['oc_busy_a', 'oc_busy_b', 'oc_busy_c']) {
      const mine = calls.filter((c) => (c.body as { receive_id?: string }).receive_id === chat);
      expect(
        busiestWindow(
          mine.map((c) => c.at),
          1000,
        ),
      ).toBeLessThanOrEqual(5);
      // Each chat sees its messages in the order they were written.
      expect(mine.map((c) => (c.body as { uuid: string }).uuid)).toEqual(
        Array.from({ length: 12 }, (_, i) => `pace-${chat}-${i}`),
      );
    }
  });
});

describe('outbox: retries', () => {
  it('should retry 5xx with backoff and a 429 exactly when x-ogw-ratelimit-reset says, under one uuid', async () => {
    const clock = createTestClock();
    const { fake, dbPath, t, post } = await setup({ now: clock.now });
    fake.failNext(1, { type: 'http', status: 503 });
    fake.failNext(1, { type: 'rate_limit', resetSeconds: 1 });
    const [question] = people('retry', 1);
    expect((await post(question!)).status).toBe(200);
    await settleBackgroundWork();
    const [afterFailure] = outboxRows(dbPath);
    expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1 });
    expect(afterFailure!.next_attempt_at - clock.now()).toBeGreaterThanOrEqual(750);
    expect(afterFailure!.next_attempt_at - clock.now()).toBeLessThanOrEqual(1250);

    await t.runtime.tick();
    expect(fake.sendCalls()).toHaveLength(1); // not due yet
    clock.advance(1250);
    await t.runtime.tick();
    expect(fake.sendCalls().map((c) => c.status)).toEqual([503, 429]);
    expect(outboxRows(dbPath)[0]).toMatchObject({ attempts: 2, next_attempt_at: clock.now() + 1000 });
    clock.advance(999);
    await t.runtime.tick();
    expect(fake.sendCalls()).toHaveLength(2);
    clock.advance(1);
    await t.runtime.tick();
    expect(fake.sendCalls().map((c) => c.status)).toEqual([503, 429, 200]);
    expect(new Set(fake.sendCalls().map((c) => (c.body as { uuid: string }).uuid)).size).toBe(1);
    expect(repliesByTarget(fake).get(question!.messageId)).toHaveLength(1);
  });
});

describe('outbox: idempotent through uuid', () => {
  it('should deliver once when the same stored event is processed again and again', async () => {
    const { fake, dbPath, t, post } = await setup();
    const [question] = people('again', 1);
    expect((await post(question!)).status).toBe(200);
    await settleBackgroundWork();
    const [item] = query<{ id: number; update_json: string }>(
      dbPath,
      'select id, update_json from inbound_events',
    );
    const update = JSON.parse(item!.update_json);
    await Promise.all([t.runtime.processStored(item!.id, update), t.runtime.processStored(item!.id, update)]);
    await t.runtime.processStored(item!.id, update);
    expect(outboxRows(dbPath)).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
  });

  it('should not deliver twice when Lark delivered but its answer was lost', async () => {
    const clock = createTestClock();
    const { fake, dbPath, t, post } = await setup({ now: clock.now });
    fake.failNext(1, { type: 'http', status: 502, afterDelivery: true });
    const [question] = people('lost', 1);
    await post(question!);
    await settleBackgroundWork();
    clock.advance(2000);
    await t.runtime.tick();
    expect(fake.sendCalls().map((c) => c.outcome)).toEqual(['delivered_then_failed', 'duplicate']);
    expect(fake.messages).toHaveLength(1);
    expect(outboxRows(dbPath)[0]).toMatchObject({ status: 'sent' });
  });

  it('should not answer again when Lark redelivers a message under a new event_id', async () => {
    const { fake, post } = await setup();
    const [question] = people('redeliver', 1);
    expect((await post(question!)).status).toBe(200);
    const again = await post(question!, `${question!.eventId}_new`);
    expect(await again.json()).toMatchObject({ duplicate: true });
    await settleBackgroundWork();
    expect(repliesByTarget(fake).get(question!.messageId)).toHaveLength(1);
  });
});

describe('outbox: resumed after a restart', () => {
  it('should send what a stopped process left pending, and process what it only stored, exactly once', async () => {
    const dbPath = tempDbPath();
    const fake = await startFakeLarkServer();
    onTestFinished(() => fake.close());
    const [unsent, unprocessed] = people('restart', 2, 1000);
    const first = buildApp({ dbPath, fake });
    fake.goDown(60_000);
    const event = (m: Sent) =>
      messageEvent({
        eventId: m.eventId,
        messageId: m.messageId,
        chatId: m.chatId,
        senderOpenId: m.senderId,
        text: m.text,
      });
    const wire = await toWire(event(unsent!), { encryptKey: TEST_LARK.encryptKey });
    expect((await first.app.request('/lark/events', postInit(wire))).status).toBe(200);
    await settleBackgroundWork();
    expect(outboxRows(dbPath).map((r) => r.status)).toEqual(['pending']);
    // The second event is stored, then the process stops before working on it.
    const parsed = await first.runtime.accept({
      kind: 'message',
      eventId: unprocessed!.eventId,
      messageId: unprocessed!.messageId,
      chatId: unprocessed!.chatId,
      chatType: 'p2p',
      threadId: null,
      senderId: unprocessed!.senderId,
      text: unprocessed!.text,
      attachments: [],
      sentAt: Date.now(),
    });
    expect(parsed).toEqual(expect.any(Number));
    first.close();

    fake.goDown(0);
    // Started a few seconds later: the failed send's backoff has passed.
    const later = () => Date.now() + 5000;
    const second = buildApp({ dbPath, fake, now: later });
    onTestFinished(() => second.close());
    await second.runtime.tick({ orphansBefore: later() });
    await second.runtime.tick({ orphansBefore: later() });
    const replies = repliesByTarget(fake);
    expect(replies.get(unsent!.messageId)).toHaveLength(1);
    expect(replies.get(unprocessed!.messageId)).toHaveLength(1);
    expect(outboxRows(dbPath).every((r) => r.status === 'sent')).toBe(true);
  });
});

describe("outbox: the webhook's acknowledgement never waits on it", () => {
  it('should answer 200 while every send to Lark hangs, and deliver once Lark answers', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let started = 0;
    const hold = (real: LarkClient): LarkClient => ({
      async send(message) {
        started += 1;
        await gate;
        return real.send(message);
      },
      async botOpenId() {
        await gate;
        return real.botOpenId();
      },
    });
    const { fake, dbPath, post } = await setup({ wrapLark: hold });
    const messages = people('hold', 6);
    for (const m of messages) expect((await post(m)).status).toBe(200);
    await waitFor(() => started > 0, { what: 'a send to start (and hang)' });
    expect(fake.sendCalls()).toHaveLength(0);
    expect(outboxRows(dbPath).every((r) => r.status === 'pending')).toBe(true);
    open();
    await settleBackgroundWork();
    expect(repliesByTarget(fake).size).toBe(messages.length);
  });

  it('should answer 200 before a slow handler has even started', async () => {
    let release: (result: MessageResult) => void = () => undefined;
    let calls = 0;
    const routes: Routes = {
      ...createRoutes(),
      message: () => {
        calls += 1;
        return new Promise<MessageResult>((resolve) => {
          release = resolve;
        });
      },
    };
    const { fake, post } = await setup({ routes, processConcurrency: 1 });
    const [question] = people('slow', 1);
    expect((await post(question!)).status).toBe(200);
    expect(calls).toBe(0); // the work starts after the answer, never inside it
    await waitFor(() => calls === 1, { what: 'the handler to start' });
    release({ reply: { type: 'help', reason: 'help' } });
    await settleBackgroundWork();
    expect(repliesByTarget(fake).get(question!.messageId)).toHaveLength(1);
  });
});
