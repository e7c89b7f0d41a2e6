// The servers under test, each in its own process on 127.0.0.1: the real Node entry (npm start's
// command on a temporary SQLite file) and the bare Hono baseline.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeLarkServer } from '../../test/fakes/fake-lark-server';
import { TEST_LARK } from '../../test/support/lark-events';
import { freePort, REPO_ROOT } from '../../test/support/process';

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** A server process the benchmark talks to. */
export interface ServerProcess {
  base: string;
  /** The SQLite file (app only). */
  dbPath: string | null;
  stderr(): string;
  /** Kills the process (SIGKILL: background work is abandoned) and removes its files. */
  kill(): Promise<void>;
}

function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[key]) env[key] = process.env[key]!;
  return { ...env, NODE_ENV: 'production', ...extra };
}

async function waitHealthy(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${stderr()}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server at ${base} never became healthy: ${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function start(script: string, env: Record<string, string>, dir: string | null, dbPath: string | null) {
  const port = await freePort();
  const child = spawn(process.execPath, [TSX, script], {
    cwd: REPO_ROOT,
    env: childEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-20_000);
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitHealthy(base, child, () => err);
  return {
    base,
    dbPath,
    stderr: () => err,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  } satisfies ServerProcess;
}

/** The bare Hono baseline in its own process. */
export function startBareHono(): Promise<ServerProcess> {
  return start('bench/bare-server.ts', {}, null, null);
}

/** `npm start`'s entry on a fresh SQLite file: Lark mode against `fake`, or local mode without it. */
export function startApp(fake: FakeLarkServer | null, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-bench-'));
  const dbPath = join(dir, 'bench.db');
  const lark: Record<string, string> = fake
    ? {
        LARK_APP_ID: TEST_LARK.appId,
        LARK_APP_SECRET: TEST_LARK.appSecret,
        LARK_DOMAIN: fake.url,
      }
    : {};
  return start(
    'src/entry/node.ts',
    {
      DATABASE_PATH: dbPath,
      LARK_VERIFICATION_TOKEN: TEST_LARK.verificationToken,
      LARK_ENCRYPT_KEY: TEST_LARK.encryptKey,
      ...lark,
      ...extraEnv,
    },
    dir,
    dbPath,
  );
}
