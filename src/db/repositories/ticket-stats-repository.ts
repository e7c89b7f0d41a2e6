// Read-only queries behind the tickets view of the staff dashboard: figures, weekly trends, newest rows.
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { ticketEvents, tickets } from '../schema';
import { type Count, type Range, type WeekPoint, weekNumber, weekSeries } from './stats-series';

/** Which tickets a dashboard view counts; `department` 'discipline' means the discipline office itself. */
export interface TicketStatsFilter {
  range: Range;
  category?: string;
  department?: string;
  status?: string;
}

/** The dashboard's ticket figures for one filter. */
export interface TicketFigures {
  total: number;
  byStatus: Count[];
  byCategory: Count[];
  /** Keyed by department id, 'discipline' for the discipline office, or 'unassigned'. */
  byDepartment: Count[];
  /** Tickets that had a 整改 deadline, and how many of them missed it (still open past it, or finished late). */
  withDeadline: number;
  overdue: number;
  /** Mean milliseconds from 交办 to 签收, and from 受理 to 办结; null without data. */
  meanToAccept: number | null;
  meanToResolve: number | null;
  /** 回访 scores: how many, their mean (1–5) and how many were satisfied (≥ 4). */
  rated: number;
  meanScore: number | null;
  satisfied: number;
  filedPerWeek: WeekPoint[];
  resolvedPerWeek: WeekPoint[];
}

/** A ticket as the dashboard lists it: no reporter, no description. */
export interface TicketListRow {
  code: string;
  category: string;
  status: string;
  /** The handling unit, keyed like `TicketFigures.byDepartment`. */
  unit: string;
  createdAt: number;
  deadlineAt: number | null;
  /** Missed its 整改 deadline, counted like `TicketFigures.overdue`. */
  overdue: boolean;
}

/** The tickets dashboard's queries over tickets and their history; nothing here writes. */
export function createTicketStatsRepository(db: Db) {
  const unitKey = sql<string>`case when ${tickets.handlerUnit} = 'discipline' then 'discipline' else coalesce(${tickets.departmentId}, 'unassigned') end`;
  // Past its deadline while still open at `now`, or resolved after it.
  const missedDeadline = (now: number) =>
    sql`(${tickets.deadlineAt} is not null and ((${tickets.resolvedAt} is null and ${tickets.status} in ('assigned', 'in_progress') and ${tickets.deadlineAt} < ${now}) or ${tickets.resolvedAt} > ${tickets.deadlineAt}))`;
  const ticketWhere = (f: TicketStatsFilter, withRange = true): SQL | undefined => {
    const parts: (SQL | undefined)[] = [];
    if (withRange) parts.push(gte(tickets.createdAt, f.range.from), lt(tickets.createdAt, f.range.to));
    if (f.category) parts.push(eq(tickets.category, f.category));
    if (f.status) parts.push(eq(tickets.status, f.status));
    if (f.department) parts.push(sql`${unitKey} = ${f.department}`);
    return and(...parts);
  };
  const countBy = async (
    key: SQL<string> | typeof tickets.status,
    f: TicketStatsFilter,
  ): Promise<Count[]> => {
    const n = sql<number>`count(*)`;
    const rows = await db
      .select({ key, count: n })
      .from(tickets)
      .where(ticketWhere(f))
      .groupBy(key)
      .orderBy(desc(n));
    return rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
  };
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

  return {
    /** Every figure of the tickets dashboard for one filter; `now` decides what is overdue. */
    async ticketFigures(f: TicketStatsFilter, now: number): Promise<TicketFigures> {
      const late = missedDeadline(now);
      const [totals] = await db
        .select({
          total: sql<number>`count(*)`,
          withDeadline: sql<number>`sum(case when ${tickets.deadlineAt} is not null then 1 else 0 end)`,
          overdue: sql<number>`sum(case when ${late} then 1 else 0 end)`,
          meanToResolve: sql<
            number | null
          >`avg(case when ${tickets.resolvedAt} is not null then ${tickets.resolvedAt} - ${tickets.createdAt} end)`,
          rated: sql<number>`count(${tickets.satisfactionScore})`,
          meanScore: sql<number | null>`avg(${tickets.satisfactionScore})`,
          satisfied: sql<number>`sum(case when ${tickets.satisfactionScore} >= 4 then 1 else 0 end)`,
        })
        .from(tickets)
        .where(ticketWhere(f));
      // 签收 time: each accept paired with the latest assignment before it.
      const lastAssign = sql`(select max(a.at) from ${ticketEvents} a where a.ticket_code = ${ticketEvents.ticketCode} and a.action = 'assign' and a.at <= ${ticketEvents.at})`;
      const [accept] = await db
        .select({ mean: sql<number | null>`avg(${ticketEvents.at} - ${lastAssign})` })
        .from(ticketEvents)
        .innerJoin(tickets, eq(tickets.code, ticketEvents.ticketCode))
        .where(and(eq(ticketEvents.action, 'accept'), ticketWhere(f)));
      const filedKey = weekNumber(tickets.createdAt);
      const filed = await db
        .select({ key: filedKey, count: sql<number>`count(*)` })
        .from(tickets)
        .where(ticketWhere(f))
        .groupBy(filedKey);
      const resolvedKey = weekNumber(ticketEvents.at);
      const resolved = await db
        .select({ key: resolvedKey, count: sql<number>`count(*)` })
        .from(ticketEvents)
        .innerJoin(tickets, eq(tickets.code, ticketEvents.ticketCode))
        .where(
          and(
            eq(ticketEvents.action, 'resolve'),
            gte(ticketEvents.at, f.range.from),
            lt(ticketEvents.at, f.range.to),
            ticketWhere(f, false),
          ),
        )
        .groupBy(resolvedKey);
      return {
        total: Number(totals?.total ?? 0),
        byStatus: await countBy(tickets.status, f),
        byCategory: await countBy(sql<string>`${tickets.category}`, f),
        byDepartment: await countBy(unitKey, f),
        withDeadline: Number(totals?.withDeadline ?? 0),
        overdue: Number(totals?.overdue ?? 0),
        meanToAccept: num(accept?.mean),
        meanToResolve: num(totals?.meanToResolve),
        rated: Number(totals?.rated ?? 0),
        meanScore: num(totals?.meanScore),
        satisfied: Number(totals?.satisfied ?? 0),
        filedPerWeek: weekSeries(filed, f.range),
        resolvedPerWeek: weekSeries(resolved, f.range),
      };
    },

    /** The newest tickets of a filter, for the dashboard's table; `now` decides what is overdue. */
    async recentTickets(f: TicketStatsFilter, now: number, limit: number): Promise<TicketListRow[]> {
      const rows = await db
        .select({
          code: tickets.code,
          category: tickets.category,
          status: tickets.status,
          unit: unitKey,
          createdAt: tickets.createdAt,
          deadlineAt: tickets.deadlineAt,
          overdue: sql<number | null>`${missedDeadline(now)}`,
        })
        .from(tickets)
        .where(ticketWhere(f))
        .orderBy(desc(tickets.createdAt), desc(tickets.id))
        .limit(limit);
      return rows.map((r) => ({ ...r, unit: String(r.unit), overdue: Boolean(r.overdue) }));
    },
  };
}

/** The tickets dashboard's read port. */
export type TicketStatsRepository = ReturnType<typeof createTicketStatsRepository>;
