import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startFakeLarkServer } from '../fakes/fake-lark-server';
import { messageEvent, postInit, TEST_LARK, toWire, urlVerification } from '../support/lark-events';
import { fakeLarkEnv } from '../support/node-app';
import { freePort, startNodeEntry } from '../support/process';
import { waitFor } from '../support/wait';

// `npm start` for real: the Node entry on a random port, a temporary SQLite file, Lark faked.

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-entry-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('src/entry/node.ts', () => {
  it('should serve on PORT and answer a signed, encrypted direct message through the fake Lark', async () => {
    const fake = await startFakeLarkServer();
    onTestFinished(() => fake.close());
    const port = await freePort();
    const server = startNodeEntry({
      ...fakeLarkEnv(fake),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(tempDir(), 'nested', 'qinqing.db'),
    });
    onTestFinished(async () => {
      await server.stop();
    });
    const base = `http://127.0.0.1:${port}`;

    const health = await waitFor(
      async () => {
        const res = await fetch(`${base}/healthz`);
        return res.ok ? ((await res.json()) as { ok: boolean }) : null;
      },
      { timeoutMs: 20_000, intervalMs: 100, what: () => `healthz on ${base} (stderr: ${server.stderr()})` },
    );
    expect(health).toMatchObject({ ok: true });
    expect(server.stdout()).toContain(`http://127.0.0.1:${port}`);

    const challenge = await fetch(
      `${base}/lark/events`,
      postInit(await toWire(urlVerification({ challenge: 'c1' }))),
    );
    expect(await challenge.json()).toEqual({ challenge: 'c1' });

    const wire = await toWire(messageEvent({ messageId: 'om_e2e', text: '你好' }), {
      encryptKey: TEST_LARK.encryptKey,
    });
    const res = await fetch(`${base}/lark/events`, postInit(wire));
    expect(res.status).toBe(200);
    await waitFor(() => fake.messages.length === 1, { what: 'the reply to reach the fake Lark' });
    expect(fake.messages[0]).toMatchObject({ kind: 'reply', target: 'om_e2e', msgType: 'interactive' });
    expect(fake.messages[0]!.uuid).toMatch(/^qq-/);

    const again = await fetch(`${base}/lark/events`, postInit(wire));
    expect(await again.json()).toMatchObject({ duplicate: true });
    const bad = await fetch(
      `${base}/lark/events`,
      postInit({ ...wire, headers: { ...wire.headers, 'x-lark-signature': '0' } }),
    );
    expect(bad.status).toBe(401);

    const huge = await fetch(`${base}/lark/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'body_too_large' });

    expect(await server.stop()).toBe(0);
    expect(fake.messages).toHaveLength(1);
  });

  it('should exit 1 with one line naming the variable when the configuration is invalid', async () => {
    const child = startNodeEntry({ LARK_APP_ID: TEST_LARK.appId, DATABASE_PATH: join(tempDir(), 'x.db') });
    onTestFinished(async () => {
      await child.stop();
    });
    expect(await child.exited).toBe(1);
    const lines = child.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('LARK_APP_SECRET');
  });

  it('should exit 1 with one line for a bad PORT', async () => {
    const child = startNodeEntry({ PORT: 'eighty', DATABASE_PATH: join(tempDir(), 'x.db') });
    onTestFinished(async () => {
      await child.stop();
    });
    expect(await child.exited).toBe(1);
    expect(child.stderr().trim().split('\n')).toEqual([expect.stringContaining('PORT')]);
  });

  it('should exit 1 with one line for a KNOWLEDGE_DIR that does not exist', async () => {
    const dir = tempDir();
    const child = startNodeEntry({ KNOWLEDGE_DIR: join(dir, 'missing'), DATABASE_PATH: join(dir, 'x.db') });
    onTestFinished(async () => {
      await child.stop();
    });
    expect(await child.exited).toBe(1);
    expect(child.stderr().trim().split('\n')).toEqual([expect.stringContaining('KNOWLEDGE_DIR')]);
  });
});
