// The Node entry: .env, config, the SQLite file with migrations, the HTTP server and the scheduler.
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { ConfigError, loadConfig } from '../config';
import { openNodeDatabase } from '../db/node-database';
import { createHandlerPorts } from '../handler-ports';
import { createLarkClient } from '../lark/client';
import { OrgFileError } from '../org-loading';
import { createRuntime } from '../runtime';
import { settleBackgroundWork } from '../transport/run-after-response';
import { loadNodeKnowledge } from './node-knowledge';
import { loadNodeOrg } from './node-org';

/** How often the scheduler resumes cut-off work, flushes the outbox and checks deadlines. */
const TICK_MS = 5_000;
/** Stored events processed at once: enough to overlap their waits, few enough to keep acks first. */
const PROCESS_CONCURRENCY = 2;

function main() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let org: ReturnType<typeof loadNodeOrg>;
  try {
    org = loadNodeOrg(config.ORG_FILE);
  } catch (error) {
    if (error instanceof OrgFileError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const database = openNodeDatabase(config.DATABASE_PATH);
  const lark =
    config.LARK_APP_ID && config.LARK_APP_SECRET
      ? createLarkClient({
          appId: config.LARK_APP_ID,
          appSecret: config.LARK_APP_SECRET,
          domain: config.LARK_DOMAIN,
        })
      : null;
  let engine: ReturnType<typeof loadNodeKnowledge>;
  try {
    engine = loadNodeKnowledge(config.KNOWLEDGE_DIR);
  } catch (error) {
    // A bad KNOWLEDGE_DIR is a configuration error too: one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Invalid configuration: ${message.split('\n').join('; ')}`);
    process.exit(1);
  }
  const ports = createHandlerPorts({ database, engine, org });
  const startedAt = Date.now();
  const runtime = createRuntime({ config, database, lark, ports, processConcurrency: PROCESS_CONCURRENCY });
  const app = createApp({ config, database, runtime });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const mode = config.mode === 'local' ? 'local mode: messages are kept, open the playground' : 'Lark mode';
    console.log(`亲清助手 listening on http://${info.address}:${info.port} (${mode})`);
  });
  void runtime.botOpenId();

  let ticking = false;
  const tick = async (options?: { orphansBefore?: number }) => {
    if (ticking) return;
    ticking = true;
    try {
      await runtime.tick(options);
    } catch (error) {
      console.error(`scheduler tick failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      ticking = false;
    }
  };
  // Resume whatever a previous process left unfinished, then keep ticking.
  setTimeout(() => void tick({ orphansBefore: startedAt }), 1000);
  const timer = setInterval(() => void tick(), TICK_MS);

  const stop = () => {
    clearInterval(timer);
    server.close(async () => {
      await settleBackgroundWork();
      database.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
