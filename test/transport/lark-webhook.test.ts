import { describe, expect, it } from 'vitest';
import type { MessageHandler } from '../../handlers/context';
import { createRoutes, type Routes } from '../../handlers/routes';
import type { CardActionResult } from '../../src/domain/chat/reply';
import type { MessageUpdate } from '../../src/domain/chat/update';
import { CARD_BUDGET_MS } from '../../src/runtime';
import { settleBackgroundWork } from '../../src/transport/run-after-response';
import type { FakeLarkServer } from '../fakes/fake-lark-server';
import { buildFakeLarkApp } from '../support/fake-lark-app';
import { cardActionEvent, messageEvent, postInit, TEST_LARK, toWire, uniqueId } from '../support/lark-events';
import type { TestAppOptions } from '../support/node-app';
import { waitFor } from '../support/wait';

// What the webhook does with verified events: dedupe, answer fast, reply through the real SDK client.

async function setup(options: Omit<TestAppOptions, 'fakeLark'> = {}) {
  const { fake, t } = await buildFakeLarkApp(options);
  const post = async (payload: unknown) =>
    t.app.request('/lark/events', postInit(await toWire(payload, { encryptKey: TEST_LARK.encryptKey })));
  return { fake, t, post };
}

/** Routes that remember every message update they see, answering with the help card. */
function recordingRoutes(seen: MessageUpdate[]): Routes {
  const routes = createRoutes();
  const inner = routes.message;
  const message: MessageHandler = async (ctx) => {
    seen.push(ctx.update);
    return inner(ctx);
  };
  return { ...routes, message };
}

function parsedCard(fake: FakeLarkServer, index = 0) {
  return JSON.parse(fake.messages[index]!.content) as {
    schema: string;
    header: { title: { content: string } };
  };
}

