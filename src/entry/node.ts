// The Node entry: .env, config, the SQLite file with migrations, the HTTP server and the scheduler.
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createBot } from '../bootstrap';
import { ConfigError, loadConfig } from '../config';
import { openNodeDatabase } from '../db/node-database';
import { OrgFileError } from '../org-loading';
import { settleBackgroundWork } from '../transport/run-after-response';
import { loadNodeKnowledge } from './node-knowledge';
import { loadNodeOrg } from './node-org';

/** How often the scheduler resumes cut-off work, flushes the outbox and checks deadlines. */
const TICK_MS = 5_000;
/** Stored events processed at once: enough to overlap their waits, few enough to keep acks first. */
const PROCESS_CONCURRENCY = 2;

// Runs one start-up step. An error `explain` has a line for is printed as that line alone (no stack
// trace) and the process exits 1; any other error is rethrown.
function orExit<T>(step: () => T, explain: (error: unknown) => string | null): T {
  try {
    return step();
  } catch (error) {
    const line = explain(error);
    if (line === null) throw error;
    console.error(line);
    process.exit(1);
  }
}

function main() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = orExit(
    () => loadConfig(process.env),
    (error) => (error instanceof ConfigError ? error.message : null),
  );
  const org = orExit(
    () => loadNodeOrg(config.ORG_FILE),
    (error) => (error instanceof OrgFileError ? error.message : null),
  );
  const database = openNodeDatabase(config.DATABASE_PATH);
  // A bad KNOWLEDGE_DIR is a configuration error too: one line, no stack trace.
  const engine = orExit(
    () => loadNodeKnowledge(config.KNOWLEDGE_DIR),
    (error) =>
      `Invalid configuration: ${(error instanceof Error ? error.message : String(error)).split('\n').join('; ')}`,
  );
  const startedAt = Date.now();
  const { app, runtime } = createBot({
    config,
    database,
    engine,
    org,
    processConcurrency: PROCESS_CONCURRENCY,
  });

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
