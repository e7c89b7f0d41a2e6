import { afterEach, describe, expect, it } from 'vitest';
import { createConductRepository } from '../../src/db/repositories/conduct-repository';
import type { TestApp } from '../support/node-app';
import { ADMIN_TOKEN, buildPagesApp, session } from './support';

describe('the staff dashboard', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('should answer 403 everywhere when ADMIN_TOKEN is unset', async () => {
    t = buildPagesApp();
    const page = await t.app.request('/admin', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('管理后台未启用');
    const api = await t.app.request('/admin', { headers: { authorization: 'Bearer whatever-token-1' } });
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ error: 'admin_disabled' });
    expect((await t.app.request('/admin/login', { headers: { accept: 'text/html' } })).status).toBe(403);
  });

  it('should send a browser without credentials to the login form and a script a 401', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const res = await t.app.request('/admin/conduct?from=2026-01-01', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fconduct%3Ffrom%3D2026-01-01');
    const { res: login, html } = await session(t.app).get(res.headers.get('location')!);
    expect(login.status).toBe(200);
    expect(html).toContain('type="password" name="token"');
    expect(html).not.toContain('<svg');
    const api = await t.app.request('/admin');
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: 'unauthorized' });
    const wrong = await t.app.request('/admin', { headers: { authorization: 'Bearer not-the-token-1' } });
    expect(wrong.status).toBe(401);
  });

  it('should let a Bearer token through', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const res = await t.app.request('/admin/conduct', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('每周提问数');
  });

  it('should log in with the token, set a strict HttpOnly cookie without it, and log out', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const s = session(t.app);
    await s.get('/admin/login?next=/admin/conduct');
    const res = await s.post('/admin/login', { token: ADMIN_TOKEN, next: '/admin/conduct' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/conduct');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('qq_admin='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toContain(ADMIN_TOKEN);
    expect((await s.get('/admin/conduct')).res.status).toBe(200);

    await s.post('/admin/logout', {});
    expect((await s.get('/admin')).res.status).toBe(303);
  });

  it('should mark the cookie Secure behind https and never redirect off-site after login', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const s = session(t.app);
    await s.get('/admin/login');
    const res = await s.post(
      '/admin/login',
      { token: ADMIN_TOKEN, next: 'https://evil.example/' },
      { 'x-forwarded-proto': 'https' },
    );
    expect(res.headers.get('location')).toBe('/admin');
    expect(res.headers.getSetCookie().find((c) => c.startsWith('qq_admin='))).toMatch(/Secure/);
  });

  it('should refuse a wrong token, a missing form token and too many tries', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const s = session(t.app);
    await s.get('/admin/login');
    const wrong = await s.post('/admin/login', { token: 'nope' });
    expect(wrong.status).toBe(200);
    expect(wrong.headers.getSetCookie().some((c) => c.startsWith('qq_admin='))).toBe(false);
    expect(await wrong.text()).toContain('令牌不正确');
    const forged = await s.post('/admin/login', { token: ADMIN_TOKEN, _csrf: 'f'.repeat(64) });
    expect(forged.status).toBe(403);
    const crossSite = await s.post(
      '/admin/login',
      { token: ADMIN_TOKEN },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    for (let i = 0; i < 9; i++) await s.post('/admin/login', { token: 'nope' });
    const limited = await s.post('/admin/login', { token: ADMIN_TOKEN });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('should chart conduct questions, list 👎 answers and questions no rule covered', async () => {
    const now = Date.UTC(2026, 4, 20, 4);
    t = buildPagesApp({ env: { ADMIN_TOKEN }, now: () => now });
    const conduct = createConductRepository(t.database.db);
    const week = 7 * 24 * 3600 * 1000;
    const ask = (question: string, verdict: string, scenarioId: string | null, at: number, key: string) =>
      conduct.record({ askedBy: 'ou_1', question, verdict, scenarioId, confidence: 0.9, sourceKey: key }, at);
    const disliked = await ask('老板请吃饭能去吗', 'conditional', 'banquet', now - week, 'a');
    await ask('老板请吃饭能去吗', 'conditional', 'banquet', now - 2 * week, 'b');
    await ask('能去元宇宙开会吗', 'unknown', null, now - 3600_000, 'c');
    await ask('能去元宇宙开会吗', 'unknown', null, now - 7200_000, 'd');
    await conduct.vote(disliked, 'ou_2', -1, now);

    const res = await t.app.request('/admin/conduct', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const html = await res.text();
    expect(html).toMatch(/<svg viewBox="0 0 400 \d+" role="img" aria-label="每周提问数：[^"]*"/);
    expect(html).toMatch(/aria-label="问得最多的情形：banquet 2"/);
    expect(html).toContain('<title>视情况：2（50%）</title>');
    expect(html).toMatch(/<td>老板请吃饭能去吗<\/td><td><span class="tag orange">视情况<\/span><\/td>/);
    expect(html).toMatch(/<td>能去元宇宙开会吗<\/td><td>2<\/td>/);
    expect(html).not.toContain('ou_1');
  });

  it('should chart tickets by status, category and unit, filter them and link the CSV export', async () => {
    t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const s = session(t.app);
    for (const [category, description] of [
      ['delay', '施工许可拖了三个月还没批下来，窗口一直说领导不在'],
      ['policy', '承诺的技改补贴半年了还没到账，问了几次都说在走流程'],
    ]) {
      const form = await s.get('/report');
      const submission = /name="submission" value="([0-9a-f]{32})"/.exec(form.html)![1]!;
      await s.post('/report', {
        mode: 'anonymous',
        category: category!,
        description: description!,
        submission,
      });
    }
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const html = await (await t.app.request('/admin', { headers: auth })).text();
    expect(html).toMatch(/aria-label="按类别：(慢作为 1，惠企政策不兑现 1|惠企政策不兑现 1，慢作为 1)"/);
    expect(html).toMatch(/aria-label="每周受理与办结：受理 [^"]*"/);
    expect(html).toContain('aria-label="按状态：');
    expect(html).toContain('aria-label="按办理单位：');
    expect(html).toContain('<b>2</b><span>受理工单</span>');
    expect(html).toMatch(
      /href="\/api\/tickets\?format=csv&amp;from=\d{4}-\d{2}-\d{2}&amp;to=\d{4}-\d{2}-\d{2}"/,
    );

    const filtered = await (await t.app.request('/admin?category=policy', { headers: auth })).text();
    expect(filtered).toContain('<b>1</b><span>受理工单</span>');
    expect(filtered).toContain('<option value="policy" selected="">');
    expect(filtered).toContain('format=csv&amp;from=');
    expect(filtered).toContain('category=policy');
  });
});
