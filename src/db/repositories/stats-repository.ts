import { and, desc, eq, gte, inArray, isNotNull, like, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { conductFeedback, conductQuestions, inboundEvents, outbox, ticketEvents, tickets } from '../schema';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A week in milliseconds. */
export const WEEK_MS = 7 * DAY_MS;
// 1970-01-01 was a Thursday: shifting by 3 days (and China's +8 h) makes weeks start on Monday, China time.
const WEEK_SHIFT_MS = 3 * DAY_MS + 8 * HOUR_MS;

/** The Monday 00:00 (China time) starting the week an instant falls in. */
export function weekStart(at: number): number {
  return Math.floor((at + WEEK_SHIFT_MS) / WEEK_MS) * WEEK_MS - WEEK_SHIFT_MS;
}

/** A time range [from, to) in epoch ms. */
export interface Range {
  from: number;
  to: number;
}

/** One point of a weekly series: the week's Monday and a count. */
export interface WeekPoint {
  week: number;
  count: number;
}

/** A label and how many. */
export interface Count {
  key: string;
  count: number;
}

/** An answer officials voted 👎 on: what was asked and how it was judged. */
export interface DownvotedAnswer {
  id: number;
  question: string;
  verdict: string;
  scenarioId: string | null;
  up: number;
  down: number;
  askedAt: number;
}

/** A question no rule covered (verdict 'unknown'), grouped by its text. */
export interface UncoveredQuestion {
  question: string;
  count: number;
  lastAskedAt: number;
}

/** A message typed into the playground, as stored in the durable inbox. */
export interface PlaygroundMessage {
  eventId: string;
  messageId: string | null;
  text: string;
  receivedAt: number;
}

/** Which tickets a dashboard view counts; `department` 'discipline' means the discipline office itself. */
export interface TicketStatsFilter {
  range: Range;
  category?: string;
  department?: string;
  status?: string;
}

/** The dashboard's ticket figures (see the tickets view for what each one means). */
export interface TicketFigures {
  total: number;
  byStatus: Count[];
  byCategory: Count[];
  byDepartment: Count[];
  withDeadline: number;
  overdue: number;
  meanToAccept: number | null;
  meanToResolve: number | null;
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
  handlerUnit: string;
  departmentId: string | null;
  createdAt: number;
  deadlineAt: number | null;
  resolvedAt: number | null;
}

/** Fills the weeks of a range that had no rows with zero. */
export function fillWeeks(points: WeekPoint[], range: Range): WeekPoint[] {
  const byWeek = new Map(points.map((p) => [p.week, p.count]));
  const out: WeekPoint[] = [];
  for (let w = weekStart(range.from); w < range.to; w += WEEK_MS)
    out.push({ week: w, count: byWeek.get(w) ?? 0 });
  return out;
}

/** Read-only queries behind the staff dashboard and the playground; nothing here writes. */
export function createStatsRepository(db: Db) {
  const inRange = (range: Range) =>
    and(gte(conductQuestions.createdAt, range.from), lt(conductQuestions.createdAt, range.to));
  const weekKey = sql<number>`cast((${conductQuestions.createdAt} + ${WEEK_SHIFT_MS}) / ${WEEK_MS} as integer)`;

  const unitKey = sql<string>`case when ${tickets.handlerUnit} = 'discipline' then 'discipline' else coalesce(${tickets.departmentId}, 'unassigned') end`;
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
      const late = sql`(${tickets.deadlineAt} is not null and ((${tickets.resolvedAt} is null and ${tickets.status} in ('assigned', 'in_progress') and ${tickets.deadlineAt} < ${now}) or ${tickets.resolvedAt} > ${tickets.deadlineAt}))`;
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
      const filedKey = sql<number>`cast((${tickets.createdAt} + ${WEEK_SHIFT_MS}) / ${WEEK_MS} as integer)`;
      const filed = await db
        .select({ key: filedKey, count: sql<number>`count(*)` })
        .from(tickets)
        .where(ticketWhere(f))
        .groupBy(filedKey);
      const resolvedKey = sql<number>`cast((${ticketEvents.at} + ${WEEK_SHIFT_MS}) / ${WEEK_MS} as integer)`;
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
      const weeks = (rows: { key: number; count: number }[]) =>
        fillWeeks(
          rows.map((r) => ({ week: Number(r.key) * WEEK_MS - WEEK_SHIFT_MS, count: Number(r.count) })),
          f.range,
        );
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
        filedPerWeek: weeks(filed),
        resolvedPerWeek: weeks(resolved),
      };
    },

    /** The newest tickets of a filter, for the dashboard's table. */
    async recentTickets(f: TicketStatsFilter, limit: number): Promise<TicketListRow[]> {
      return db
        .select({
          code: tickets.code,
          category: tickets.category,
          status: tickets.status,
          handlerUnit: tickets.handlerUnit,
          departmentId: tickets.departmentId,
          createdAt: tickets.createdAt,
          deadlineAt: tickets.deadlineAt,
          resolvedAt: tickets.resolvedAt,
        })
        .from(tickets)
        .where(ticketWhere(f))
        .orderBy(desc(tickets.createdAt), desc(tickets.id))
        .limit(limit);
    },

    /** Conduct questions per week (Monday-based, China time), every week of the range present. */
    async conductPerWeek(range: Range): Promise<WeekPoint[]> {
      const rows = await db
        .select({ key: weekKey, count: sql<number>`count(*)` })
        .from(conductQuestions)
        .where(inRange(range))
        .groupBy(weekKey);
      return fillWeeks(
        rows.map((r) => ({ week: Number(r.key) * WEEK_MS - WEEK_SHIFT_MS, count: Number(r.count) })),
        range,
      );
    },

    /** How many answers of each verdict. */
    async conductVerdicts(range: Range): Promise<Count[]> {
      const rows = await db
        .select({ key: conductQuestions.verdict, count: sql<number>`count(*)` })
        .from(conductQuestions)
        .where(inRange(range))
        .groupBy(conductQuestions.verdict);
      return rows.map((r) => ({ key: r.key, count: Number(r.count) })).sort((a, b) => b.count - a.count);
    },

    /** The scenarios most asked about, most first. */
    async topScenarios(range: Range, limit: number): Promise<Count[]> {
      const count = sql<number>`count(*)`;
      const rows = await db
        .select({ key: conductQuestions.scenarioId, count })
        .from(conductQuestions)
        .where(and(inRange(range), isNotNull(conductQuestions.scenarioId)))
        .groupBy(conductQuestions.scenarioId)
        .orderBy(desc(count), conductQuestions.scenarioId)
        .limit(limit);
      return rows.map((r) => ({ key: r.key ?? '', count: Number(r.count) }));
    },

    /** 👍 and 👎 votes cast on answers given in the range. */
    async feedbackTotals(range: Range): Promise<{ up: number; down: number }> {
      const rows = await db
        .select({ vote: conductFeedback.vote, count: sql<number>`count(*)` })
        .from(conductFeedback)
        .innerJoin(conductQuestions, eq(conductFeedback.questionId, conductQuestions.id))
        .where(inRange(range))
        .groupBy(conductFeedback.vote);
      return {
        up: Number(rows.find((r) => r.vote > 0)?.count ?? 0),
        down: Number(rows.find((r) => r.vote < 0)?.count ?? 0),
      };
    },

    /** Answers with at least one 👎, the most disliked first: what the rule editors should review. */
    async downvoted(range: Range, limit: number): Promise<DownvotedAnswer[]> {
      const down = sql<number>`sum(case when ${conductFeedback.vote} < 0 then 1 else 0 end)`;
      const up = sql<number>`sum(case when ${conductFeedback.vote} > 0 then 1 else 0 end)`;
      const rows = await db
        .select({
          id: conductQuestions.id,
          question: conductQuestions.question,
          verdict: conductQuestions.verdict,
          scenarioId: conductQuestions.scenarioId,
          askedAt: conductQuestions.createdAt,
          up,
          down,
        })
        .from(conductQuestions)
        .innerJoin(conductFeedback, eq(conductFeedback.questionId, conductQuestions.id))
        .where(inRange(range))
        .groupBy(conductQuestions.id)
        .having(sql`${down} > 0`)
        .orderBy(desc(down), desc(conductQuestions.createdAt))
        .limit(limit);
      return rows.map((r) => ({ ...r, up: Number(r.up), down: Number(r.down) }));
    },

    /** Questions no rule covered (verdict 'unknown'), grouped by text, most asked first. */
    async uncovered(range: Range, limit: number): Promise<UncoveredQuestion[]> {
      const count = sql<number>`count(*)`;
      const last = sql<number>`max(${conductQuestions.createdAt})`;
      const rows = await db
        .select({ question: conductQuestions.question, count, lastAskedAt: last })
        .from(conductQuestions)
        .where(and(inRange(range), eq(conductQuestions.verdict, 'unknown')))
        .groupBy(conductQuestions.question)
        .orderBy(desc(count), desc(last))
        .limit(limit);
      return rows.map((r) => ({
        question: r.question,
        count: Number(r.count),
        lastAskedAt: Number(r.lastAskedAt),
      }));
    },

    /** The newest messages typed into the playground under one event-id prefix, oldest first. */
    async playgroundMessages(eventPrefix: string, limit: number): Promise<PlaygroundMessage[]> {
      const rows = await db
        .select({
          eventId: inboundEvents.eventId,
          messageId: inboundEvents.messageId,
          update: inboundEvents.update,
          receivedAt: inboundEvents.receivedAt,
        })
        .from(inboundEvents)
        .where(and(eq(inboundEvents.kind, 'message'), like(inboundEvents.eventId, `${eventPrefix}%`)))
        .orderBy(desc(inboundEvents.id))
        .limit(limit);
      return rows.reverse().map((r) => {
        let text = '';
        try {
          const parsed = JSON.parse(r.update) as { text?: unknown };
          text = typeof parsed.text === 'string' ? parsed.text : '';
        } catch {
          // A row we cannot read shows as an empty message.
        }
        return { eventId: r.eventId, messageId: r.messageId, text, receivedAt: r.receivedAt };
      });
    },

    /** The newest outbox messages addressed to any of the given receivers, oldest first. */
    async outboxTo(receiveIds: string[], limit: number) {
      const rows = await db
        .select()
        .from(outbox)
        .where(inArray(outbox.receiveId, receiveIds))
        .orderBy(desc(outbox.id))
        .limit(limit);
      return rows.reverse();
    },
  };
}

/** The dashboard's read port. */
export type StatsRepository = ReturnType<typeof createStatsRepository>;
