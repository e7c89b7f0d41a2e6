import { describe, expect, it, onTestFinished } from 'vitest';
import { createOutboxRepository, type NewOutboxMessage } from '../../src/db/repositories/outbox-repository';
import { createLarkClient } from '../../src/lark/client';
import { backoffMs, createDispatcher, MAX_SEND_ATTEMPTS } from '../../src/outbox/dispatcher';
import { createPacer, LARK_LIMITS, type PacerLimits } from '../../src/outbox/pacer';
import { type FakeLarkOptions, startFakeLarkServer } from '../fakes/fake-lark-server';
import { createTestClock } from '../support/clock';
import { TEST_LARK } from '../support/lark-events';
import { openTestDatabase } from '../support/test-database';

async function setup(options: { fake?: FakeLarkOptions; pacer?: PacerLimits } = {}) {
  const fake = await startFakeLarkServer(options.fake);
  const database = openTestDatabase();
  const clock = createTestClock(1_800_000_000_000);
  const outbox = createOutboxRepository(database.db);
  const lark = createLarkClient({ appId: TEST_LARK.appId, appSecret: TEST_LARK.appSecret, domain: fake.url });
  const dispatcher = createDispatcher({
    outbox,
    lark,
    pacer: createPacer(options.pacer ?? LARK_LIMITS),
    now: clock.now,
  });
  onTestFinished(async () => {
    database.close();
    await fake.close();
  });
  const enqueue = (...messages: NewOutboxMessage[]) => outbox.enqueue(messages, clock.now(), false);
  const rows = async () => (await outbox.recent(1000)).reverse();
  return { fake, clock, outbox, lark, dispatcher, enqueue, rows };
}

