import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeliveredMessage, type FakeLarkServer, startFakeLarkServer } from '../fakes/fake-lark-server';
import { buttonValue } from '../support/card-buttons';
import { cardActionEvent, messageEvent, postInit, TEST_LARK, toWire, uniqueId } from '../support/lark-events';
import { fakeLarkEnv } from '../support/node-app';
import { waitFor } from '../support/wait';
import { applyLocalMigrations, runWrangler, startWorkerFromConfig } from '../support/wrangler';

// The complaint loop of test/tickets/webhook-flow.test.ts, on the Worker: wrangler.toml's bundle under
// workerd, local D1 migrated by `wrangler d1 migrations apply`, the bundled knowledge/org.yaml, the real
// SDK client sending to the fake Lark, card callbacks answered inline, the Cron Trigger through
// /cdn-cgi/handler/scheduled. One story, in order; the Worker is restarted on the same D1 for the
// scheduler's idempotency, since a fresh isolate is what a second Cron run may land on.

const TOKEN = 'worker-admin-token-123';
const REPORTER = 'ou_worker_enterprise';
/** knowledge/org.yaml: the discipline office's handlers and supervision chat. */
const OFFICE = ['ou_jw_li', 'ou_jw_zhao', 'oc_jw_supervision'];
/** knowledge/org.yaml: 示例市住房和城乡建设局 (住建局), the accused unit: handlers and chat. */
const ACCUSED = ['ou_zjj_zhang', 'ou_zjj_liu', 'oc_zjj'];
const COMPLAINT = '住建局的人暗示要给好处费才给办施工许可';
const CRON = '* * * * *';
const CODE = /QQ-\d{8}-\d{4}/;
/** The history once the office handler has pressed 签收 (actors as GET /api/tickets/:code shows them). */
const ACCEPTED = ['open:reporter', 'assign:system', 'accept:ou_jw_li'];

type StartedWorker = Awaited<ReturnType<typeof startWorkerFromConfig>>;

let fake: FakeLarkServer;
let dir: string;
let worker: StartedWorker | null = null;
let base: string;

const persistDir = () => join(dir, 'state');
const logDir = () => join(dir, 'logs');

async function launch() {
  worker = await startWorkerFromConfig({
    persistDir: persistDir(),
    vars: { ...fakeLarkEnv(fake), ADMIN_TOKEN: TOKEN },
  });
  base = String(await worker.url).replace(/\/$/, '');
}

/** Stops the Worker and starts it again on the same local D1: a fresh isolate, nothing kept in memory. */
async function restart() {
  await worker?.dispose();
  worker = null;
  await launch();
}

beforeAll(async () => {
  fake = await startFakeLarkServer();
  dir = mkdtempSync(join(tmpdir(), 'qinqing-worker-tickets-'));
  await applyLocalMigrations(persistDir(), logDir());
  await launch();
}, 90_000);

