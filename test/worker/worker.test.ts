import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeLarkServer, startFakeLarkServer } from '../fakes/fake-lark-server';
import {
  cardActionEvent,
  messageEvent,
  postInit,
  TEST_LARK,
  toWire,
  uniqueId,
  urlVerification,
  type WireRequest,
} from '../support/lark-events';
import { fakeLarkEnv } from '../support/node-app';
import { waitFor } from '../support/wait';
import { applyLocalMigrations, startWorkerFromConfig } from '../support/wrangler';

// The same app under workerd, as `wrangler dev` runs it: wrangler.toml's bundle, local D1 with the
// migrations applied by `wrangler d1 migrations apply`, work after the 200 through waitUntil.

let fake: FakeLarkServer;
let dir: string;
let worker: Awaited<ReturnType<typeof startWorkerFromConfig>>;
let base: string;

beforeAll(async () => {
  fake = await startFakeLarkServer();
  dir = mkdtempSync(join(tmpdir(), 'qinqing-worker-'));
  await applyLocalMigrations(join(dir, 'state'), join(dir, 'logs'));
  worker = await startWorkerFromConfig({ persistDir: join(dir, 'state'), vars: fakeLarkEnv(fake) });
  base = String(await worker.url).replace(/\/$/, '');
}, 90_000);

afterAll(async () => {
  await worker?.dispose();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const post = (wire: WireRequest) => fetch(`${base}/lark/events`, postInit(wire));
const encrypted = (payload: unknown) => toWire(payload, { encryptKey: TEST_LARK.encryptKey });
const repliesTo = (messageId: string) => fake.messages.filter((m) => m.target === messageId);

describe('src/entry/worker.ts under workerd', () => {
  it('should answer /healthz from D1', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, mode: 'lark' });
  });

  it('should echo an encrypted url_verification challenge and refuse a wrong token', async () => {
    const ok = await post(
      await toWire(urlVerification({ challenge: 'w-1' }), { encryptKey: TEST_LARK.encryptKey, sign: false }),
    );
    expect(await ok.json()).toEqual({ challenge: 'w-1' });
    const wrong = await post(await toWire(urlVerification({ token: 'nope' })));
    expect(wrong.status).toBe(401);
  });

  it('should reply to a signed, encrypted direct message through the fake Lark after the 200', async () => {
    const messageId = uniqueId('om');
    const res = await post(await encrypted(messageEvent({ messageId, text: '你好' })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    await waitFor(() => repliesTo(messageId).length === 1, {
      timeoutMs: 10_000,
      what: 'the reply from the Worker',
    });
    const [reply] = repliesTo(messageId);
    expect(reply).toMatchObject({
      kind: 'reply',
      msgType: 'interactive',
      uuid: expect.stringMatching(/^qq-/),
    });
    expect(JSON.parse(reply!.content)).toMatchObject({ schema: '2.0' });
  });

  it('should answer a message redelivered under a new event_id only once', async () => {
    const messageId = uniqueId('om');
    expect(await (await post(await encrypted(messageEvent({ messageId })))).json()).toEqual({ ok: true });
    const again = await post(await encrypted(messageEvent({ messageId })));
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    await waitFor(() => repliesTo(messageId).length === 1, {
      timeoutMs: 10_000,
      what: 'the reply from the Worker',
    });
    const tick = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('* * * * *')}`);
    expect(tick.status).toBe(200); // the cron tick ran and found nothing left to send
    expect(repliesTo(messageId)).toHaveLength(1);
  });

  it('should answer a group message that @-mentions the bot, and ignore one that does not', async () => {
    const mentioned = uniqueId('om');
    const event = messageEvent({
      messageId: mentioned,
      chatType: 'group',
      threadId: 'omt_w',
      text: '@_user_1 收了个红包怎么办',
      mentions: [{ openId: fake.botOpenId }],
    });
    expect((await post(await encrypted(event))).status).toBe(200);
    const other = uniqueId('om');
    const ignored = await post(
      await encrypted(messageEvent({ messageId: other, chatType: 'group', text: '大家好' })),
    );
    expect(await ignored.json()).toMatchObject({ ignored: expect.any(String) });
    await waitFor(() => repliesTo(mentioned).length === 1, {
      timeoutMs: 10_000,
      what: 'the reply in the thread',
    });
    expect(repliesTo(mentioned)[0]).toMatchObject({ replyInThread: true });
    expect(repliesTo(other)).toHaveLength(0);
  });

  it('should answer a card callback with a JSON toast', async () => {
    const res = await post(await encrypted(cardActionEvent({ value: { action: 'no-such-action' } })));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ toast: { type: 'warning', content: expect.any(String) } });
  });

  it('should refuse a bad signature and an unsigned event with 401', async () => {
    const wire = await encrypted(messageEvent());
    const bad = await post({ ...wire, headers: { ...wire.headers, 'x-lark-signature': 'f'.repeat(64) } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: 'bad_signature', message: expect.any(String) });
    const unsigned = await post(
      await toWire(messageEvent(), { encryptKey: TEST_LARK.encryptKey, sign: false }),
    );
    expect(unsigned.status).toBe(401);
  });

  it('should answer malformed JSON with 400 and JSON', async () => {
    const res = await post({ body: '{', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'malformed_json' });
  });
});
