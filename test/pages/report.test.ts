import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/node-app';
import { ADMIN_TOKEN, buildPagesApp, session } from './support';

const DESCRIPTION = '在示例市市场监督管理局窗口办营业执照，跑了三次都说材料不全，工作人员暗示找中介就能办。';

/** The hidden per-form submission id of the last form read. */
const submissionOf = (html: string) => /name="submission" value="([0-9a-f]{32})"/.exec(html)![1]!;

describe('the public complaint form', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('should offer real-name and anonymous reporting without needing JavaScript', async () => {
    t = buildPagesApp();
    const { res, html } = await session(t.app).get('/report');
    expect(res.status).toBe(200);
    expect(html).toMatch(/<form method="post" action="\/report"/);
    expect(html).toContain('name="mode" value="anonymous"');
    expect(html).toContain('不确定，自动归类');
    expect(html).not.toContain('<script');
  });

  it('should keep everything typed when a field needs fixing, and file nothing', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/report');
    const res = await s.post('/report', {
      mode: 'real',
      name: '王经理',
      contact: 'not a phone',
      enterprise: '示例建材有限公司',
      category: 'policy',
      description: '<b>没到</b>',
      submission: 'a'.repeat(32),
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('还有 2 处需要修改');
    expect(html).toContain('value="王经理"');
    expect(html).toContain('value="not a phone"');
    expect(html).toContain('value="示例建材有限公司"');
    expect(html).toContain('<option value="policy" selected="">');
    expect(html).toContain('&lt;b&gt;没到&lt;/b&gt;</textarea>');
    expect(html).toContain(`value="${'a'.repeat(32)}"`);
    expect(await t.runtime.ports.tickets.count({})).toBe(0);
  });

  it('should file an anonymous complaint, show the code and the key once, and never keep who typed it', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const s = session(t.app);
    const form = await s.get('/report');
    const res = await s.post('/report', {
      mode: 'anonymous',
      name: '王经理',
      contact: '13800000000',
      enterprise: '示例建材有限公司',
      category: '',
      description: DESCRIPTION,
      submission: submissionOf(form.html),
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    const code = /id="ticket-code">(QQ-\d{8}-\d{4})</.exec(html)![1]!;
    const key = /id="query-key">([0-9A-Z-]{19})</.exec(html)![1]!;
    expect(html).toContain('密钥只显示这一次');
    expect(html).not.toContain('王经理');
    expect(html).not.toContain('13800000000');

    const stored = (await t.runtime.ports.tickets.find(code))!.ticket;
    expect(stored).toMatchObject({
      anonymous: true,
      enterprise: null,
      reporter: { id: null, channel: 'web' },
    });
    expect(stored.reporter.name).toBeUndefined();
    expect(stored.reporter.contact).toBeUndefined();
    expect(stored.queryKeyHash).not.toContain(key);

    // The handling unit and the supervision chat were told, through the outbox.
    const outbox = await t.runtime.outbox.recent(20);
    expect(outbox.filter((m) => m.ticketCode === code).map((m) => m.purpose)).toContain('ticket.new');
    for (const m of outbox) expect(m.content).not.toContain(key);

    // The API lists it; the logs never saw the reporter or the key.
    const api = await t.app.request('/api/tickets', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(JSON.stringify(await api.json())).toContain(code);
    for (const line of t.logs) {
      expect(line).not.toContain(key);
      expect(line).not.toContain('营业执照');
    }
  });

  it('should keep a real-name reporter off every page while the ticket keeps the contact for 回访', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const form = await s.get('/report');
    const res = await s.post('/report', {
      mode: 'real',
      name: '王经理',
      contact: '138 0000 0000',
      enterprise: '示例建材有限公司',
      category: 'delay',
      description: DESCRIPTION,
      submission: submissionOf(form.html),
    });
    const html = await res.text();
    const code = /id="ticket-code">(QQ-\d{8}-\d{4})</.exec(html)![1]!;
    expect(html).toContain('初步归类为「慢作为」');
    expect(html).not.toContain('王经理');
    const stored = (await t.runtime.ports.tickets.find(code))!.ticket;
    expect(stored).toMatchObject({
      anonymous: false,
      category: 'delay',
      reporter: { name: '王经理', contact: '138 0000 0000', channel: 'web' },
    });
  });

  it('should file a resubmitted form once and show the same code and key again', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const form = await s.get('/report');
    const fields = { mode: 'anonymous', description: DESCRIPTION, submission: submissionOf(form.html) };
    const first = await (await s.post('/report', fields)).text();
    const again = await (await s.post('/report', fields)).text();
    const code = /id="ticket-code">(QQ-\d{8}-\d{4})</.exec(first)![1]!;
    expect(again).toContain(code);
    expect(again).toContain('这份表单已经提交过');
    // The first answer may never have reached the reporter: the same submission shows the same key.
    const key = (html: string) => /id="query-key"[^>]*>([0-9A-Z-]{19})</.exec(html)?.[1];
    expect(key(first)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(key(again)).toBe(key(first));
    expect(await t.runtime.ports.tickets.count({})).toBe(1);
  });

  it('should refuse a cross-site or tokenless post but keep the text', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/report');
    const forged = await s.post('/report', { mode: 'anonymous', description: DESCRIPTION, _csrf: '' });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain(DESCRIPTION);
    const crossSite = await s.post(
      '/report',
      { mode: 'anonymous', description: DESCRIPTION },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    const garbled = await s.post(
      '/report',
      { mode: 'anonymous', description: DESCRIPTION },
      { origin: 'not a url' },
    );
    expect(garbled.status).toBe(403);
    expect(await t.runtime.ports.tickets.count({})).toBe(0);
  });

  it('should rate-limit filings per client with a polite page, and refuse oversized bodies', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    const ip = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 5; i++) {
      const form = await s.get('/report');
      const ok = await s.post(
        '/report',
        { mode: 'anonymous', description: `${DESCRIPTION}${i}`, submission: submissionOf(form.html) },
        ip,
      );
      expect(ok.status).toBe(200);
    }
    const limited = await s.post('/report', { mode: 'anonymous', description: `${DESCRIPTION}!` }, ip);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const page = await limited.text();
    expect(page).toContain('提交太频繁了');
    expect(page).toContain(`${DESCRIPTION}!`);
    const other = await s.post(
      '/report',
      { mode: 'anonymous', description: DESCRIPTION },
      { 'x-forwarded-for': '198.51.100.1' },
    );
    expect(other.status).toBe(200);

    const big = await s.post(
      '/report',
      { mode: 'anonymous', description: 'x'.repeat(70_000) },
      { 'x-forwarded-for': '198.51.100.2' },
    );
    expect(big.status).toBe(413);
  });
});
