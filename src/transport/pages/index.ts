// Every HTML page of the app: the local playground, the public complaint form and status page, and
// the staff dashboard. Mounted once in src/app.ts.
import { Hono } from 'hono';
import { adminRoutes } from './admin';
import type { PageDeps } from './page-deps';
import { playgroundRoutes } from './playground';
import { ticketsDashboard } from './tickets-dashboard';

export type { PageDeps } from './page-deps';

/** The page routes: `/` (local mode), `/report`, `/status`, `/admin`. */
export function pageRoutes(deps: Omit<PageDeps, 'org'> & { org?: PageDeps['org'] }) {
  const full: PageDeps = { ...deps, org: deps.org ?? null };
  const app = new Hono();
  app.route('/', playgroundRoutes(full));
  app.route('/', adminRoutes(full, ticketsDashboard(full)));
  return app;
}
