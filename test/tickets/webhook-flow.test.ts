import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema';
import { settleBackgroundWork } from '../../src/transport/run-after-response';
import { type DeliveredMessage, type FakeLarkServer, startFakeLarkServer } from '../fakes/fake-lark-server';
import { buttonValue } from '../support/card-buttons';
import { cardActionEvent, messageEvent, postInit, TEST_LARK, toWire, uniqueId } from '../support/lark-events';
import { buildTestApp, type TestApp } from '../support/node-app';
import { waitFor } from '../support/wait';

// Black box, as Lark sees it: signed and encrypted events into POST /lark/events, the real SDK client
// sending to a fake Lark, the shipped knowledge/org.yaml, then the admin API. One story, in order.

const TOKEN = 'e2e-admin-token-123';
const REPORTER = 'ou_enterprise_boss';
const ZJJ = ['ou_zjj_zhang', 'ou_zjj_liu', 'oc_zjj'];
const OFFICE = ['ou_jw_li', 'ou_jw_zhao', 'oc_jw_supervision'];

let fake: FakeLarkServer;
let t: TestApp;

beforeAll(async () => {
  fake = await startFakeLarkServer();
  t = buildTestApp({ fakeLark: fake, env: { ADMIN_TOKEN: TOKEN } });
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const post = async (payload: unknown) =>
  t.app.request('/lark/events', postInit(await toWire(payload, { encryptKey: TEST_LARK.encryptKey })));
const api = (path: string) => t.app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
const card = (m: DeliveredMessage) => JSON.parse(m.content) as Record<string, unknown>;
const cardText = (m: DeliveredMessage) => m.content;

async function say(text: string, senderOpenId = REPORTER) {
  const messageId = uniqueId('om');
  const event = messageEvent({ text, senderOpenId, messageId, chatId: `oc_dm_${senderOpenId}` });
  expect((await post(event)).status).toBe(200);
  await settleBackgroundWork();
  const reply = await waitFor(() => fake.messages.find((m) => m.target === messageId), {
    what: `a reply to "${text}"`,
  });
  return { event, reply };
}

async function press(operatorOpenId: string, value: Record<string, unknown>) {
  const res = await post(cardActionEvent({ operatorOpenId, value }));
  expect(res.status).toBe(200);
  await settleBackgroundWork();
  return (await res.json()) as { toast?: { type: string; content: string }; card?: unknown };
}

const deliveredTo = (code: string) =>
  fake.messages.filter((m) => m.kind === 'create' && m.content.includes(code)).map((m) => m.receiveId);

const history = async (code: string) =>
  (await t.runtime.ports.tickets.history(code)).map((e) => `${e.action}:${e.actor}`);

let misconductCode = '';
let delayCode = '';

describe('the complaint loop through the real webhook', () => {
  it('should file a 吃拿卡要 complaint once, receipt with its code, the discipline office told and the accused bureau not', async () => {
    const { event, reply } = await say('匿名：住建局窗口的工作人员暗示要给好处费才给办施工许可');
    misconductCode = /QQ-\d{8}-\d{4}/.exec(cardText(reply))![0];
    expect(cardText(reply)).toContain('查询密钥');
    expect(cardText(reply)).toContain('吃拿卡要');
    expect(await post(event).then((r) => r.json())).toEqual({ ok: true, duplicate: true });
    await settleBackgroundWork();
    expect(await t.runtime.ports.tickets.count({})).toBe(1);

    await waitFor(() => deliveredTo(misconductCode).length >= 3);
    expect(deliveredTo(misconductCode).sort()).toEqual([...OFFICE].sort());
    const rows = (await t.database.db.select().from(outbox)).filter((r) => r.ticketCode === misconductCode);
    expect(rows.map((r) => r.receiveId).sort()).toEqual([...OFFICE].sort());
    for (const m of fake.messages.filter((x) => x.content.includes(misconductCode))) {
      expect(m.content).not.toContain(REPORTER);
    }
  });

  it('should assign a 慢作为 complaint to its bureau with a deadline', async () => {
    const { reply } = await say('实名反映：住建局的施工许可审批拖了三个月还没办结');
    delayCode = /QQ-\d{8}-\d{4}/.exec(cardText(reply))![0];
    expect(cardText(reply)).toContain('示例市住房和城乡建设局');
    expect(cardText(reply)).toMatch(/办结 \d{4}-\d{2}-\d{2}（周.）18:00/);
    await waitFor(() => deliveredTo(delayCode).length >= 4);
    expect(deliveredTo(delayCode).sort()).toEqual([...ZJJ, 'oc_jw_supervision'].sort());
    const stored = (await t.runtime.ports.tickets.find(delayCode))!.ticket;
    expect(stored).toMatchObject({ status: 'assigned', departmentId: 'zjj', category: 'delay' });
  });

  it('should change nothing when an outsider presses 签收, and record the handler who does', async () => {
    const groupCard = fake.messages.find((m) => m.receiveId === 'oc_zjj' && m.content.includes(delayCode))!;
    const accept = buttonValue(groupCard, '签收');
    const outsider = await press('ou_outsider', accept);
    expect(outsider.toast).toMatchObject({ type: 'error', content: expect.stringContaining('无权') });
    expect(outsider.card).toBeUndefined();
    expect(await history(delayCode)).toEqual(['open:reporter', 'assign:system']);

    const handler = await press('ou_zjj_liu', accept);
    expect(handler.toast).toEqual({ type: 'success', content: '已签收' });
    expect(handler.card).toMatchObject({ type: 'raw', data: { schema: '2.0' } });
    expect(await history(delayCode)).toEqual(['open:reporter', 'assign:system', 'accept:ou_zjj_liu']);
    await waitFor(() =>
      fake.messages.some((m) => m.receiveId === REPORTER && m.content.includes('承办单位已签收')),
    );
  });

  it('should answer the reporter’s 查询 and tell a stranger nothing', async () => {
    const own = await say(`查询 ${delayCode}`);
    expect(cardText(own.reply)).toContain(delayCode);
    expect(cardText(own.reply)).toContain('整改中');
    const stranger = await say(`查询 ${delayCode}`, 'ou_stranger');
    const nothing = await say('查询 QQ-20200101-0000', 'ou_stranger');
    expect(card(stranger.reply)).toEqual(card(nothing.reply));
    expect(cardText(stranger.reply)).not.toContain('施工许可');
  });

  it('should list, export and show the history through the admin API', async () => {
    const list = (await (await api('/api/tickets')).json()) as { tickets: { code: string }[] };
    expect(list.tickets.map((x) => x.code)).toEqual([delayCode, misconductCode]);
    const csv = await (await api('/api/tickets?format=csv')).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    const anonymousLine = csv.split('\r\n').find((l) => l.startsWith(misconductCode))!;
    expect(anonymousLine).toContain(',是,,,,');
    expect(anonymousLine).not.toContain(REPORTER);
    const detail = (await (await api(`/api/tickets/${delayCode}`)).json()) as {
      history: { action: string; actor: string }[];
    };
    expect(detail.history.map((e) => `${e.action}:${e.actor}`)).toEqual([
      'open:reporter',
      'assign:system',
      'accept:ou_zjj_liu',
    ]);
    const anonymous = await (await api(`/api/tickets/${misconductCode}`)).text();
    expect(anonymous).not.toContain(REPORTER);
  });
});
