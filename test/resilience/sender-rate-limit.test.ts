import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createKvRepository } from '../../src/db/repositories/kv-repository';
import type { MessageUpdate } from '../../src/domain/chat/update';
import { createSenderRateLimiter, SENDER_LIMITS } from '../../src/intake/sender-rate-limit';
import { settleBackgroundWork } from '../../src/transport/run-after-response';
import { startFakeLarkServer } from '../fakes/fake-lark-server';
import { createTestClock } from '../support/clock';
import { messageEvent, postInit, TEST_LARK, toWire } from '../support/lark-events';
import { repliesByTarget } from '../support/replies';
import { openTestDatabase } from '../support/test-database';
import { buildApp } from './support/app';
import { count } from './support/sqlite';

// One sender cannot flood the bot: 20 messages a minute and 5 complaints an hour, sliding windows kept in
// the kv table, a polite notice once per window, and the webhook's acknowledgement never held up.

const QUESTION = '老板请吃饭能去吗';
const COMPLAINT = '投诉：在政务大厅办营业执照，窗口工作人员暗示要给好处费才给办';

let sequence = 0;
function update(senderId: string, text = QUESTION, overrides: Partial<MessageUpdate> = {}): MessageUpdate {
  sequence += 1;
  return {
    kind: 'message',
    eventId: `ev_limit_${sequence}`,
    messageId: `om_limit_${sequence}`,
    chatId: `oc_${senderId}`,
    chatType: 'p2p',
    threadId: null,
    senderId,
    text,
    attachments: [],
    sentAt: 0,
    ...overrides,
  };
}

function setup() {
  const database = openTestDatabase();
  onTestFinished(() => database.close());
  const store = createKvRepository(database.db);
  const clock = createTestClock(1_800_000_000_000);
  return { database, store, clock, limiter: createSenderRateLimiter({ store }) };
}

describe('sender rate limit', () => {
  it('should admit 20 messages a minute, then answer once with a notice and stay silent after', async () => {
    const { limiter, clock } = setup();
    for (let i = 0; i < 20; i++)
      expect(await limiter.admit(update('ou_a'), clock.now())).toEqual({ type: 'allowed' });
    const first = await limiter.admit(update('ou_a'), clock.now());
    expect(first).toMatchObject({
      type: 'limited',
      limit: 'messages',
      notice: { type: 'notice', tone: 'warning' },
    });
    expect(first.type === 'limited' && first.notice?.lines.join('')).toContain('60 秒');
    for (let i = 0; i < 5; i++) {
      expect(await limiter.admit(update('ou_a'), clock.now())).toMatchObject({
        type: 'limited',
        notice: null,
      });
    }
    expect(await limiter.admit(update('ou_b'), clock.now())).toEqual({ type: 'allowed' });
  });

  it('should slide: admit again as the oldest messages leave the window, with one notice per window', async () => {
    const { limiter, clock } = setup();
    for (let i = 0; i < 20; i++) {
      await limiter.admit(update('ou_a'), clock.now());
      clock.advance(1000);
    }
    expect(await limiter.admit(update('ou_a'), clock.now())).toMatchObject({
      type: 'limited',
      retryAfterMs: 40_000,
    });
    clock.advance(40_000); // the first message is now a minute old
    expect(await limiter.admit(update('ou_a'), clock.now())).toEqual({ type: 'allowed' });
    expect(await limiter.admit(update('ou_a'), clock.now())).toMatchObject({ type: 'limited', notice: null });
    clock.advance(60_000); // a new window: the notice may come again
    for (let i = 0; i < 20; i++) await limiter.admit(update('ou_a'), clock.now());
    expect(await limiter.admit(update('ou_a'), clock.now())).toMatchObject({
      type: 'limited',
      notice: { type: 'notice' },
    });
  });

  it('should admit 5 complaints an hour, refuse the 6th, and still answer questions', async () => {
    const { limiter, clock } = setup();
    for (let i = 0; i < 5; i++) {
      expect(await limiter.admit(update('ou_c', COMPLAINT), clock.now())).toEqual({ type: 'allowed' });
      clock.advance(61_000);
    }
    const refused = await limiter.admit(update('ou_c', COMPLAINT), clock.now());
    expect(refused).toMatchObject({
      type: 'limited',
      limit: 'complaints',
      notice: { title: '反映次数已达上限' },
    });
    expect(await limiter.admit(update('ou_c', COMPLAINT), clock.now())).toMatchObject({ notice: null });
    expect(await limiter.admit(update('ou_c', QUESTION), clock.now())).toEqual({ type: 'allowed' });
    // A complaint in a group opens no ticket there, so it does not count against the hour.
    const inGroup = update('ou_c', COMPLAINT, { chatType: 'group' });
    expect(await limiter.admit(inGroup, clock.now())).toEqual({ type: 'allowed' });
    clock.advance(SENDER_LIMITS.complaints.windowMs);
    expect(await limiter.admit(update('ou_c', COMPLAINT), clock.now())).toEqual({ type: 'allowed' });
  });

  it('should judge a repeated event as it did the first time and count it once', async () => {
    const { limiter, clock } = setup();
    const admitted = update('ou_r');
    expect(await limiter.admit(admitted, clock.now())).toEqual({ type: 'allowed' });
    for (let i = 0; i < 5; i++)
      expect(await limiter.admit(admitted, clock.now())).toEqual({ type: 'allowed' });
    for (let i = 0; i < 19; i++) await limiter.admit(update('ou_r'), clock.now());
    const noticed = update('ou_r');
    const first = await limiter.admit(noticed, clock.now());
    expect(first).toMatchObject({ type: 'limited', notice: { type: 'notice' } });
    expect(await limiter.admit(noticed, clock.now())).toMatchObject({
      type: 'limited',
      notice: { type: 'notice' },
    });
  });

  it('should keep its windows in the kv table, so a restarted process still knows them', async () => {
    const { database, limiter, clock } = setup();
    for (let i = 0; i < 20; i++) await limiter.admit(update('ou_k'), clock.now());
    const restarted = createSenderRateLimiter({ store: createKvRepository(database.db) });
    expect(await restarted.admit(update('ou_k'), clock.now())).toMatchObject({ type: 'limited' });
  });

  it('should not let concurrent messages from one sender take more than the limit', async () => {
    const { limiter, clock } = setup();
    const decisions = await Promise.all(
      Array.from({ length: 30 }, () => limiter.admit(update('ou_x'), clock.now())),
    );
    expect(decisions.filter((d) => d.type === 'allowed')).toHaveLength(20);
    expect(decisions.filter((d) => d.type === 'limited' && d.notice)).toHaveLength(1);
  });
});

