import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startFakeLarkServer } from '../fakes/fake-lark-server';
import { startEntry } from '../resilience/support/entry';
import { count } from '../resilience/support/sqlite';
import { buildTestApp, fakeLarkEnv } from '../support/node-app';
import { type FuzzCase, fuzzCases, plainCases } from './cases';

// Hostile input against POST /lark/events: random bytes, forged and truncated encryption, wrong types,
// deep nesting, huge strings, wrong content types. A fixed seed; every answer must be a 4xx, never a 5xx
// (or a 200, which would mean an internal error was swallowed or garbage accepted), and the server stays up.

const SEED = 0x5eed_2026;
const CASES = 324;

/** One request on its own connection (a 413 closes its socket; nothing else may be caught up in that). */
function send(base: string, c: FuzzCase): Promise<number | string> {
  return new Promise((resolve) => {
    const body = c.method && c.method !== 'POST' ? '' : c.body;
    const req = request(`${base}/lark/events`, {
      method: c.method ?? 'POST',
      agent: false,
      headers: { ...c.headers, connection: 'close', 'content-length': String(Buffer.byteLength(body)) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error) => resolve(`no answer: ${error.message}`));
    req.end(body);
  });
}

describe('fuzzing POST /lark/events', () => {
  it(`should refuse ${CASES} hostile requests with a 4xx each and stay healthy (real server, Encrypt Key set)`, async () => {
    const fake = await startFakeLarkServer();
    onTestFinished(() => fake.close());
    const dir = mkdtempSync(join(tmpdir(), 'qinqing-fuzz-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const dbPath = join(dir, 'qinqing.db');
    const server = await startEntry({ ...fakeLarkEnv(fake), DATABASE_PATH: dbPath });
    onTestFinished(async () => {
      await server.crash();
    });

    const cases = await fuzzCases(SEED, CASES);
    const results: { name: string; status: number | string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < cases.length) {
          const c = cases[next++]!;
          results.push({ name: c.name, status: await send(server.base, c) });
        }
      }),
    );

    const refused = (status: number | string) => typeof status === 'number' && status >= 400 && status < 500;
    expect(results.filter((r) => !refused(r.status))).toEqual([]);
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr()).not.toContain('unhandled error');
    expect(count(dbPath, 'select count(*) as n from inbound_events')).toBe(0);
    expect(fake.sendCalls()).toHaveLength(0);
  }, 60_000);

  it('should refuse malformed envelopes with 400 in token-only mode (no Encrypt Key)', async () => {
    const t = buildTestApp({ env: { LARK_VERIFICATION_TOKEN: 'test-verification-token' } });
    onTestFinished(() => t.close());
    for (const c of await plainCases(SEED, 60)) {
      const res = await t.app.request('/lark/events', {
        method: 'POST',
        headers: c.headers,
        body: c.body as string,
      });
      expect(res.status, c.name).toBe(400);
      expect(await res.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    }
    expect((await t.app.request('/healthz')).status).toBe(200);
    expect(t.logs.filter((line) => line.includes('unhandled error'))).toEqual([]);
  });
});
