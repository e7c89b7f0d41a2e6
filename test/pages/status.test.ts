import { afterEach, describe, expect, it } from 'vitest';
import { performAction } from '../../handlers/tickets';
import type { TestApp } from '../support/node-app';
import { buildPagesApp, type Session, session } from './support';

const DESCRIPTION = '在示例市市场监督管理局窗口办营业执照，跑了三次都说材料不全，一直推来推去。';

/** Files a complaint through the form; returns the code and the key the receipt showed. */
async function file(s: Session, mode: 'anonymous' | 'real' = 'anonymous') {
  const form = await s.get('/report');
  const submission = /name="submission" value="([0-9a-f]{32})"/.exec(form.html)![1]!;
  const extra: Record<string, string> = mode === 'real' ? { name: '王经理', contact: '13800000000' } : {};
  const html = await (
    await s.post('/report', { mode, description: DESCRIPTION, submission, ...extra })
  ).text();
  return {
    code: /id="ticket-code">(QQ-\d{8}-\d{4})</.exec(html)![1]!,
    key: /id="query-key">([0-9A-Z-]{19})</.exec(html)![1]!,
  };
}

describe('the status page', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  /** Acts on the ticket as the first handler of its department. */
  async function asHandler(code: string, action: 'accept' | 'resolve', note?: string) {
    const { ports } = t.runtime;
    const ticket = (await ports.tickets.find(code))!.ticket;
    const handler = ports.org.departments.find((d) => d.id === ticket.departmentId)!.handlers[0]!;
    const done = await performAction(
      ports,
      { code, action, actor: { type: 'user', openId: handler }, input: note ? { note } : {} },
      Date.now(),
    );
    expect(done.ok).toBe(true);
  }

  it('should look a ticket up by code and key, posted, showing status, deadline and history', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const { code, key } = await file(s, 'real');
    const form = await s.get(`/status?code=${code}`);
    expect(form.html).toContain(`value="${code}"`);
    expect(form.html).toMatch(/<form method="post" action="\/status"/);

    const res = await s.post('/status', {
      code: code.toLowerCase(),
      key: key.toLowerCase().replaceAll('-', ' '),
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('id="ticket-status">已交办（待签收）</span>');
    expect(html).toContain('id="ticket-deadline"');
    expect(html).toContain('<strong>受理</strong>');
    expect(html).not.toContain('王经理');
    expect(html).not.toContain('13800000000');
  });

  it('should answer a wrong key and an unknown code with the same sentence', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const { code } = await file(s);
    const wrongKey = await (await s.post('/status', { code, key: 'AAAA-BBBB-CCCC-DDDD' })).text();
    const unknown = await (
      await s.post('/status', { code: 'QQ-20200101-0001', key: 'AAAA-BBBB-CCCC-DDDD' })
    ).text();
    const sentence = '没有找到这个工单，或者查询密钥不正确';
    expect(wrongKey).toContain(sentence);
    expect(unknown).toContain(sentence);
    expect(wrongKey).not.toContain('ticket-status');
  });

  it('should add the reporter’s information and relay it to the handling unit', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const { code, key } = await file(s);
    await s.get('/status');
    const res = await s.post('/status/supplement', { code, key, text: '补充：11月18日上午，3号窗口。' });
    const html = await res.text();
    expect(html).toContain('已补充');
    expect(html).toContain('补充：11月18日上午，3号窗口。');
    const relayed = (await t.runtime.outbox.recent(20)).filter(
      (m) => m.ticketCode === code && m.purpose === 'ticket.info',
    );
    expect(relayed.length).toBeGreaterThan(0);
  });

  it('should let the reporter confirm, rate and see the handler’s answer after 办结', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const { code, key } = await file(s);
    await asHandler(code, 'accept');
    await asHandler(code, 'resolve', '已当场补办营业执照，并对窗口人员批评教育。');
    await s.get('/status');
    const resolved = await (await s.post('/status', { code, key })).text();
    expect(resolved).toContain('已当场补办营业执照');
    expect(resolved).toContain('name="action" value="verify"');

    const verified = await (await s.post('/status/act', { code, key, action: 'verify' })).text();
    expect(verified).toContain('已确认办结');
    expect(verified).toContain('name="satisfaction"');

    const notExplained = await (
      await s.post('/status/act', { code, key, action: 'visit', satisfaction: '2' })
    ).text();
    expect(notExplained).toContain('class="notice error"');
    const visited = await (
      await s.post('/status/act', { code, key, action: 'visit', satisfaction: '5' })
    ).text();
    expect(visited).toContain('评价已提交');
    expect((await t.runtime.ports.tickets.find(code))!.ticket.satisfaction).toEqual({
      score: 5,
      reason: null,
    });
  });

  it('should refuse follow-ups without the form token or the right key', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const { code, key } = await file(s);
    const forged = await s.post('/status/supplement', { code, key, text: 'x', _csrf: '' });
    expect(forged.status).toBe(403);
    const wrongKey = await (
      await s.post('/status/supplement', { code, key: 'AAAA-BBBB-CCCC-DDDD', text: 'x' })
    ).text();
    expect(wrongKey).toContain('没有找到这个工单');
    expect((await t.runtime.ports.tickets.history(code)).some((e) => e.action === 'comment')).toBe(false);
  });

  it('should rate-limit lookups per client', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/status');
    const ip = { 'cf-connecting-ip': '203.0.113.9' };
    for (let i = 0; i < 20; i++) await s.post('/status', { code: 'QQ-20200101-0001', key: 'x' }, ip);
    const limited = await s.post('/status', { code: 'QQ-20200101-0001', key: 'x' }, ip);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('提交太频繁了');
  });
});