describe('sender rate limit in the running bot', () => {
  // A smaller message limit keeps the flood short: the replies all go to one chat, paced at 5 a second.
  const limits = { messages: { max: 6, windowMs: 60_000 }, complaints: SENDER_LIMITS.complaints };

  async function bot() {
    const dir = mkdtempSync(join(tmpdir(), 'qinqing-limit-'));
    const dbPath = join(dir, 'qinqing.db');
    const fake = await startFakeLarkServer();
    const clock = createTestClock();
    const t = buildApp({ dbPath, fake, now: clock.now, senderLimits: limits });
    onTestFinished(async () => {
      await settleBackgroundWork();
      t.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    });
    let n = 0;
    const post = async (senderId: string, text: string) => {
      n += 1;
      const event = messageEvent({
        eventId: `ev_bot_${n}`,
        messageId: `om_bot_${n}`,
        chatId: `oc_${senderId}`,
        senderOpenId: senderId,
        text,
      });
      const res = await t.app.request(
        '/lark/events',
        postInit(await toWire(event, { encryptKey: TEST_LARK.encryptKey, now: clock.now() })),
      );
      return { status: res.status, messageId: `om_bot_${n}` };
    };
    return { fake, dbPath, post };
  }

  it('should answer a flooding sender up to the limit, tell them once, and acknowledge every event', async () => {
    const { fake, post } = await bot();
    const sent = [];
    for (let i = 0; i < 12; i++) sent.push(await post('ou_flood', `${QUESTION}（第${i + 1}次）`));
    expect(sent.map((s) => s.status)).toEqual(sent.map(() => 200));
    await settleBackgroundWork();
    const replies = repliesByTarget(fake);
    expect(sent.slice(0, 7).every((s) => replies.get(s.messageId)?.length === 1)).toBe(true);
    expect(replies.get(sent[6]!.messageId)![0]!.content).toContain('消息有点多');
    expect(sent.slice(7).some((s) => replies.has(s.messageId))).toBe(false);
  });

  it('should open 5 tickets an hour for one sender and tell them once when they send more', async () => {
    const { fake, dbPath, post } = await bot();
    const sent = [];
    for (let i = 0; i < 7; i++) sent.push(await post('ou_many', `${COMPLAINT}，第${i + 1}件`));
    await settleBackgroundWork();
    expect(count(dbPath, 'select count(*) as n from tickets')).toBe(5);
    const replies = repliesByTarget(fake);
    expect(replies.get(sent[5]!.messageId)![0]!.content).toContain('反映次数已达上限');
    expect(replies.has(sent[6]!.messageId)).toBe(false);
  });
});
