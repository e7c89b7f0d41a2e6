import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, buildPagesApp } from '../pages/support';
import { browserApp, consoleErrors, hasChromium } from './support';

const DESCRIPTION = '在示例市市场监督管理局窗口办营业执照，跑了三次都说材料不全，工作人员暗示找中介就能办。';

describe.skipIf(!hasChromium)('the public form and status page in a real browser', () => {
  const ui = browserApp(() => buildPagesApp({ env: { ADMIN_TOKEN } }), { noScript: true });

  it('should file an anonymous complaint, show its code and key, and the API should list it', async () => {
    const page = await ui.browser.context.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${ui.served.url}/report`);
    await page.check('#mode-anonymous');
    expect(await page.locator('#f-name').isVisible()).toBe(false); // identity fields hide when anonymous
    await page.fill('#f-description', DESCRIPTION);
    await page.click('form.report-form button[type=submit].primary');
    const code = (await page.locator('#ticket-code').textContent())!.trim();
    const key = (await page.locator('#query-key').textContent())!.trim();
    expect(code).toMatch(/^QQ-\d{8}-\d{4}$/);
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await page.locator('[data-copy]').isVisible()).toBe(true);

    const api = await fetch(`${ui.served.url}/api/tickets`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(JSON.stringify(await api.json())).toContain(code);

    // The receipt leads to the status page; code and key open it.
    await page.click('text=我已保存密钥');
    await page.fill('#s-key', key);
    await page.click('form[action="/status"] button[type=submit]');
    expect(await page.locator('#ticket-status').textContent()).toBeTruthy();
    expect(page.url()).not.toContain(key.slice(0, 4));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should work without JavaScript: errors keep the text, then the complaint is filed', async () => {
    const page = await ui.noScript!.context.newPage();
    await page.goto(`${ui.served.url}/report`);
    await page.fill('#f-name', '王经理');
    await page.fill('#f-description', '太慢了');
    await page.click('form.report-form button[type=submit].primary');
    expect(await page.locator('#form-errors').textContent()).toContain('还有 2 处需要修改');
    expect(await page.inputValue('#f-name')).toBe('王经理');
    expect(await page.inputValue('#f-description')).toBe('太慢了');
    await page.fill('#f-contact', '13800000000');
    await page.fill('#f-description', DESCRIPTION);
    await page.click('form.report-form button[type=submit].primary');
    expect(await page.locator('#ticket-code').textContent()).toMatch(/QQ-\d{8}-\d{4}/);
    await page.close();
  });
});
