// Builds the Node app the way src/entry/node.ts does, on a temporary SQLite file, with config
// overrides, an injectable clock and (optionally) the real Lark client pointed at a fake Lark server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HandlerPorts } from '../../handlers/ports';
import type { Routes } from '../../handlers/routes';
import { type Bot, createBot } from '../../src/bootstrap';
import { type Config, loadConfig } from '../../src/config';
import { openNodeDatabase } from '../../src/db/node-database';
import type { ConductEngine } from '../../src/domain/conduct/engine';
import type { Org } from '../../src/domain/org/org-types';
import { loadNodeKnowledge } from '../../src/entry/node-knowledge';
import { loadNodeOrg } from '../../src/entry/node-org';
import type { LarkClient } from '../../src/lark/client';
import type { Runtime } from '../../src/runtime';
import { settleBackgroundWork } from '../../src/transport/run-after-response';
import type { FakeLarkServer } from '../fakes/fake-lark-server';
import { TEST_LARK } from './lark-events';

const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** The repository's migrations folder, independent of the working directory. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url));

const KNOWLEDGE_INDEX = fileURLToPath(new URL('../../knowledge/index.json', import.meta.url));
let sharedEngine: ConductEngine | null = null;

/** The built-in knowledge, loaded once per test file (it is read-only). */
export function builtInEngine(): ConductEngine {
  sharedEngine ??= loadNodeKnowledge(undefined, KNOWLEDGE_INDEX);
  return sharedEngine;
}

/** What a test may change about the app it builds. */
export interface TestAppOptions {
  /** Lark mode against this fake server (app id, secret, token, encrypt key and domain preset). */
  fakeLark?: FakeLarkServer;
  /** Environment overrides applied last; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** The app's clock; real time by default. */
  now?: () => number;
  routes?: Routes;
  /** The handlers' ports; by default wired like the Node entry (built-in knowledge, this database). */
  ports?: HandlerPorts;
  /** The organisation for the default ports; ORG_FILE (knowledge/org.yaml unless set in `env`) otherwise. */
  org?: Org;
  /** Where log lines go; collected in `logs` by default so tests stay quiet. */
  log?: (line: string) => void;
}

/** A built app and everything behind it. */
export interface TestApp {
  app: Bot['app'];
  runtime: Runtime;
  database: ReturnType<typeof openNodeDatabase>;
  config: Config;
  lark: LarkClient | null;
  logs: string[];
  dir: string;
  dbPath: string;
  /** Waits (bounded) for work started after responses, closes the database, removes the files. */
  close(): Promise<void>;
}

/** The environment a fake-Lark test app runs with. */
export function fakeLarkEnv(fake: FakeLarkServer): Record<string, string> {
  return {
    LARK_APP_ID: TEST_LARK.appId,
    LARK_APP_SECRET: TEST_LARK.appSecret,
    LARK_VERIFICATION_TOKEN: TEST_LARK.verificationToken,
    LARK_ENCRYPT_KEY: TEST_LARK.encryptKey,
    LARK_DOMAIN: fake.url,
  };
}

/** Builds app, runtime and database like the Node entry, on a fresh temporary SQLite file. */
export function buildTestApp(options: TestAppOptions = {}): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-test-'));
  const dbPath = join(dir, 'test.db');
  const env: Record<string, string | undefined> = {
    DATABASE_PATH: dbPath,
    ...(options.fakeLark ? fakeLarkEnv(options.fakeLark) : {}),
    ...options.env,
  };
  const config = loadConfig(env);
  const database = openNodeDatabase(dbPath, MIGRATIONS_DIR);
  const logs: string[] = [];
  const log = options.log ?? ((line: string) => logs.push(line));
  const { app, runtime, lark } = createBot({
    config,
    database,
    now: options.now,
    routes: options.routes,
    log,
    ...(options.ports
      ? { ports: options.ports }
      : {
          engine: builtInEngine(),
          org:
            options.org ??
            loadNodeOrg(isAbsolute(config.ORG_FILE) ? config.ORG_FILE : join(REPO_DIR, config.ORG_FILE)),
        }),
  });
  return {
    app,
    runtime,
    database,
    config,
    lark,
    logs,
    dir,
    dbPath,
    async close() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        settleBackgroundWork(),
        new Promise((resolve) => {
          timer = setTimeout(resolve, 2000);
        }),
      ]);
      clearTimeout(timer);
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
