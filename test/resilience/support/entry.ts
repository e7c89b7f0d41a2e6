// The real server process (`npm start`'s entry) for crash and fuzz tests. tsx runs as a loader inside
// the server's own process (its CLI would run the script in a grandchild that SIGKILL cannot reach).
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, REPO_ROOT } from '../../support/process';
import { waitFor } from '../../support/wait';

const TSX_LOADER = new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/** A running entry process. */
export interface EntryProcess {
  base: string;
  child: ChildProcess;
  stderr(): string;
  /** Resolves once the process has ended (signal or code). */
  exited: Promise<number | string>;
  /** SIGKILL: no shutdown, no flushing, like a crash or the OOM killer. */
  crash(): Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<number | string>;
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[key]) env[key] = process.env[key]!;
  return env;
}

/** Starts src/entry/node.ts on a free port with exactly `env` added and waits for /healthz. */
export async function startEntry(env: Record<string, string>): Promise<EntryProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, fileURLToPath(new URL('../../../src/entry/node.ts', import.meta.url))],
    {
      cwd: REPO_ROOT,
      env: { ...baseEnv(), ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-50_000);
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  const base = `http://127.0.0.1:${port}`;
  const running = () => child.exitCode === null && child.signalCode === null;
  const entry: EntryProcess = {
    base,
    child,
    stderr: () => err,
    exited,
    async crash() {
      if (running()) child.kill('SIGKILL');
      return exited;
    },
    async stop(graceMs = 5000) {
      if (!running()) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
  const died = exited.then((how) => {
    throw new Error(`the server ended (${how}) before it was healthy: ${err}`);
  });
  try {
    await Promise.race([
      died,
      waitFor(async () => (await fetch(`${base}/healthz`)).ok, {
        timeoutMs: 30_000,
        intervalMs: 50,
        what: `healthz on ${base}`,
      }),
    ]);
  } catch (error) {
    await entry.crash();
    throw error;
  }
  died.catch(() => undefined);
  return entry;
}
