// An in-process app built exactly like src/entry/node.ts, over a SQLite file the test chooses (so a
// second app can reopen it, like a restarted process), with the Lark client open to wrapping.
import type { Routes } from '../../../handlers/routes';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { openNodeDatabase } from '../../../src/db/node-database';
import { loadNodeOrg } from '../../../src/entry/node-org';
import { createHandlerPorts } from '../../../src/handler-ports';
import type { SenderLimits } from '../../../src/intake/sender-rate-limit';
import { createLarkClient, type LarkClient } from '../../../src/lark/client';
import { createRuntime, type Runtime } from '../../../src/runtime';
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
  app: ReturnType<typeof createApp>;
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
  const real = createLarkClient({
    appId: config.LARK_APP_ID!,
    appSecret: config.LARK_APP_SECRET!,
    domain: config.LARK_DOMAIN,
  });
  const lark = options.wrapLark ? options.wrapLark(real) : real;
  const ports = createHandlerPorts({ database, engine: builtInEngine(), org: loadNodeOrg(config.ORG_FILE) });
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const runtime = createRuntime({
    config,
    database,
    lark,
    ports,
    now: options.now,
    log,
    senderLimits: options.senderLimits,
    processConcurrency: options.processConcurrency,
    routes: options.routes,
  });
  const app = createApp({ config, database, runtime, now: options.now, log });
  return { app, runtime, database, logs, close: () => database.close() };
}
