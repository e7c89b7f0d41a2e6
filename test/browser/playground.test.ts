import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/node-app';
import { browserApp, consoleErrors, hasChromium } from './support';

describe.skipIf(!hasChromium)('the playground in a real browser', () => {
  const ui = browserApp(() => buildTestApp()); // the real bot: real routes, the built-in knowledge, local mode

  it('should answer a typed question with the real card and take a 👎 vote, logging no error', async () => {
    const page = await ui.browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${ui.served.url}/`);
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
    const page = await ui.browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${ui.served.url}/`);
    await page.click('text=我是企业');
    await page.waitForURL(/as=enterprise/);
    await page.fill('#pg-text', '住建局办施工许可超过承诺时限一个月了，窗口一直说领导不在');
    await page.keyboard.press('Enter');
    await page.locator('.chat .lark-card').last().waitFor();
    expect(await page.locator('.chat .bubble').last().textContent()).toContain('施工许可');
    expect(await page.locator('.outbox tbody tr.meta').count()).toBeGreaterThan(0);

    // The handling unit's card works from the outbox, acting as the handler it was sent to.
    const rows = await ui.t.runtime.outbox.recent(30);
    const notice = rows.find((r) => r.purpose === 'ticket.new' && r.receiveIdType === 'open_id')!;
    await page.click(`tr.card-row:has(#outbox-${notice.id}) summary`);
    await page.locator(`#outbox-${notice.id} button`, { hasText: '签收' }).click();
    await page.locator('.toast').waitFor();
    expect(await page.locator('.toast').textContent()).toContain('签收');
    expect(await page.locator(`#outbox-${notice.id}`).getAttribute('class')).toContain('replaced');
    expect(errors).toEqual([]);
    await page.close();
  });
});
