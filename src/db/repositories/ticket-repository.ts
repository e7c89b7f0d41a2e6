import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type {
  CreateTicketResult,
  NoticeClaim,
  StoredTicket,
  TicketFilter,
  TicketStore,
} from '../../../handlers/tickets/ticket-store';
import type { Ticket, TicketEvent } from '../../domain/tickets/ticket-types';
import type { Database } from '../database';
import { ticketEvents, ticketNotices, tickets } from '../schema';
import {
  eventColumns,
  isUniqueViolation,
  type TicketRow,
  ticketColumns,
  toTicket,
  toTicketEvent,
} from './ticket-rows';

const ON_THE_CLOCK = ['received', 'assigned', 'in_progress'];
const MAX_LIST = 1000;

function stored(row: TicketRow): StoredTicket {
  return { ticket: toTicket(row), version: row.version };
}

function where(filter: TicketFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.status) parts.push(eq(tickets.status, filter.status));
  if (filter.category) parts.push(eq(tickets.category, filter.category));
  if (filter.departmentId) parts.push(eq(tickets.departmentId, filter.departmentId));
  if (filter.from !== undefined) parts.push(gte(tickets.createdAt, filter.from));
  if (filter.to !== undefined) parts.push(lt(tickets.createdAt, filter.to));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** Tickets, their append-only history and scheduler claims over drizzle: the TicketStore port on both drivers. */
export function createTicketRepository(database: Database): TicketStore {
  const { db } = database;

  async function findBy(column: typeof tickets.code | typeof tickets.sourceKey, value: string) {
    const [row] = await db.select().from(tickets).where(eq(column, value)).limit(1);
    return row ? stored(row) : null;
  }

  return {
    async create(ticket: Ticket, events: TicketEvent[], sourceKey: string): Promise<CreateTicketResult> {
      const version = events.length;
      try {
        await database.atomic([
          db.insert(tickets).values({ ...ticketColumns(ticket), sourceKey, version }),
          ...events.map((e, i) => db.insert(ticketEvents).values(eventColumns(e, i + 1))),
        ]);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const existing = await findBy(tickets.sourceKey, sourceKey);
        return existing
          ? { ok: false, reason: 'duplicate_source', existing }
          : { ok: false, reason: 'code_taken' };
      }
      return { ok: true, stored: { ticket, version } };
    },

    find: (code) => findBy(tickets.code, code),

    findBySource: (sourceKey) => findBy(tickets.sourceKey, sourceKey),

    async save(before: StoredTicket, after: Ticket, events: TicketEvent[]): Promise<StoredTicket | null> {
      if (events.length === 0) throw new Error('a ticket change must append at least one history event');
      const version = before.version + events.length;
      const { code: _code, createdAt: _created, ...columns } = ticketColumns(after);
      try {
        // The event's (ticket, seq) is unique: if someone else appended step version+1 first, this batch fails whole.
        await database.atomic([
          db
            .update(tickets)
            .set({ ...columns, version })
            .where(and(eq(tickets.code, before.ticket.code), eq(tickets.version, before.version))),
          ...events.map((e, i) => db.insert(ticketEvents).values(eventColumns(e, before.version + i + 1))),
        ]);
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
      return { ticket: after, version };
    },

    async history(code: string): Promise<TicketEvent[]> {
      const rows = await db
        .select()
        .from(ticketEvents)
        .where(eq(ticketEvents.ticketCode, code))
        .orderBy(asc(ticketEvents.seq));
      return rows.map(toTicketEvent);
    },

    async list(filter: TicketFilter): Promise<Ticket[]> {
      const rows = await db
        .select()
        .from(tickets)
        .where(where(filter))
        .orderBy(desc(tickets.createdAt), desc(tickets.id))
        .limit(Math.min(filter.limit ?? MAX_LIST, MAX_LIST))
        .offset(filter.offset ?? 0);
      return rows.map(toTicket);
    },

    async count(filter: TicketFilter): Promise<number> {
      const [row] = await db.select({ n: count() }).from(tickets).where(where(filter));
      return row?.n ?? 0;
    },

    async byReporter(reporterId: string, limit: number): Promise<Ticket[]> {
      const rows = await db
        .select()
        .from(tickets)
        .where(and(eq(tickets.reporterId, reporterId), eq(tickets.reporterChannel, 'lark')))
        .orderBy(desc(tickets.createdAt), desc(tickets.id))
        .limit(limit);
      return rows.map(toTicket);
    },

    async onTheClock(horizon: number): Promise<StoredTicket[]> {
      const rows = await db
        .select()
        .from(tickets)
        .where(
          and(
            inArray(tickets.status, ON_THE_CLOCK),
            or(lte(tickets.signDeadlineAt, horizon), lte(tickets.deadlineAt, horizon)),
          ),
        )
        .orderBy(asc(tickets.id));
      return rows.map(stored);
    },

    async claimedNotices(ticketCodes: string[]): Promise<Set<string>> {
      const keys = new Set<string>();
      // Chunked: SQLite (and D1 even more) limit the number of bound parameters per statement.
      for (let i = 0; i < ticketCodes.length; i += 50) {
        const rows = await db
          .select({ key: ticketNotices.key })
          .from(ticketNotices)
          .where(inArray(ticketNotices.ticketCode, ticketCodes.slice(i, i + 50)));
        for (const row of rows) keys.add(row.key);
      }
      return keys;
    },

    async claimNotice(claim: NoticeClaim, now: number): Promise<boolean> {
      const inserted = await db
        .insert(ticketNotices)
        .values({ ...claim, claimedAt: now })
        .onConflictDoNothing()
        .returning({ key: ticketNotices.key });
      return inserted.length === 1;
    },
  };
}
