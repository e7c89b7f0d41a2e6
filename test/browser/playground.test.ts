import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/node-app';
import { type Browser, consoleErrors, hasChromium, launchBrowser, type Served, serveApp } from './support';

describe.skipIf(!hasChromium)('the playground in a real browser', () => {
  let t: TestApp;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    t = buildTestApp(); // the real bot: real routes, the built-in knowledge, local mode
    served = await serveApp(t.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await t?.close();
  });

  it('should answer a typed question with the real card and take a 👎 vote, logging no error', async () => {
    const page = await browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${served.url}/`);
    await page.fill('#pg-text', '老板请吃饭能去吗');
    await page.click('.composer button.primary');
    const card = page.locator('.chat .lark-card').last();
    await card.waitFor();
    expect(await page.locator('.chat .bubble').last().textContent()).toBe('老板请吃饭能去吗');
    expect(await card.locator('.lc-head').textContent()).toMatch(/^【(禁止|可以|视情况)】/);
    expect(await card.locator('blockquote').count()).toBeGreaterThan(0);

    await card.locator('button', { hasText: '没帮助' }).click();
    await page.locator('.toast').waitFor();
    expect(await page.locator('.toast').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should file a complaint as an enterprise and show who else would be told', async () => {
    const page = await browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${served.url}/`);
    await page.click('text=我是企业');
    await page.waitForURL(/as=enterprise/);
    await page.fill('#pg-text', '办营业执照的窗口工作人员暗示要给好处费才给办');
    await page.keyboard.press('Enter');
    await page.locator('.chat .lark-card').last().waitFor();
    expect(await page.locator('.chat .bubble').last().textContent()).toContain('好处费');
    expect(await page.locator('.outbox tbody tr.meta').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
