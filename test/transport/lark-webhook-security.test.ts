import { describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '../../src/app';
import { larkSignature } from '../../src/lark/crypto';
import { MAX_BODY_BYTES } from '../../src/transport/lark-webhook';
import { createTestClock } from '../support/clock';
import { buildFakeLarkApp } from '../support/fake-lark-app';
import {
  messageEvent,
  postInit,
  TEST_LARK,
  toWire,
  urlVerification,
  type WireRequest,
} from '../support/lark-events';
import { buildTestApp, type TestAppOptions } from '../support/node-app';

// Everything the webhook refuses (or answers without work) before a handler runs, through app.request.

async function setup(options: Omit<TestAppOptions, 'fakeLark'> = {}) {
  const { fake, t } = await buildFakeLarkApp(options);
  const post = (wire: WireRequest) => t.app.request('/lark/events', postInit(wire));
  return { fake, t, post };
}

const signed = (payload: unknown, options: Parameters<typeof toWire>[1] = {}) =>
  toWire(payload, { encryptKey: TEST_LARK.encryptKey, ...options });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string; message: string };
  expect(body.error).toBe(code);
  expect(body.message).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
}

describe('POST /lark/events: url_verification', () => {
  it('should echo the challenge of a plain handshake when no encrypt key is set', async () => {
    const { post } = await setup({ env: { LARK_ENCRYPT_KEY: undefined } });
    const res = await post(await toWire(urlVerification({ challenge: 'ajls384kdjx98XX' })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ajls384kdjx98XX' });
  });

  it('should decrypt an encrypted handshake, which Lark does not sign', async () => {
    const { post } = await setup();
    const res = await post(await signed(urlVerification({ challenge: 'c-42' }), { sign: false }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-42' });
  });

  it('should refuse a handshake with the wrong token, plain or encrypted', async () => {
    const plain = await setup({ env: { LARK_ENCRYPT_KEY: undefined } });
    await expectError(await plain.post(await toWire(urlVerification({ token: 'wrong' }))), 401, 'bad_token');
    const encrypted = await setup();
    const wire = await signed(urlVerification({ token: 'wrong' }), { sign: false });
    await expectError(await encrypted.post(wire), 401, 'bad_token');
  });
});

describe('POST /lark/events: signature, token and freshness', () => {
  it('should refuse a bad signature with 401', async () => {
    const { post, fake } = await setup();
    await expectError(
      await post(await signed(messageEvent(), { signature: 'ab'.repeat(32) })),
      401,
      'bad_signature',
    );
    expect(fake.calls).toHaveLength(0);
  });

  it('should refuse a body changed after signing', async () => {
    const { post } = await setup();
    const wire = await signed(messageEvent());
    await expectError(await post({ ...wire, body: `${wire.body} ` }), 401, 'bad_signature');
  });

  it('should accept a pretty-printed body, since the signature covers the raw bytes', async () => {
    const { post } = await setup();
    const res = await post(await signed(messageEvent(), { pretty: true }));
    expect(res.status).toBe(200);
  });

  it('should refuse a timestamp more than 5 minutes old or ahead with 401', async () => {
    const clock = createTestClock(1_718_784_000_000);
    const { post } = await setup({ now: clock.now });
    const sixMinutes = 6 * 60 * 1000;
    await expectError(
      await post(await signed(messageEvent(), { now: clock.now() - sixMinutes })),
      401,
      'stale_request',
    );
    await expectError(
      await post(await signed(messageEvent(), { now: clock.now() + sixMinutes })),
      401,
      'stale_request',
    );
    expect((await post(await signed(messageEvent(), { now: clock.now() - 4 * 60 * 1000 }))).status).toBe(200);
  });

  it('should refuse a missing or unreadable timestamp on a signed request', async () => {
    const { post } = await setup();
    await expectError(await post(await signed(messageEvent(), { timestamp: '' })), 401, 'stale_request');
    await expectError(
      await post(await signed(messageEvent(), { timestamp: 'yesterday' })),
      401,
      'stale_request',
    );
  });

  it('should refuse a wrong verification token inside a validly signed event', async () => {
    const { post } = await setup();
    await expectError(await post(await signed(messageEvent({ token: 'not-our-token' }))), 401, 'bad_token');
  });

  it('should refuse an event for another app id', async () => {
    const { post } = await setup();
    await expectError(
      await post(await signed(messageEvent({ appId: 'cli_ffffffffffffffff' }))),
      401,
      'wrong_app',
    );
  });

  it('should refuse unsigned events once an encrypt key is set, encrypted or not', async () => {
    const { post, fake } = await setup();
    await expectError(await post(await signed(messageEvent(), { sign: false })), 401, 'missing_signature');
    await expectError(await post(await toWire(messageEvent())), 401, 'missing_signature');
    expect(fake.messages).toHaveLength(0);
  });

  it('should check the token of plain events when no encrypt key is set', async () => {
    const { post } = await setup({ env: { LARK_ENCRYPT_KEY: undefined } });
    await expectError(await post(await toWire(messageEvent({ token: 'nope' }))), 401, 'bad_token');
    expect((await post(await toWire(messageEvent()))).status).toBe(200);
  });
});

describe('POST /lark/events: malformed input', () => {
  it('should answer 400 with {error, message} for a body that is not JSON', async () => {
    const { post } = await setup();
    await expectError(await post({ body: '{"schema":', headers: {} }), 400, 'malformed_json');
  });

  it('should answer 400 for JSON that is not an object', async () => {
    const { post } = await setup({ env: { LARK_ENCRYPT_KEY: undefined } });
    await expectError(await post({ body: '[1,2]', headers: {} }), 400, 'malformed_body');
    await expectError(await post({ body: 'null', headers: {} }), 400, 'malformed_body');
  });

  it('should answer 400 for an envelope without a header, or with a broken message', async () => {
    const { post } = await setup();
    await expectError(await post(await signed({ schema: '2.0', event: {} })), 400, 'malformed_event');
    const broken = messageEvent();
    (broken.event.message as Record<string, unknown>).message_id = 42;
    await expectError(await post(await signed(broken)), 400, 'malformed_event');
  });

  it('should answer 400 for an encrypt field that does not decrypt', async () => {
    const { post } = await setup();
    const body = JSON.stringify({ encrypt: 'bm90IGEgcmVhbCBjaXBoZXJ0ZXh0IGF0IGFsbA==' });
    const wire = await signed({});
    const headers = { ...wire.headers };
    const { 'x-lark-request-timestamp': ts, 'x-lark-request-nonce': nonce } = headers;
    headers['x-lark-signature'] = await larkSignature(ts!, nonce!, TEST_LARK.encryptKey, body);
    await expectError(await post({ body, headers }), 400, 'undecryptable');
  });

  it('should answer 413 for a body over 1 MiB, with or without Content-Length', async () => {
    const { t } = await setup();
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) });
    const withLength = await t.app.request('/lark/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    await expectError(withLength, 413, 'body_too_large');
    const streamed = await t.app.request('/lark/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    await expectError(streamed, 413, 'body_too_large');
  });
});

describe('POST /lark/events: configuration and failures', () => {
  it('should answer 403 when no verification token is configured', async () => {
    const t = buildTestApp();
    onTestFinished(() => t.close());
    const res = await t.app.request('/lark/events', postInit(await toWire(urlVerification())));
    await expectError(res, 403, 'webhook_disabled');
  });

  it('should answer 200, never a 5xx, when the app itself throws on an event', async () => {
    const { t, post } = await setup();
    const runtime = {
      ...t.runtime,
      botOpenId: async () => {
        throw new Error('boom');
      },
    };
    const app = createApp({ config: t.config, database: t.database, runtime, log: (l) => t.logs.push(l) });
    // A group message is the one event that asks for the bot's identity before it is stored.
    const wire = await signed(messageEvent({ chatType: 'group', mentions: [{ openId: 'ou_bot' }] }));
    const res = await app.request('/lark/events', postInit(wire));
    expect(res.status).toBe(200);
    expect(t.logs.join('\n')).toContain('boom');
    expect(await post(wire)).toHaveProperty('status', 200);
  });

  it('should answer 503 for a group message while the bot identity is unknown, so Lark retries', async () => {
    const { t, post } = await setup();
    const runtime = { ...t.runtime, botOpenId: async () => null };
    const app = createApp({ config: t.config, database: t.database, runtime, log: (l) => t.logs.push(l) });
    const group = await signed(messageEvent({ chatType: 'group', mentions: [{ openId: 'ou_bot' }] }));
    await expectError(await app.request('/lark/events', postInit(group)), 503, 'bot_identity_unknown');
    // A direct message never needs the identity and is accepted as usual.
    expect(await post(await signed(messageEvent()))).toHaveProperty('status', 200);
  });

  it('should answer 404 as JSON for unknown routes', async () => {
    const { t } = await setup();
    await expectError(await t.app.request('/nope'), 404, 'not_found');
  });
});
