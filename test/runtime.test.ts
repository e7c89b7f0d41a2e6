import { describe, expect, it, onTestFinished } from 'vitest';
import type { MessageHandler } from '../handlers/context';
import { createRoutes, type Routes } from '../handlers/routes';
import type { MessageResult } from '../src/domain/chat/reply';
import { parseEvent, readEnvelope } from '../src/lark/envelope';
import { RESUME_AFTER_MS } from '../src/runtime';
import { settleBackgroundWork } from '../src/transport/run-after-response';
import { startFakeLarkServer } from './fakes/fake-lark-server';
import { createTestClock } from './support/clock';
import { buildFakeLarkApp } from './support/fake-lark-app';
import { messageEvent, postInit, TEST_LARK, toWire } from './support/lark-events';
import { buildTestApp, type TestAppOptions } from './support/node-app';
import { waitFor } from './support/wait';

// Durable intake and delivery: stored events survive a lost background task, the outbox survives
// Lark failures, and local mode keeps every message instead of sending it.

async function setup(options: Omit<TestAppOptions, 'fakeLark'> = {}) {
  const clock = createTestClock();
  const { fake, t } = await buildFakeLarkApp({ now: clock.now, ...options });
  const post = async (payload: unknown) =>
    t.app.request(
      '/lark/events',
      postInit(await toWire(payload, { encryptKey: TEST_LARK.encryptKey, now: clock.now() })),
    );
  return { fake, clock, t, post };
}

function messageUpdate(event: ReturnType<typeof messageEvent>) {
  const read = readEnvelope(event);
  if (read.type !== 'envelope') throw new Error('not an envelope');
  const parsed = parseEvent(read.envelope, null);
  if (parsed.type !== 'update') throw new Error('not an update');
  return parsed.update;
}

describe('runtime: durable intake', () => {
  it('should process an event that was stored but never processed once RESUME_AFTER_MS has passed', async () => {
    const { fake, clock, t } = await setup();
    const id = await t.runtime.accept(messageUpdate(messageEvent({ messageId: 'om_cut_off' })));
    expect(id).toEqual(expect.any(Number));

    await t.runtime.tick();
    expect(fake.sendCalls()).toHaveLength(0);
    clock.advance(RESUME_AFTER_MS - 1);
    await t.runtime.tick();
    expect(fake.sendCalls()).toHaveLength(0);

    clock.advance(2);
    await t.runtime.tick();
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({ kind: 'reply', target: 'om_cut_off' });
    expect(await t.runtime.inbox.pending(clock.now() + RESUME_AFTER_MS, 10)).toEqual([]);
    await t.runtime.tick();
    expect(fake.messages).toHaveLength(1);
  });

  it('should resume an event whose background work was cut off, and answer it exactly once', async () => {
    let release: (r: MessageResult) => void = () => undefined;
    let calls = 0;
    const help = createRoutes().message;
    const message: MessageHandler = (ctx) => {
      calls += 1;
      // The first run never finishes, like a waitUntil cut off or a process killed mid-work.
      return calls === 1 ? new Promise<MessageResult>((resolve) => (release = resolve)) : help(ctx);
    };
    const routes: Routes = { ...createRoutes(), message };
    const { fake, clock, t, post } = await setup({ routes });

    expect((await post(messageEvent())).status).toBe(200);
    await waitFor(() => calls === 1, { what: 'the first run to start' });
    expect(fake.sendCalls()).toHaveLength(0);

    clock.advance(RESUME_AFTER_MS + 1);
    await t.runtime.tick();
    expect(calls).toBe(2);
    expect(fake.messages).toHaveLength(1);

    release({ reply: { type: 'help', reason: 'fallback' } }); // the stale run finally completes
    await settleBackgroundWork();
    await t.runtime.tick();
    expect(fake.messages).toHaveLength(1);
  });

  it('should retry a failing handler on later ticks and park the event after 5 attempts', async () => {
    let calls = 0;
    const routes: Routes = {
      ...createRoutes(),
      message: async () => {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
    };
    const { clock, t, post, fake } = await setup({ routes });
    await post(messageEvent());
    await settleBackgroundWork();
    for (let i = 0; i < 6; i++) {
      clock.advance(RESUME_AFTER_MS + 1);
      await t.runtime.tick();
    }
    expect(calls).toBe(5);
    expect(await t.runtime.inbox.pending(clock.now() + RESUME_AFTER_MS, 10)).toEqual([]);
    expect(fake.sendCalls()).toHaveLength(0);
  });
});

describe('runtime: outbox delivery', () => {
  it('should retry a reply after HTTP 500 and 429 on later ticks and deliver it once', async () => {
    const { fake, clock, t, post } = await setup();
    fake.failNext(1, { type: 'http', status: 500 });
    fake.failNext(1, { type: 'rate_limit', resetSeconds: 1 });
    await post(messageEvent());
    await settleBackgroundWork();
    expect(fake.sendCalls().map((c) => c.status)).toEqual([500]);

    clock.advance(1250);
    await t.runtime.tick();
    expect(fake.sendCalls().map((c) => c.status)).toEqual([500, 429]);
    clock.advance(500);
    await t.runtime.tick();
    expect(fake.sendCalls()).toHaveLength(2);
    clock.advance(500);
    await t.runtime.tick();
    expect(fake.sendCalls().map((c) => c.status)).toEqual([500, 429, 200]);
    expect(fake.messages).toHaveLength(1);
    const uuids = new Set(fake.sendCalls().map((c) => (c.body as { uuid: string }).uuid));
    expect(uuids.size).toBe(1);
    const [row] = await t.runtime.outbox.recent(10);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('should keep messages as local and send nothing in local mode', async () => {
    const fake = await startFakeLarkServer();
    const t = buildTestApp({ env: { LARK_VERIFICATION_TOKEN: 'local-token', LARK_DOMAIN: fake.url } });
    onTestFinished(async () => {
      await t.close();
      await fake.close();
    });
    expect(t.config.mode).toBe('local');
    const res = await t.app.request(
      '/lark/events',
      postInit(await toWire(messageEvent({ token: 'local-token' }))),
    );
    expect(res.status).toBe(200);
    await settleBackgroundWork();
    await t.runtime.tick();
    const rows = await t.runtime.outbox.recent(10);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'local', purpose: 'reply', msgType: 'interactive' });
    expect(fake.calls).toHaveLength(0);
    expect(await (await t.app.request('/healthz')).json()).toMatchObject({ ok: true, mode: 'local' });
  });
});
