import type { Context } from 'hono';
import type { HandlerPorts } from '../../../handlers/ports';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Org } from '../../domain/org';
import type { Runtime } from '../../runtime';
import type { TicketDesk } from './ticket-desk';

/** What the page routes need from the app. */
export interface PageDeps {
  config: Config;
  database: Database;
  runtime: Runtime;
  now: () => number;
  log: (line: string) => void;
  /** The handler ports (the ticket use cases); null when not wired. */
  ports: HandlerPorts | null;
  /** The ticket desk for one request (its flush runs after that response); null without ports. */
  desk: ((c: Context) => TicketDesk) | null;
  /** The organisation file, for department and recipient names; pages fall back to ids without it. */
  org: Org | null;
}
