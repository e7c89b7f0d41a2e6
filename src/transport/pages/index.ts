// Every HTML page of the app: the local playground, the public complaint form and status page, and
// the staff dashboard. Mounted once in src/app.ts.
import { Hono } from 'hono';
import { runAfterResponse } from '../run-after-response';
import { adminRoutes } from './admin';
import type { PageDeps } from './page-deps';
import { playgroundRoutes } from './playground';
import { reportRoutes } from './report';
import { statusRoutes } from './status';
import { createTicketDesk } from './ticket-desk';
import { ticketsDashboard } from './tickets-dashboard';

export type { PageDeps } from './page-deps';

/** What the app passes in; the handler ports come from the runtime. */
export type PageRouteDeps = Omit<PageDeps, 'ports' | 'org' | 'desk'>;

/** The page routes: `/` (local mode), `/report`, `/status`, `/admin`. */
export function pageRoutes(deps: PageRouteDeps) {
  // The same ports the Lark handlers use: one ticket store, one org file.
  const ports = deps.runtime.ports;
  const full: PageDeps = {
    ...deps,
    ports,
    org: ports.org,
    desk: (c) =>
      createTicketDesk({
        ports,
        runtime: deps.runtime,
        now: deps.now,
        defer: (task) => runAfterResponse(c, task),
      }),
  };
  const app = new Hono();
  app.route('/', playgroundRoutes(full));
  app.route('/', reportRoutes(full));
  app.route('/', statusRoutes(full));
  app.route('/', adminRoutes(full, ticketsDashboard(full)));
  return app;
}
