// The servers under test, each in its own process on 127.0.0.1: the real Node entry (npm start's
// command on a temporary SQLite file) and the bare Hono baseline.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeLarkServer } from '../../test/fakes/fake-lark-server';
import { TEST_LARK } from '../../test/support/lark-events';
import { freePort, REPO_ROOT } from '../../test/support/process';

// tsx as a loader in the server's own process (not its CLI, which runs the script in a grandchild
// that a SIGKILL would leave running).
const TSX_LOADER = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/** A server process the benchmark talks to. */
export interface ServerProcess {
  base: string;
  /** The SQLite file (app only). */
  dbPath: string | null;
  stderr(): string;
  /** CPU time the process has used so far (user + system, all its threads), in milliseconds. */
  cpuMs(): number;
  /** Kills the process (SIGKILL: background work is abandoned) and removes its files. */
  kill(): Promise<void>;
  /** Asks the process to stop (SIGTERM: it finishes its background work first), then removes its files. */
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc (Linux), in milliseconds; NaN elsewhere. */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

const CLOCK_TICKS = 100;

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

async function start(
  script: string,
  env: Record<string, string>,
  dir: string | null,
  dbPath: string | null,
  nodeArgs: string[] = [],
  cwd: string = REPO_ROOT,
) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', TSX_LOADER, script], {
    cwd,
    env: childEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-20_000);
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitHealthy(base, child, () => err);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    if (dir) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    base,
    dbPath,
    stderr: () => err,
    cpuMs: () => processCpuMs(child.pid),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  } satisfies ServerProcess;
}

/** The bare Hono baseline in its own process. */
export function startBareHono(): Promise<ServerProcess> {
  return start(join(REPO_ROOT, 'bench/bare-server.ts'), {}, null, null);
}

/** How to start the app. */
export interface AppOptions {
  /** Lark mode against this fake; local mode without it. */
  fake?: FakeLarkServer | null;
  env?: Record<string, string>;
  /** Arguments for node itself (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** The entry to run; `npm start`'s by default. */
  script?: string;
  /** Where it runs (knowledge/, drizzle/ are read from there); the repository by default. */
  cwd?: string;
}

/** `npm start`'s entry on a fresh SQLite file: Lark mode against a fake Lark, or local mode. */
export function startApp(options: AppOptions = {}): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-bench-'));
  const dbPath = join(dir, 'bench.db');
  const { fake } = options;
  const lark: Record<string, string> = fake
    ? { LARK_APP_ID: TEST_LARK.appId, LARK_APP_SECRET: TEST_LARK.appSecret, LARK_DOMAIN: fake.url }
    : {};
  const env = {
    DATABASE_PATH: dbPath,
    LARK_VERIFICATION_TOKEN: TEST_LARK.verificationToken,
    LARK_ENCRYPT_KEY: TEST_LARK.encryptKey,
    ...lark,
    ...options.env,
  };
  const script = options.script ?? join(REPO_ROOT, 'src/entry/node.ts');
  return start(script, env, dir, dbPath, options.nodeArgs, options.cwd);
}
