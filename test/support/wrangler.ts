// Wrangler for tests: the CLI (migrations, dry-run deploy) without banner, update check or metrics,
// and the real wrangler.toml started under workerd with local D1 and bindings pointed at fakes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getNodeCompat } from 'miniflare';
import { unstable_startWorker } from 'wrangler';
import { REPO_ROOT } from './process';

const WRANGLER_BIN = fileURLToPath(new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url));

/** What a finished wrangler command printed. */
export interface WranglerResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `wrangler <args>` in the repository, offline-friendly, bounded by `timeoutMs`. */
export function runWrangler(args: string[], logDir: string, timeoutMs = 60_000): Promise<WranglerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER_BIN, ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        WRANGLER_HIDE_BANNER: 'true',
        WRANGLER_SEND_METRICS: 'false',
        WRANGLER_LOG_PATH: logDir,
        CI: 'true',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`wrangler ${args.join(' ')} took over ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Applies drizzle/ to the local D1 `DB` under `persistDir`, as the README says to before `wrangler dev`. */
export async function applyLocalMigrations(persistDir: string, logDir: string): Promise<void> {
  const result = await runWrangler(
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir],
    logDir,
  );
  if (result.code !== 0)
    throw new Error(`migrations failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
}

/** A Worker started from wrangler.toml (bundling, [define], nodejs_compat, D1) on 127.0.0.1. */
export async function startWorkerFromConfig(options: { persistDir: string; vars: Record<string, string> }) {
  const bindings = Object.fromEntries(
    Object.entries(options.vars).map(([name, value]) => [name, { type: 'plain_text' as const, value }]),
  );
  const worker = await unstable_startWorker({
    config: fileURLToPath(new URL('../../wrangler.toml', import.meta.url)),
    bindings,
    sendMetrics: false,
    // The CLI derives this from the config's date and flags; the API leaves it to the caller.
    build: {
      nodejsCompatMode: (config) => getNodeCompat(config.compatibility_date, config.compatibility_flags).mode,
    },
    dev: {
      persist: options.persistDir,
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      watch: false,
      liveReload: false,
      logLevel: 'error',
    },
  });
  await worker.ready;
  return worker;
}