describe('POST /lark/events: messages', () => {
  it('should answer a direct message with the help card, as a reply with a uuid', async () => {
    const { fake, post } = await setup();
    const event = messageEvent({ text: '你好', chatType: 'p2p', chatId: 'oc_dm', messageId: 'om_dm_1' });
    const res = await post(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    await settleBackgroundWork();

    const [call] = fake.sendCalls();
    expect(call!.path).toBe('/open-apis/im/v1/messages/om_dm_1/reply');
    expect(call!.headers.authorization).toMatch(/^Bearer t-fake-/);
    const body = call!.body as { uuid: string; msg_type: string; content: string; reply_in_thread: boolean };
    expect(body.uuid).toMatch(/^qq-[0-9a-f]{40}$/);
    expect(body.uuid.length).toBeLessThanOrEqual(50);
    expect(body.msg_type).toBe('interactive');
    expect(body.reply_in_thread).toBe(false);
    expect(fake.messages).toHaveLength(1);
    expect(parsedCard(fake)).toMatchObject({
      schema: '2.0',
      header: { title: { content: expect.any(String) } },
    });
  });

  it('should answer one message once when Lark redelivers the same event', async () => {
    const { fake, post } = await setup();
    const event = messageEvent();
    expect(await (await post(event)).json()).toEqual({ ok: true });
    expect(await (await post(event)).json()).toEqual({ ok: true, duplicate: true });
    await settleBackgroundWork();
    expect(fake.sendCalls()).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
  });

  it('should answer one message once when it comes again under a new event_id', async () => {
    const { fake, post } = await setup();
    const messageId = uniqueId('om');
    await post(messageEvent({ messageId, eventId: 'ev_first' }));
    await settleBackgroundWork();
    const again = await post(messageEvent({ messageId, eventId: 'ev_second' }));
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    await settleBackgroundWork();
    expect(fake.messages).toHaveLength(1);
  });

  it('should answer each of two concurrent deliveries of one message only once', async () => {
    const { fake, post } = await setup();
    const messageId = uniqueId('om');
    const results = await Promise.all([post(messageEvent({ messageId })), post(messageEvent({ messageId }))]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    await settleBackgroundWork();
    expect(fake.messages).toHaveLength(1);
  });

  it('should ignore a group message that does not @-mention the bot', async () => {
    const seen: MessageUpdate[] = [];
    const { fake, post } = await setup({ routes: recordingRoutes(seen) });
    const res = await post(
      messageEvent({
        chatType: 'group',
        text: '@_user_1 看看这个',
        mentions: [{ openId: 'ou_someone_else' }],
      }),
    );
    expect(await res.json()).toMatchObject({ ok: true, ignored: expect.any(String) });
    const unmentioned = await post(messageEvent({ chatType: 'group', text: '大家好' }));
    expect(await unmentioned.json()).toMatchObject({ ignored: expect.any(String) });
    await settleBackgroundWork();
    expect(seen).toHaveLength(0);
    expect(fake.sendCalls()).toHaveLength(0);
  });

  it('should answer a group message that @-mentions the bot in its thread, with the mention stripped', async () => {
    const seen: MessageUpdate[] = [];
    const { fake, post } = await setup({ routes: recordingRoutes(seen) });
    const event = messageEvent({
      chatType: 'group',
      chatId: 'oc_group',
      messageId: 'om_in_thread',
      threadId: 'omt_thread',
      rootId: 'om_root',
      text: '@_user_1 老板请吃饭能去吗 @_user_2',
      mentions: [{ openId: fake.botOpenId, name: '亲清助手' }, { openId: 'ou_colleague' }],
    });
    expect((await post(event)).status).toBe(200);
    await settleBackgroundWork();

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ chatType: 'group', text: '老板请吃饭能去吗', threadId: 'omt_thread' });
    const [call] = fake.sendCalls();
    expect(call!.path).toBe('/open-apis/im/v1/messages/om_in_thread/reply');
    expect(call!.body).toMatchObject({
      reply_in_thread: true,
      msg_type: 'interactive',
      uuid: expect.any(String),
    });
    expect(fake.calls.filter((c) => c.path === '/open-apis/bot/v3/info')).toHaveLength(1);
  });

  it('should ignore events of a type it does not handle with 200', async () => {
    const { fake, post } = await setup();
    const event = messageEvent();
    event.header.event_type = 'im.chat.member.bot.added_v1';
    const res = await post(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, ignored: expect.stringContaining('not handled') });
    await settleBackgroundWork();
    expect(fake.sendCalls()).toHaveLength(0);
  });

  it('should answer 200 when the message handler fails, and keep the event for another attempt', async () => {
    const routes: Routes = {
      ...createRoutes(),
      message: async () => {
        throw new Error('handler exploded');
      },
    };
    const { t, fake, post } = await setup({ routes });
    const res = await post(messageEvent());
    expect(res.status).toBe(200);
    await settleBackgroundWork();
    expect(fake.sendCalls()).toHaveLength(0);
    expect(t.logs.join('\n')).toContain('handler exploded');
    const [row] = await t.runtime.inbox.pending(Date.now() + 60_000, 10);
    expect(row).toMatchObject({ attempts: 1 });
  });
});

describe('POST /lark/events: work after the answer', () => {
  /** An ExecutionContext like workerd's, recording what is handed to waitUntil. */
  function executionContext() {
    const tasks: Promise<unknown>[] = [];
    const ctx = {
      waitUntil: (task: Promise<unknown>) => tasks.push(task),
      passThroughOnException() {},
      props: {},
    };
    return { tasks, ctx: ctx as unknown as ExecutionContext };
  }

  it('should hand the processing of a message to waitUntil, as on Workers', async () => {
    const { t, fake } = await setup();
    const { tasks, ctx } = executionContext();
    const wire = await toWire(messageEvent(), { encryptKey: TEST_LARK.encryptKey });
    const res = await t.app.request('/lark/events', postInit(wire), {}, ctx);
    expect(res.status).toBe(200);
    expect(tasks).toHaveLength(1);
    await Promise.all(tasks);
    expect(fake.messages).toHaveLength(1);
  });

  it("should hand a card action's remaining work and its messages to waitUntil", async () => {
    const routes: Routes = {
      ...createRoutes(),
      cardActions: {
        notify: async () => ({
          toast: { type: 'success', text: '已通知' },
          also: [
            {
              to: { type: 'chat', id: 'oc_supervision' },
              reply: { type: 'notice', tone: 'info', title: '抄送', lines: ['x'] },
              key: 'cc',
              purpose: 'cc',
            },
          ],
        }),
      },
    };
    const { t, fake } = await setup({ routes });
    const { tasks, ctx } = executionContext();
    const wire = await toWire(cardActionEvent({ value: { action: 'notify' } }), {
      encryptKey: TEST_LARK.encryptKey,
    });
    const res = await t.app.request('/lark/events', postInit(wire), {}, ctx);
    expect(await res.json()).toMatchObject({ toast: { type: 'success' } });
    expect(tasks).toHaveLength(1);
    await Promise.all(tasks);
    expect(fake.messages).toEqual([
      expect.objectContaining({ receiveIdType: 'chat_id', receiveId: 'oc_supervision' }),
    ]);
  });
});

