import { describe, expect, it } from 'vitest';
import { createConductRepository } from '../../src/db/repositories/conduct-repository';
import { ADMIN_TOKEN, buildPagesApp } from '../pages/support';
import { browserApp, consoleErrors, hasChromium } from './support';

describe.skipIf(!hasChromium)('the dashboard in a real browser', () => {
  const ui = browserApp(async () => {
    const t = buildPagesApp({ env: { ADMIN_TOKEN } });
    const conduct = createConductRepository(t.database.db);
    const now = Date.now();
    for (let i = 0; i < 6; i++) {
      await conduct.record(
        {
          askedBy: 'ou_1',
          question: `问题${i}`,
          verdict: i % 2 ? 'forbidden' : 'unknown',
          scenarioId: i % 2 ? 'gifts' : null,
          confidence: 0.8,
          sourceKey: `k${i}`,
        },
        now - i * 3 * 24 * 3600 * 1000,
      );
    }
    return t;
  });

  it('should refuse a visitor without the token, then chart for one who logs in with it', async () => {
    const page = await ui.browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${ui.served.url}/admin/conduct`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    expect(await page.locator('svg').count()).toBe(0);

    await page.fill('#admin-token', 'wrong-token-value');
    await page.click('button.primary');
    expect(await page.locator('[role=alert]').textContent()).toContain('令牌不正确');

    await page.fill('#admin-token', ADMIN_TOKEN);
    await page.click('button.primary');
    await page.waitForURL(/\/admin\/conduct$/);
    const chart = page.locator('svg[role=img]').first();
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain('每周提问数');
    expect(await page.locator('svg[role=img] title').count()).toBeGreaterThan(3);

    await page.click('nav.tabs >> text=工单闭环');
    await page.waitForURL(/\/admin$/);
    expect(await page.locator('svg[role=img]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getAttribute('a:has-text("导出 CSV")', 'href')).toMatch(/^\/api\/tickets\?format=csv/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
