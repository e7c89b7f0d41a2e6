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
  /** The handler ports (the ticket use cases), the same the Lark handlers use. */
  ports: HandlerPorts;
  /** The ticket desk for one request (its outbox flush runs after that response). */
  desk: (c: Context) => TicketDesk;
  /** The organisation file: department, office and recipient names. */
  org: Org;
}