describe('POST /lark/events: card callbacks', () => {
  it('should answer an unknown action with a JSON toast at once', async () => {
    const { post } = await setup();
    const started = performance.now();
    const res = await post(cardActionEvent({ value: { action: 'no-such-action' } }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ toast: { type: 'warning', content: expect.any(String) } });
  });

  it("should answer with the handler's toast and card, and send its extra messages", async () => {
    const routes: Routes = {
      ...createRoutes(),
      cardActions: {
        accept: async ({ update }) => ({
          toast: { type: 'success', text: `已签收 ${String(update.value.ticket)}` },
          card: { type: 'notice', tone: 'success', title: '已签收', lines: ['处理人已签收'] },
          also: [
            {
              to: { type: 'user', id: 'ou_reporter' },
              reply: { type: 'notice', tone: 'info', title: '进展', lines: ['已签收'] },
              key: 'notify-reporter',
              purpose: 'status',
            },
          ],
        }),
      },
    };
    const { fake, post } = await setup({ routes });
    const res = await post(cardActionEvent({ value: { action: 'accept', ticket: 'T-1' } }));
    const body = (await res.json()) as { toast: unknown; card: { type: string; data: { schema: string } } };
    expect(body.toast).toEqual({ type: 'success', content: '已签收 T-1' });
    expect(body.card).toMatchObject({ type: 'raw', data: { schema: '2.0' } });
    await waitForMessages(fake, 1);
    const [call] = fake.sendCalls();
    expect(call!.path).toBe('/open-apis/im/v1/messages');
    expect(call!.query).toEqual({ receive_id_type: 'open_id' });
    expect(call!.body).toMatchObject({ receive_id: 'ou_reporter', msg_type: 'interactive' });
  });

  it('should answer a failing action with an error toast and 200', async () => {
    const routes: Routes = {
      ...createRoutes(),
      cardActions: {
        explode: async () => {
          throw new Error('card handler exploded');
        },
      },
    };
    const { post } = await setup({ routes });
    const res = await post(cardActionEvent({ value: { action: 'explode' } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ toast: { type: 'error', content: expect.any(String) } });
  });

  it('should answer a slow action inside the 3-second budget with an interim toast', async () => {
    let finish: (r: CardActionResult) => void = () => undefined;
    const routes: Routes = {
      ...createRoutes(),
      cardActions: { slow: () => new Promise<CardActionResult>((resolve) => (finish = resolve)) },
    };
    const { post } = await setup({ routes });
    const started = performance.now();
    const res = await post(cardActionEvent({ value: JSON.stringify({ action: 'slow' }) }));
    const elapsed = performance.now() - started;
    finish({});
    expect(elapsed).toBeGreaterThanOrEqual(CARD_BUDGET_MS - 50);
    expect(elapsed).toBeLessThan(3000);
    expect(await res.json()).toEqual({ toast: { type: 'info', content: expect.any(String) } });
  });

  it('should answer a redelivered callback with an empty object', async () => {
    const { post } = await setup();
    const event = cardActionEvent({ value: { action: 'x' } });
    await post(event);
    const res = await post(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
  });
});

async function waitForMessages(fake: FakeLarkServer, count: number) {
  await waitFor(() => fake.messages.length >= count, { what: `${count} delivered message(s)` });
}
