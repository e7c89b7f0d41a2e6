// Real-browser tests: the app on a real port and Debian's headless Chromium through playwright-core.
// CI installs /usr/bin/chromium; without it these tests are skipped with a message saying so.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TestApp } from '../support/node-app';

/** Where Debian puts Chromium (never downloaded by the tests). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium; CI installs it)`);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A served app: its base URL and how to stop it. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the app on 127.0.0.1 on a free port. */
export async function serveApp(app: TestApp['app']): Promise<Served> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A fresh browser profile (its own --user-data-dir) and a way to throw it away. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile; `javaScriptEnabled: false` tests the no-script path. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'qinqing-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 390, height: 844 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects everything a page logs as an error (console errors and uncaught exceptions). */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** What a browser test file runs against, filled in before its tests run. */
export interface BrowserApp {
  t: TestApp;
  served: Served;
  browser: Browser;
  /** A second browser with JavaScript off, when asked for. */
  noScript?: Browser;
}

/**
 * Builds the app, serves it and launches Chromium before the file's tests, and closes them after;
 * call it inside the `describe` so a skipped suite launches nothing.
 */
export function browserApp(
  build: () => TestApp | Promise<TestApp>,
  options: { noScript?: boolean } = {},
): BrowserApp {
  const live: Partial<BrowserApp> = {};
  beforeAll(async () => {
    live.t = await build();
    live.served = await serveApp(live.t.app);
    [live.browser, live.noScript] = await Promise.all([
      launchBrowser(),
      options.noScript ? launchBrowser({ javaScriptEnabled: false }) : undefined,
    ]);
  });
  afterAll(async () => {
    await Promise.all([live.browser?.close(), live.noScript?.close()]);
    await live.served?.close();
    await live.t?.close();
  });
  return live as BrowserApp;
}
