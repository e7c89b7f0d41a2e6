import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/node-app';
import { buildPagesApp, session } from './support';

/** The toast a playground redirect carries. */
const toastOf = (res: Response) =>
  new URL(res.headers.get('location')!, 'http://x').searchParams.get('toast') ?? '';

const LARK_ENV = {
  LARK_APP_ID: 'cli_test',
  LARK_APP_SECRET: 'secret',
  LARK_VERIFICATION_TOKEN: 'verification-token',
};

describe('the local playground', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('should answer 404 JSON at / and its endpoints in Lark mode', async () => {
    t = buildPagesApp({ env: LARK_ENV });
    const res = await t.app.request('/', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
    const post = await t.app.request('/playground/message', { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('should show both identities, sample questions and a form that works without JavaScript', async () => {
    t = buildPagesApp();
    const { res, html } = await session(t.app).get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'nonce-");
    expect(html).toContain('我是干部');
    expect(html).toContain('我是企业');
    expect(html).toMatch(/<form method="post" action="\/playground\/message"/);
    expect(html).toContain('老板请吃饭能去吗');
    expect(html).toContain('发件箱是空的');
  });

  it('should run a typed question through the runtime and show the card the bot would send', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/');
    const res = await s.post('/playground/message', { as: 'official', text: '老板请吃饭能去吗' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/\?as=official&focus=latest/);

    const [reply] = await t.runtime.outbox.recent(5);
    expect(reply).toMatchObject({ status: 'local', receiveId: 'oc_playground_official', purpose: 'reply' });
    const { html } = await s.get('/?as=official');
    expect(html).toContain('class="bubble">老板请吃饭能去吗</div>');
    // The card as sent: orange header for 视情况, the quoted clause, clarify and 👍/👎 buttons.
    expect(html).toContain('lark-card lc-orange');
    expect(html).toContain('【视情况】接受宴请');
    expect(html).toContain('<blockquote>接受、提供可能影响公正执行公务的宴请……</blockquote>');
    expect(html).toContain('<strong>《中国共产党纪律处分条例》第一百零一条</strong>');
    expect(html).toMatch(/name="value" value="\{&quot;action&quot;:&quot;conduct.feedback&quot;/);
    // The other identity's chat stays separate.
    expect((await s.get('/?as=enterprise')).html).not.toContain('class="bubble">老板请吃饭能去吗');
  });

  it('should list what would have gone to the handler and the supervision chat', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/?as=enterprise');
    const res = await s.post('/playground/message', { as: 'enterprise', sample: '投诉 窗口刁难' });
    expect(toastOf(res)).toContain('另有 2 条消息');
    const { html } = await s.get('/?as=enterprise');
    expect(html).toContain('ou_zjj_1');
    expect(html).toContain('oc_supervision');
    expect(html).toContain('ticket.assigned');
    expect(html.match(/QQ-20260105-0001/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('卡片：新工单待签收');
  });

  it('should run a button as the person the card was sent to and show the toast and the new card', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/?as=enterprise');
    await s.post('/playground/message', { as: 'enterprise', text: '投诉 窗口刁难' });
    const handlerRow = (await t.runtime.outbox.recent(10)).find((r) => r.receiveId === 'ou_zjj_1')!;
    const res = await s.post('/playground/action', {
      as: 'enterprise',
      row: String(handlerRow.id),
      value: JSON.stringify({ action: 'test.accept', code: 'QQ-20260105-0001' }),
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(toastOf(res)).toContain('ou_zjj_1 已签收');
    expect(location).toContain(`#outbox-${handlerRow.id}`);
    const { html } = await s.get(location.split('#')[0]!);
    expect(html).toContain('ou_zjj_1 已签收');
    expect(html).toMatch(new RegExp(`class="lark-card lc-green replaced" id="outbox-${handlerRow.id}"`));
  });

  it('should pass form fields of a Lark form container to the card action', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/');
    await s.post('/playground/message', { as: 'official', text: '老板请吃饭能去吗' });
    const row = (await t.runtime.outbox.recent(1))[0]!;
    const res = await s.post('/playground/action', {
      as: 'official',
      row: String(row.id),
      value: JSON.stringify({ action: 'conduct.clarify', option: '是' }),
      'form.reason': 'ignored by this handler',
    });
    expect(toastOf(res)).toContain('已选择：是');
    const { html } = await s.get('/?as=official');
    expect(html).toContain('【禁止】接受宴请');
  });

  it('should refuse posts without the form token and leave the runtime untouched', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/');
    const res = await s.post('/playground/message', { as: 'official', text: 'x', _csrf: '0'.repeat(64) });
    expect(res.status).toBe(303);
    expect(toastOf(res)).toContain('页面已过期');
    expect(await t.runtime.outbox.recent(5)).toEqual([]);
  });

  it('should refuse a stale or forged button value', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/');
    const res = await s.post('/playground/action', { as: 'official', row: '999', value: '{"action":"x"}' });
    expect(toastOf(res)).toContain('这个按钮已失效');
  });

  it('should escape whatever the visitor typed', async () => {
    t = buildPagesApp();
    const s = session(t.app);
    await s.get('/');
    await s.post('/playground/message', { as: 'official', text: '<script>alert(1)</script>**x**' });
    const { html } = await s.get('/?as=official');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
