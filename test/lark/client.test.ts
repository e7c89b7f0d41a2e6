import { afterEach, describe, expect, it } from 'vitest';
import {
  createLarkClient,
  type LarkClient,
  LarkSendError,
  type OutboundMessage,
} from '../../src/lark/client';
import { type FakeLarkServer, startFakeLarkServer } from '../fakes/fake-lark-server';
import { TEST_LARK } from '../support/lark-events';

let fake: FakeLarkServer;

afterEach(async () => {
  await fake?.close();
});

async function setup(): Promise<LarkClient> {
  fake = await startFakeLarkServer({ appId: TEST_LARK.appId, appSecret: TEST_LARK.appSecret });
  return createLarkClient({ appId: TEST_LARK.appId, appSecret: TEST_LARK.appSecret, domain: fake.url });
}

const reply = (uuid: string): OutboundMessage => ({
  uuid,
  receiveIdType: 'chat_id',
  receiveId: 'oc_chat',
  replyTo: 'om_parent',
  replyInThread: true,
  msgType: 'text',
  content: JSON.stringify({ text: 'hello' }),
});

async function sendError(client: LarkClient, message: OutboundMessage): Promise<LarkSendError> {
  const error = await client.send(message).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LarkSendError);
  return error as LarkSendError;
}

describe('createLarkClient against the fake Lark server', () => {
  it('should fetch a tenant token once and send a reply with it, through the real SDK', async () => {
    const client = await setup();
    const first = await client.send(reply('u-1'));
    await client.send({ ...reply('u-2'), replyTo: null, receiveIdType: 'open_id', receiveId: 'ou_x' });

    expect(first.messageId).toMatch(/^om_fake_/);
    const tokenCalls = fake.calls.filter((c) => c.path === '/open-apis/auth/v3/tenant_access_token/internal');
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.body).toEqual({ app_id: TEST_LARK.appId, app_secret: TEST_LARK.appSecret });
    const [r, c] = fake.sendCalls();
    expect(r!.path).toBe('/open-apis/im/v1/messages/om_parent/reply');
    expect(r!.headers.authorization).toBe('Bearer t-fake-1');
    expect(r!.body).toMatchObject({ msg_type: 'text', uuid: 'u-1', reply_in_thread: true });
    expect(c!.path).toBe('/open-apis/im/v1/messages');
    expect(c!.query).toEqual({ receive_id_type: 'open_id' });
    expect(c!.body).toMatchObject({ receive_id: 'ou_x', uuid: 'u-2' });
  });

  it("should read the bot's open_id from /open-apis/bot/v3/info", async () => {
    const client = await setup();
    expect(await client.botOpenId()).toBe(fake.botOpenId);
  });

  it('should deliver one message when the same uuid is sent twice, like Lark', async () => {
    const client = await setup();
    const a = await client.send(reply('same'));
    const b = await client.send(reply('same'));
    expect(b.messageId).toBe(a.messageId);
    expect(fake.messages).toHaveLength(1);
    expect(fake.sendCalls().map((call) => call.outcome)).toEqual(['delivered', 'duplicate']);
  });

  it('should classify HTTP 500 as retryable', async () => {
    const client = await setup();
    fake.failNext(1, { type: 'http', status: 500 });
    const error = await sendError(client, reply('u'));
    expect(error).toMatchObject({ retryable: true, retryAfterMs: null });
  });

  it('should classify 429 as retryable after x-ogw-ratelimit-reset', async () => {
    const client = await setup();
    fake.failNext(1, { type: 'rate_limit', resetSeconds: 3 });
    const error = await sendError(client, reply('u'));
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 3000, code: 99991400 });
  });

  it('should classify HTTP 200 with a non-zero code as a permanent failure unless it is a rate limit', async () => {
    const client = await setup();
    fake.failNext(1, { type: 'code', code: 230002, msg: 'bot not in chat' });
    expect(await sendError(client, reply('a'))).toMatchObject({ retryable: false, code: 230002 });
    fake.failNext(1, { type: 'code', code: 230020, msg: 'frequency limit', status: 400 });
    expect(await sendError(client, reply('b'))).toMatchObject({ retryable: true, code: 230020 });
  });

  it('should classify a connection failure as retryable', async () => {
    const client = await setup();
    await client.botOpenId(); // token fetched
    fake.goDown(60_000);
    expect(await sendError(client, reply('u'))).toMatchObject({ retryable: true });
    expect(fake.messages).toHaveLength(0);
  });

  it('should not share tokens between clients of different fake servers', async () => {
    const client = await setup();
    await client.send(reply('one'));
    const first = fake;
    fake = await startFakeLarkServer();
    const other = createLarkClient({
      appId: TEST_LARK.appId,
      appSecret: TEST_LARK.appSecret,
      domain: fake.url,
    });
    await other.send(reply('two'));
    await first.close();
    expect(fake.sendCalls()[0]!.headers.authorization).toBe('Bearer t-fake-1');
    expect(fake.messages).toHaveLength(1);
  });
});
