// Staff listings for the dashboard and the API: newest first, filtered, anonymity kept.
import type { Category } from '../../src/domain/tickets/category';
import type { TicketStatus } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import type { TicketFilter } from './ticket-store';
import { type StaffEventView, type StaffTicketView, staffEvent, staffView } from './views';

/** Filters a listing accepts (all optional): status, category, department id, creation range, paging. */
export interface ListTicketsQuery {
  status?: TicketStatus;
  category?: Category;
  department?: string;
  from?: number;
  to?: number;
  limit?: number;
  offset?: number;
}

/** A page of tickets as staff see them, plus how many match in all. */
export interface TicketListing {
  tickets: StaffTicketView[];
  total: number;
}

/** Lists tickets for staff, newest first; anonymous reporters stay anonymous. */
export async function listTickets(
  ports: HandlerPorts,
  query: ListTicketsQuery,
  now: number,
): Promise<TicketListing> {
  const filter: TicketFilter = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.department ? { departmentId: query.department } : {}),
    ...(query.from !== undefined ? { from: query.from } : {}),
    ...(query.to !== undefined ? { to: query.to } : {}),
  };
  const [rows, total] = await Promise.all([
    ports.tickets.list({ ...filter, limit: query.limit ?? 200, offset: query.offset ?? 0 }),
    ports.tickets.count(filter),
  ]);
  return { tickets: rows.map((t) => staffView(ports.org, t, now)), total };
}

/** One ticket with its full history for staff, or null when the code is unknown. */
export async function ticketDetail(
  ports: HandlerPorts,
  code: string,
  now: number,
): Promise<{ ticket: StaffTicketView; history: StaffEventView[] } | null> {
  const stored = await ports.tickets.find(code);
  if (!stored) return null;
  const history = await ports.tickets.history(stored.ticket.code);
  return {
    ticket: staffView(ports.org, stored.ticket, now),
    history: history.map((e) => staffEvent(e, stored.ticket.anonymous)),
  };
}