let counter = 0;
function message(overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  counter += 1;
  return {
    uuid: `uuid-${counter}`,
    receiveIdType: 'chat_id',
    receiveId: 'oc_chat',
    replyTo: null,
    replyInThread: false,
    msgType: 'text',
    content: JSON.stringify({ text: `message ${counter}` }),
    purpose: 'test',
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('should send what is due and record the Lark message id', async () => {
    const { fake, dispatcher, enqueue, rows } = await setup();
    await enqueue(message(), message({ replyTo: 'om_parent', replyInThread: true }));
    await dispatcher.flush();
    expect(fake.messages.map((m) => m.kind).sort()).toEqual(['create', 'reply']);
    const byUuid = new Map(fake.messages.map((m) => [m.uuid, m.messageId]));
    for (const row of await rows()) {
      expect(row).toMatchObject({ status: 'sent', attempts: 0, larkMessageId: byUuid.get(row.uuid) });
    }
  });

  it('should retry an HTTP 500 after a backoff and deliver exactly once', async () => {
    const { fake, clock, dispatcher, enqueue, rows } = await setup();
    fake.failNext(1, { type: 'http', status: 500 });
    await enqueue(message());
    await dispatcher.flush();
    const [failed] = await rows();
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('500'),
    });
    expect(failed!.nextAttemptAt - clock.now()).toBeGreaterThanOrEqual(750);
    expect(failed!.nextAttemptAt - clock.now()).toBeLessThanOrEqual(1250);

    await dispatcher.flush();
    expect(fake.sendCalls()).toHaveLength(1);
    clock.advance(1250);
    await dispatcher.flush();
    expect((await rows())[0]).toMatchObject({ status: 'sent' });
    expect(fake.messages).toHaveLength(1);
  });

  it('should not deliver twice when Lark delivered but the answer was lost (same uuid)', async () => {
    const { fake, clock, dispatcher, enqueue, rows } = await setup();
    fake.failNext(1, { type: 'http', status: 502, afterDelivery: true });
    await enqueue(message());
    await dispatcher.flush();
    clock.advance(2000);
    await dispatcher.flush();
    expect(fake.sendCalls().map((c) => c.outcome)).toEqual(['delivered_then_failed', 'duplicate']);
    expect(fake.messages).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', larkMessageId: fake.messages[0]!.messageId });
  });

  it('should wait as long as x-ogw-ratelimit-reset says after a 429', async () => {
    const { fake, clock, dispatcher, enqueue, rows } = await setup();
    fake.failNext(1, { type: 'rate_limit', resetSeconds: 1 });
    await enqueue(message());
    await dispatcher.flush();
    expect((await rows())[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: clock.now() + 1000,
    });
    clock.advance(999);
    await dispatcher.flush();
    expect(fake.sendCalls()).toHaveLength(1);
    clock.advance(1);
    await dispatcher.flush();
    const [first, second] = fake.sendCalls();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950); // the pacer held sends for the reset too
    expect(fake.messages).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent' });
  });

  it('should give up at once on a permanent error code', async () => {
    const { fake, clock, dispatcher, enqueue, rows } = await setup();
    fake.failNext(1, { type: 'code', code: 230002, msg: 'bot is not in the chat' });
    await enqueue(message());
    await dispatcher.flush();
    clock.advance(3_600_000);
    await dispatcher.flush();
    expect(fake.sendCalls()).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({
      status: 'failed',
      lastError: expect.stringContaining('230002'),
    });
  });

  it(`should park a message as failed after ${MAX_SEND_ATTEMPTS} failed attempts`, async () => {
    const { fake, clock, dispatcher, enqueue, rows } = await setup({
      pacer: { perApp: 100, perReceiver: 100, windowMs: 1000 },
    });
    fake.failNext(100, { type: 'http', status: 500 });
    await enqueue(message());
    for (let i = 0; i < MAX_SEND_ATTEMPTS + 2; i++) {
      await dispatcher.flush();
      clock.advance(backoffMs(MAX_SEND_ATTEMPTS, () => 1));
    }
    expect(fake.sendCalls()).toHaveLength(MAX_SEND_ATTEMPTS);
    expect((await rows())[0]).toMatchObject({ status: 'failed', attempts: MAX_SEND_ATTEMPTS });
  });

  it('should ride out an outage and deliver everything once Lark is back', async () => {
    const { fake, clock, dispatcher, enqueue, rows } = await setup();
    await dispatcher.flush(); // nothing due; warms nothing up
    fake.goDown(60_000, 'reset');
    await enqueue(message(), message({ receiveId: 'oc_other' }));
    await dispatcher.flush();
    expect((await rows()).map((r) => r.status)).toEqual(['pending', 'pending']);
    fake.goDown(0);
    clock.advance(2000);
    await dispatcher.flush();
    expect((await rows()).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(fake.messages).toHaveLength(2);
  });

  it('should run one drain at a time when flushed concurrently', async () => {
    const { fake, dispatcher, enqueue } = await setup();
    await enqueue(...Array.from({ length: 20 }, (_, i) => message({ receiveId: `oc_${i}` })));
    await Promise.all([dispatcher.flush(), dispatcher.flush(), dispatcher.flush()]);
    expect(fake.sendCalls()).toHaveLength(20);
    expect(new Set(fake.messages.map((m) => m.uuid)).size).toBe(20);
  });

  it('should pace a burst under limits the fake enforces, without a single 429', async () => {
    const { fake, lark, dispatcher, enqueue, rows } = await setup({
      fake: {
        rateLimits: { perApp: 10, perReceiver: 3, windowMs: 200, perMinute: Number.POSITIVE_INFINITY },
      },
      pacer: { perApp: 10, perReceiver: 3, windowMs: 500 },
    });
    // The pacer's window is wider than the fake's so scheduling jitter on a loaded machine cannot bunch sends.
    // A cold token fetch delays the first sends after their pacer slot; warm it like the entries do.
    await lark.botOpenId();
    await enqueue(
      ...Array.from({ length: 9 }, () => message({ receiveId: 'oc_busy' })),
      ...Array.from({ length: 12 }, (_, i) => message({ receiveId: `oc_${i}` })),
    );
    await dispatcher.flush();
    expect(fake.sendCalls().filter((c) => c.status === 429)).toHaveLength(0);
    expect(fake.messages).toHaveLength(21);
    expect((await rows()).every((r) => r.status === 'sent')).toBe(true);
  });
});
