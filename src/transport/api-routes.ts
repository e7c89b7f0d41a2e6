// GET /api/tickets (JSON newest first, or ?format=csv) and GET /api/tickets/:code (with the full
// history), behind ADMIN_TOKEN. Anonymous reporters never appear: both go through the staff view.
import { Hono } from 'hono';
import type { HandlerPorts } from '../../handlers/ports';
import { type ListTicketsQuery, listTickets, ticketDetail, ticketsCsv } from '../../handlers/tickets';
import type { Config } from '../config';
import { addCalendarDays, chinaTime, isDateKey } from '../domain/calendar/china-time';
import { isCategory } from '../domain/tickets/category';
import { parseTicketCode } from '../domain/tickets/ticket-code';
import { isTicketStatus, TICKET_STATUSES } from '../domain/tickets/ticket-types';
import { requireAdminApi } from './admin-auth';
import { jsonError } from './errors';

/** The most tickets one request lists (JSON or CSV). */
export const MAX_API_TICKETS = 1000;

type Parsed = { ok: true; query: ListTicketsQuery } | { ok: false; message: string };

function parseQuery(q: Record<string, string>, org: HandlerPorts['org']): Parsed {
  const query: ListTicketsQuery = { limit: MAX_API_TICKETS };
  if (q.status) {
    if (!isTicketStatus(q.status))
      return { ok: false, message: `status must be one of ${TICKET_STATUSES.join(', ')}.` };
    query.status = q.status;
  }
  if (q.category) {
    if (!isCategory(q.category))
      return { ok: false, message: 'category must be a code of the complaint taxonomy (e.g. delay).' };
    query.category = q.category;
  }
  if (q.department) {
    if (!org.departments.some((d) => d.id === q.department))
      return { ok: false, message: `unknown department "${q.department}".` };
    query.department = q.department;
  }
  // Dates are China calendar days, inclusive: from=2026-10-01&to=2026-10-31.
  for (const name of ['from', 'to'] as const) {
    const day = q[name];
    if (day === undefined || day === '') continue;
    if (!isDateKey(day)) return { ok: false, message: `${name} must be a date such as 2026-10-01.` };
    query[name] = name === 'from' ? chinaTime(day, 0) : chinaTime(addCalendarDays(day, 1), 0) - 1;
  }
  for (const name of ['limit', 'offset'] as const) {
    if (q[name] === undefined) continue;
    const n = Number(q[name]);
    if (!Number.isInteger(n) || n < 0) return { ok: false, message: `${name} must be a whole number.` };
    query[name] = name === 'limit' ? Math.min(n, MAX_API_TICKETS) : n;
  }
  return { ok: true, query };
}

/** The admin API; `ports` are the handlers' ports (runtime.ports). */
export function apiRoutes(deps: { config: Config; ports: HandlerPorts; now: () => number }) {
  const { ports, now } = deps;
  const app = new Hono();
  app.use('/api/*', requireAdminApi({ config: deps.config, now }));

  app.get('/api/tickets', async (c) => {
    const q = c.req.query();
    if (q.format !== undefined && q.format !== 'json' && q.format !== 'csv') {
      return jsonError(c, 400, 'invalid_query', 'format must be json or csv.');
    }
    const parsed = parseQuery(q, ports.org);
    if (!parsed.ok) return jsonError(c, 400, 'invalid_query', parsed.message);
    const listing = await listTickets(ports, parsed.query, now());
    if (q.format === 'csv') {
      return c.body(ticketsCsv(listing.tickets), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="tickets.csv"',
        'cache-control': 'no-store',
      });
    }
    c.header('cache-control', 'no-store');
    return c.json({ total: listing.total, tickets: listing.tickets });
  });

  app.get('/api/tickets/:code', async (c) => {
    const code = parseTicketCode(c.req.param('code'));
    if (!code) return jsonError(c, 400, 'invalid_code', 'A ticket code looks like QQ-20261121-4821.');
    const detail = await ticketDetail(ports, code, now());
    if (!detail) return jsonError(c, 404, 'not_found', `No ticket ${code}.`);
    c.header('cache-control', 'no-store');
    return c.json(detail);
  });
  return app;
}
