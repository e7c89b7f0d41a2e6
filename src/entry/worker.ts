// The Workers entry: D1 instead of the SQLite file, waitUntil for work after the 200, the Cron Trigger
// for the scheduler. The runtime is built once per isolate and reused across requests.

import knowledgeIndex from '../../knowledge/index.json';
import orgYaml from '../../knowledge/org.yaml';
import { type Bot, createBot } from '../bootstrap';
import { loadConfig } from '../config';
import { openD1Database } from '../db/d1-database';
import { createConductEngine } from '../domain/conduct/engine';
import { loadKnowledgeIndex } from '../domain/conduct/index-store';
import { loadOrgText } from '../org-loading';

/** Bindings and variables declared in wrangler.toml (secrets via `wrangler secret put`). */
export interface Env {
  DB: D1Database;
  [name: string]: unknown;
}

// Loaded once at startup, outside any request, so the first request on a fresh isolate (perhaps a card
// callback with its 3-second budget) does not pay for it. Both are bundled: the index is loaded, never
// rebuilt (KNOWLEDGE_DIR is Node-only), and the org file is text from wrangler.toml's [[rules]].
const engine = createConductEngine(loadKnowledgeIndex(knowledgeIndex));
const org = loadOrgText(orgYaml, 'knowledge/org.yaml');

let built: Bot | null = null;

function build(env: Env) {
  if (built) return built;
  const config = loadConfig(env);
  const database = openD1Database(env.DB);
  built = createBot({ config, database, engine, org });
  return built;
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    try {
      return build(env).app.fetch(request, env, ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return Response.json({ error: 'invalid_configuration', message }, { status: 500 });
    }
  },
  scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(build(env).runtime.tick({ scheduled: true }));
  },
} satisfies ExportedHandler<Env>;
