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

let built: Bot | null = null;

function build(env: Env) {
  if (built) return built;
  const config = loadConfig(env);
  const database = openD1Database(env.DB);
  // The index is bundled and loaded, never rebuilt; KNOWLEDGE_DIR is a Node-only option.
  const engine = createConductEngine(loadKnowledgeIndex(knowledgeIndex));
  // The organisation file is bundled as text (wrangler.toml [[rules]]); ORG_FILE is a Node-only path.
  const org = loadOrgText(orgYaml, 'knowledge/org.yaml');
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
