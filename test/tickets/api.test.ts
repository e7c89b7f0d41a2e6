import { describe, expect, it, onTestFinished } from 'vitest';
import { at, org } from '../domain/tickets/fixtures';
import { createTestClock } from '../support/clock';
import { buildTestApp, type TestAppOptions } from '../support/node-app';
import { act, file } from './support';

const TOKEN = 'admin-token-for-tests';

function setup(options: TestAppOptions = {}) {
  const clock = createTestClock(at('2026-11-20 10:00'));
  const t = buildTestApp({ org, now: clock.now, env: { ADMIN_TOKEN: TOKEN }, ...options });
  onTestFinished(() => t.close());
  const get = (path: string, token: string | null = TOKEN) =>
    t.app.request(path, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { t, get, ports: t.runtime.ports };
}

async function seed(ports: ReturnType<typeof setup>['ports']) {
  const delay = await file(
    ports,
    { description: '住建局的施工许可拖了三个月', category: 'delay' },
    at('2026-11-16 10:00'),
  );
  const anonymous = await file(
    ports,
    {
      description: '住建局的人暗示要给好处费',
      category: 'extortion',
      anonymous: true,
      reporterId: 'ou_secret_reporter',
      enterprise: '秘密建材公司',
      contact: '13700000000',
    },
    at('2026-11-17 10:00'),
  );
  const policy = await file(
    ports,
    { description: '补贴一直不到账，工信局不答复', category: 'policy' },
    at('2026-11-18 10:00'),
  );
  await act(ports, 'ou_zjj', delay.code, 'accept', {}, at('2026-11-16 11:00'));
  await act(ports, 'ou_zjj', delay.code, 'resolve', { note: '已办结，许可证已发放' }, at('2026-11-17 11:00'));
  return { delay, anonymous, policy };
}

describe('GET /api/tickets', () => {
  it('should answer 403 without ADMIN_TOKEN configured and 401 for a missing or wrong token, in JSON', async () => {
    const off = setup({ env: { ADMIN_TOKEN: undefined } });
    const disabled = await off.get('/api/tickets');
    expect(disabled.status).toBe(403);
    expect(await disabled.json()).toEqual({ error: 'admin_disabled', message: expect.any(String) });

    const { get } = setup();
    for (const token of [null, 'wrong-token-of-some-length', `${TOKEN}x`]) {
      const res = await get('/api/tickets', token);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    }
    expect((await get('/api/tickets/QQ-20261116-0001', 'nope')).status).toBe(401);
  });

  it('should list tickets newest first, filter them, and never show an anonymous reporter', async () => {
    const { get, ports } = setup();
    const { delay, anonymous, policy } = await seed(ports);
    const res = await get('/api/tickets');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; tickets: Record<string, unknown>[] };
    expect(body.total).toBe(3);
    expect(body.tickets.map((t) => t.code)).toEqual([policy.code, anonymous.code, delay.code]);
    expect(body.tickets[1]).toMatchObject({
      category: 'extortion',
      categoryLabel: '吃拿卡要',
      handledBy: '测试市纪委监委',
      anonymous: true,
      reporter: { id: null, channel: 'lark', anonymous: true },
      enterprise: null,
    });
    expect(JSON.stringify(body)).not.toMatch(/ou_secret_reporter|秘密建材|13700000000|queryKeyHash/);

    const byStatus = (await (await get('/api/tickets?status=resolved')).json()) as {
      tickets: { code: string }[];
    };
    expect(byStatus.tickets.map((t) => t.code)).toEqual([delay.code]);
    const byCategory = (await (await get('/api/tickets?category=policy')).json()) as {
      tickets: { code: string }[];
    };
    expect(byCategory.tickets.map((t) => t.code)).toEqual([policy.code]);
    const byDepartment = (await (await get('/api/tickets?department=zjj')).json()) as {
      tickets: { code: string }[];
    };
    expect(byDepartment.tickets.map((t) => t.code)).toEqual([delay.code]);
    const byDates = (await (await get('/api/tickets?from=2026-11-17&to=2026-11-17')).json()) as {
      tickets: { code: string }[];
    };
    expect(byDates.tickets.map((t) => t.code)).toEqual([anonymous.code]);
    for (const bad of [
      'status=nope',
      'category=bribe',
      'department=nowhere',
      'format=xml',
      'limit=-1',
      'from=2026-13-01',
      'to=yesterday',
    ]) {
      const r = await get(`/api/tickets?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(await r.json()).toMatchObject({ error: 'invalid_query' });
    }
  });

  it('should export CSV with a BOM and a header row, one line per ticket, anonymity kept', async () => {
    const { get, ports } = setup();
    const { delay, anonymous } = await seed(ports);
    const res = await get('/api/tickets?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^工单编号,类别,类别代码,状态,状态代码,承办单位/);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith(delay.code))).toContain('已办结（待销号）');
    expect(lines.find((l) => l.startsWith(anonymous.code))).toContain(',是,,,,');
    expect(csv).not.toMatch(/ou_secret_reporter|秘密建材|13700000000/);
  });

  it('should show one ticket with its full history, and 404 an unknown code', async () => {
    const { get, ports } = setup();
    const { delay } = await seed(ports);
    const res = await get(`/api/tickets/${delay.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ticket: { code: string }; history: Record<string, unknown>[] };
    expect(body.ticket.code).toBe(delay.code);
    expect(body.history.map((e) => [e.action, e.actor, e.toStatus, e.note])).toEqual([
      ['open', 'reporter', 'received', null],
      ['assign', 'system', 'assigned', null],
      ['accept', 'ou_zjj', 'in_progress', null],
      ['resolve', 'ou_zjj', 'resolved', '已办结，许可证已发放'],
    ]);
    expect(body.history[3]).toMatchObject({ actionLabel: '办结', at: at('2026-11-17 11:00') });
    const missing = await get('/api/tickets/QQ-20261116-9999');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    expect((await get('/api/tickets/not-a-code')).status).toBe(400);
  });
});
