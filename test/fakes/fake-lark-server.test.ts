import { afterEach, describe, expect, it } from 'vitest';
import { createTestClock } from '../support/clock';
import { type FakeLarkOptions, type FakeLarkServer, startFakeLarkServer } from './fake-lark-server';

let fake: FakeLarkServer;

afterEach(async () => {
  await fake?.close();
});

async function start(options: FakeLarkOptions = {}) {
  fake = await startFakeLarkServer(options);
  const res = await fetch(`${fake.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: 'cli_x', app_secret: 's' }),
  });
  const { tenant_access_token: token } = (await res.json()) as { tenant_access_token: string };
  return token;
}

function create(token: string, receiveId: string, uuid?: string) {
  return fetch(`${fake.url}/open-apis/im/v1/messages?receive_id_type=open_id`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ receive_id: receiveId, msg_type: 'text', content: '{"text":"hi"}', uuid }),
  });
}

describe('startFakeLarkServer', () => {
  it('should refuse message calls without a tenant token', async () => {
    await start();
    const res = await create('t-unknown', 'ou_a');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 99991661 });
    expect(fake.messages).toHaveLength(0);
  });

  it('should refuse a wrong app secret when one is configured', async () => {
    fake = await startFakeLarkServer({ appId: 'cli_x', appSecret: 'right' });
    const res = await fetch(`${fake.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: 'cli_x', app_secret: 'wrong' }),
    });
    expect(await res.json()).toMatchObject({ code: 10014 });
  });

  it('should enforce 5 messages per second per receiver with 429, code 99991400 and a reset header', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ rateLimits: true, now: clock.now });
    for (let i = 0; i < 5; i++) expect((await create(token, 'ou_a')).status).toBe(200);
    const limited = await create(token, 'ou_a');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: 99991400 });
    expect(limited.headers.get('x-ogw-ratelimit-reset')).toBe('1');
    expect((await create(token, 'ou_b')).status).toBe(200);
    clock.advance(1000);
    expect((await create(token, 'ou_a')).status).toBe(200);
    expect(fake.messages).toHaveLength(7);
  });

  it('should enforce 50 messages per second per app', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ rateLimits: true, now: clock.now });
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push((await create(token, `ou_${i}`)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses[50]).toBe(429);
  });

  it('should enforce 1000 messages per minute per app', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ rateLimits: { perApp: 10_000, perReceiver: 10_000 }, now: clock.now });
    for (let i = 0; i < 1000; i++) await create(token, `ou_${i % 50}`);
    const limited = await create(token, 'ou_new');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('x-ogw-ratelimit-reset'))).toBe(60);
    clock.advance(60_000);
    expect((await create(token, 'ou_new')).status).toBe(200);
  });

  it('should count replies against the chat of the message replied to', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ rateLimits: true, now: clock.now });
    fake.registerMessage('om_user', 'oc_group');
    const replyTo = (id: string) =>
      fetch(`${fake.url}/open-apis/im/v1/messages/${id}/reply`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ msg_type: 'text', content: '{"text":"hi"}' }),
      });
    for (let i = 0; i < 5; i++) expect((await replyTo('om_user')).status).toBe(200);
    expect((await replyTo('om_user')).status).toBe(429);
    expect(fake.messages[0]).toMatchObject({ kind: 'reply', target: 'om_user', chatId: 'oc_group' });
  });

  it('should deliver a uuid again only after an hour', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ now: clock.now });
    await create(token, 'ou_a', 'u1');
    await create(token, 'ou_a', 'u1');
    expect(fake.messages).toHaveLength(1);
    clock.advance(60 * 60 * 1000);
    await create(token, 'ou_a', 'u1');
    expect(fake.messages).toHaveLength(2);
  });

  it('should record PATCH updates of a card', async () => {
    const token = await start();
    const res = await fetch(`${fake.url}/open-apis/im/v1/messages/om_card`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ content: '{"schema":"2.0"}' }),
    });
    expect(await res.json()).toMatchObject({ code: 0 });
    expect(fake.messages[0]).toMatchObject({
      kind: 'update',
      target: 'om_card',
      content: '{"schema":"2.0"}',
    });
  });

  it('should answer 503 during an outage in http mode, then recover', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ now: clock.now });
    fake.goDown(5000, 'http');
    expect((await create(token, 'ou_a')).status).toBe(503);
    clock.advance(5000);
    expect((await create(token, 'ou_a')).status).toBe(200);
    expect(fake.calls.map((c) => c.outcome)).toEqual(['token', 'outage', 'delivered']);
  });

  it('should reset connections during an outage in reset mode', async () => {
    const clock = createTestClock(1_000_000);
    const token = await start({ now: clock.now });
    fake.goDown(5000);
    await expect(create(token, 'ou_a')).rejects.toThrow();
    clock.advance(5000);
    expect((await create(token, 'ou_a')).status).toBe(200);
  });
});
