import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Config } from './config';
import type { Database } from './db/database';
import type { Runtime } from './runtime';
import { apiRoutes } from './transport/api-routes';
import { jsonError } from './transport/errors';
import { larkWebhookRoutes } from './transport/lark-webhook';
import { pageRoutes } from './transport/pages';

/** What the app factory needs; `createBot` (src/bootstrap.ts), which both entries call, builds it. */
export interface AppDeps {
  config: Config;
  database: Database;
  runtime: Runtime;
  now?: () => number;
  log?: (line: string) => void;
}

/** Builds the one Hono app both runtimes serve. */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((line: string) => console.error(line));
  const app = new Hono();

  app.get('/healthz', async (c) => {
    try {
      await deps.database.db.run(sql`select 1`);
      return c.json({ ok: true, mode: deps.config.mode });
    } catch {
      return jsonError(c, 503, 'database_unavailable', 'The database does not answer.');
    }
  });

  app.route('/', larkWebhookRoutes({ config: deps.config, runtime: deps.runtime, now }));
  app.route('/', apiRoutes({ config: deps.config, ports: deps.runtime.ports, now }));
  app.route('/', pageRoutes({ ...deps, now, log }));

  app.notFound((c) => jsonError(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`));
  // The one place exceptions are mapped. Toward Lark a failure is still a 200: a 5xx starts retry storms.
  app.onError((error, c) => {
    log(
      `unhandled error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack : String(error)}`,
    );
    if (c.req.path === '/lark/events') return c.json({ ok: false, error: 'internal' }, 200);
    return jsonError(c, 500, 'internal', 'Something went wrong on our side; nothing you sent was lost.');
  });
  return app;
}