afterAll(async () => {
  await worker?.dispose();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const post = async (payload: unknown) =>
  fetch(`${base}/lark/events`, postInit(await toWire(payload, { encryptKey: TEST_LARK.encryptKey })));

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

interface Listing {
  total: number;
  tickets: { code: string; category: string; status: string; handlerUnit: string }[];
}
interface Detail {
  ticket: { code: string; status: string };
  history: { action: string; actor: string }[];
}

const history = async (code: string) =>
  (await api<Detail>(`/api/tickets/${code}`)).history.map((e) => `${e.action}:${e.actor}`);

/** Runs the Cron Trigger once; miniflare answers after the handler and its waitUntil have settled. */
async function runCron() {
  const res = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(CRON)}`);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('ok');
}

async function press(operatorOpenId: string, value: Record<string, unknown>) {
  const res = await post(cardActionEvent({ operatorOpenId, value }));
  expect(res.status).toBe(200);
  return (await res.json()) as { toast?: { type: string; content: string }; card?: unknown };
}

/** Messages the accused unit's people or chat would have seen. */
const toAccused = () =>
  fake.messages.filter((m) => ACCUSED.includes(m.receiveId ?? '') || ACCUSED.includes(m.chatId ?? ''));
/** Messages created (not replies) that name the ticket, by receiver. */
const createdFor = (code: string) =>
  fake.messages.filter((m) => m.kind === 'create' && m.content.includes(code));
const receivers = (list: DeliveredMessage[]) => list.map((m) => m.receiveId).sort();

let code = '';
let complaintId = '';
let complaint: ReturnType<typeof messageEvent>;

describe('the complaint loop on the Worker (workerd, local D1, fake Lark)', () => {
  it('should file a misconduct complaint once, answer with the code and tell the discipline office, not the accused', async () => {
    complaintId = uniqueId('om');
    complaint = messageEvent({
      text: COMPLAINT,
      senderOpenId: REPORTER,
      messageId: complaintId,
      chatId: `oc_dm_${REPORTER}`,
    });
    const res = await post(complaint);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });

    const receipt = await waitFor(() => fake.messages.find((m) => m.target === complaintId), {
      timeoutMs: 15_000,
      what: 'the receipt reply',
    });
    expect(receipt).toMatchObject({ kind: 'reply', msgType: 'interactive' });
    code = CODE.exec(receipt.content)?.[0] ?? '';
    expect(code, receipt.content).not.toBe('');
    expect(receipt.content).toContain('吃拿卡要');
    expect(receipt.content).toContain('查询密钥'); // anonymous by default

    const listing = await api<Listing>('/api/tickets');
    expect(listing.total).toBe(1);
    expect(listing.tickets).toHaveLength(1);
    expect(listing.tickets[0]).toMatchObject({ code, category: 'extortion', handlerUnit: 'discipline' });
    expect(await history(code)).toEqual(['open:reporter', 'assign:system']);

    await waitFor(() => createdFor(code).length >= OFFICE.length, {
      timeoutMs: 15_000,
      what: () => `the office's notices (so far: ${receivers(createdFor(code)).join(', ')})`,
    });
    expect(receivers(createdFor(code))).toEqual([...OFFICE].sort());
    expect(toAccused()).toEqual([]);
    // Anonymous: the reporter's open_id is on no staff card.
    for (const m of createdFor(code)) expect(m.content).not.toContain(REPORTER);
  });

  it('should not file or answer again when Lark redelivers the message under a new event_id', async () => {
    expect(code).not.toBe('');
    const redelivered = { ...complaint, header: { ...complaint.header, event_id: uniqueId('ev') } };
    expect(await (await post(redelivered)).json()).toEqual({ ok: true, duplicate: true });
    // And the very same delivery again.
    expect(await (await post(complaint)).json()).toEqual({ ok: true, duplicate: true });

    expect((await api<Listing>('/api/tickets')).total).toBe(1);
    expect(fake.messages.filter((m) => m.target === complaintId)).toHaveLength(1);
    expect(receivers(createdFor(code))).toEqual([...OFFICE].sort());
  });

  it('should refuse 签收 from an outsider and the accused unit, and record it from the office handler', async () => {
    const officeCard = createdFor(code).find((m) => m.receiveId === 'ou_jw_li');
    expect(officeCard).toBeDefined();
    const accept = buttonValue(officeCard!, '签收');
    const before = fake.messages.length;

    const outsider = await press('ou_outsider', accept);
    expect(outsider.toast).toMatchObject({ type: 'error', content: expect.stringContaining('无权') });
    expect(outsider.card).toBeUndefined();
    const accused = await press('ou_zjj_liu', accept);
    expect(accused.toast).toMatchObject({ type: 'error', content: expect.stringContaining('回避') });
    expect(accused.card).toBeUndefined();
    expect(await history(code)).toEqual(['open:reporter', 'assign:system']);
    expect((await api<Detail>(`/api/tickets/${code}`)).ticket.status).toBe('assigned');

    const handler = await press('ou_jw_li', accept);
    expect(handler.toast).toEqual({ type: 'success', content: '已签收' });
    expect(handler.card).toMatchObject({ type: 'raw', data: { schema: '2.0' } });
    expect(await history(code)).toEqual(ACCEPTED);
    expect((await api<Detail>(`/api/tickets/${code}`)).ticket.status).toBe('in_progress');

    // The reporter hears of it (sent in waitUntil after the callback's answer), the accused does not.
    await waitFor(
      () => fake.messages.some((m) => m.receiveId === REPORTER && m.content.includes('承办单位已签收')),
      { timeoutMs: 15_000, what: 'the reporter told of the 签收' },
    );
    await waitFor(() => fake.messages.some((m) => m.content.includes(`已签收：${code}`)), {
      timeoutMs: 15_000,
      what: 'the supervision copy of the 签收',
    });
    // The refusals sent nothing; the 签收 told the reporter and copied the supervision chat.
    expect(receivers(fake.messages.slice(before))).toEqual([REPORTER, 'oc_jw_supervision'].sort());
    expect(toAccused()).toEqual([]);
  });

  it('should send nothing twice when the Cron Trigger runs twice, nothing being due', async () => {
    // The 办结 deadline is 5 working days away and its reminder 4 working hours before it.
    const sends = fake.sendCalls().length;
    const delivered = fake.messages.length;
    await runCron();
    await runCron();
    expect(fake.sendCalls().length).toBe(sends);
    expect(fake.messages.length).toBe(delivered);
    expect(await history(code)).toEqual(ACCEPTED);
  });

  it('should send a due 催办 once, however often and on whichever isolate the Cron Trigger runs', async () => {
    // Make the 办结 deadline an hour past (less than the 2 working days before escalation), through
    // wrangler's own client for the local D1, while no Worker holds it.
    await worker?.dispose();
    worker = null;
    const past = Date.now() - 60 * 60 * 1000;
    const sql = `UPDATE tickets SET deadline_at = ${past} WHERE code = '${code}'`;
    const result = await runWrangler(
      ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir(), '--command', sql],
      logDir(),
    );
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    await launch();

    const before = fake.messages.length;
    await runCron(); // answered once the tick in waitUntil has run: what it sent is already there
    const urges = fake.messages.slice(before);
    expect(receivers(urges)).toEqual([...OFFICE].sort());
    for (const m of urges) {
      expect(m).toMatchObject({ kind: 'create', msgType: 'interactive' });
      expect(m.content).toContain(code);
      expect(m.content).toContain('催办');
    }
    expect(await history(code)).toEqual([...ACCEPTED, 'urge:system']);

    const sends = fake.sendCalls().length;
    await runCron(); // the same isolate (which skips deadline work for 60 s: SCHEDULED_EVERY_MS)
    await restart();
    await runCron(); // a fresh isolate: only the claims in D1 stop a second 催办
    expect(fake.sendCalls().length).toBe(sends);
    expect(fake.messages.slice(before)).toEqual(urges);
    expect(await history(code)).toEqual([...ACCEPTED, 'urge:system']);

    // Nothing else went astray along the way: one ticket, one receipt, the accused never told.
    expect((await api<Listing>('/api/tickets')).total).toBe(1);
    expect(fake.messages.filter((m) => m.target === complaintId)).toHaveLength(1);
    expect(toAccused()).toEqual([]);
  }, 60_000);
});
