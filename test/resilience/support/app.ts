// An in-process app built exactly like src/entry/node.ts, over a SQLite file the test chooses (so a
// second app can reopen it, like a restarted process), with the Lark client open to wrapping.
import type { Routes } from '../../../handlers/routes';
import { type Bot, createBot, larkFromConfig } from '../../../src/bootstrap';
import { loadConfig } from '../../../src/config';
import { openNodeDatabase } from '../../../src/db/node-database';
import { loadNodeOrg } from '../../../src/entry/node-org';
import type { SenderLimits } from '../../../src/intake/sender-rate-limit';
import type { LarkClient } from '../../../src/lark/client';
import type { Runtime } from '../../../src/runtime';
import type { FakeLarkServer } from '../../fakes/fake-lark-server';
import { builtInEngine, fakeLarkEnv, MIGRATIONS_DIR } from '../../support/node-app';

/** What a resilience test may choose about its app. */
export interface AppOptions {
  dbPath: string;
  fake: FakeLarkServer;
  /** Wraps the real SDK client (to watch or hold sends). */
  wrapLark?: (client: LarkClient) => LarkClient;
  now?: () => number;
  senderLimits?: SenderLimits;
  processConcurrency?: number;
  routes?: Routes;
}

/** A running in-process app over its file. */
export interface ResilienceApp {
  app: Bot['app'];
  runtime: Runtime;
  database: ReturnType<typeof openNodeDatabase>;
  logs: string[];
  /** Closes the database; the file stays for the next app. */
  close(): void;
}

/** Builds config, database, Lark client, ports, runtime and app as the Node entry does. */
export function buildApp(options: AppOptions): ResilienceApp {
  const config = loadConfig({ ...fakeLarkEnv(options.fake), DATABASE_PATH: options.dbPath });
  const database = openNodeDatabase(options.dbPath, MIGRATIONS_DIR);
  // The fake's credentials are always set, so the config always yields a client.
  const real = larkFromConfig(config)!;
  const logs: string[] = [];
  const { app, runtime } = createBot({
    config,
    database,
    lark: options.wrapLark ? options.wrapLark(real) : real,
    engine: builtInEngine(),
    org: loadNodeOrg(config.ORG_FILE),
    now: options.now,
    log: (line: string) => logs.push(line),
    senderLimits: options.senderLimits,
    processConcurrency: options.processConcurrency,
    routes: options.routes,
  });
  return { app, runtime, database, logs, close: () => database.close() };
}
