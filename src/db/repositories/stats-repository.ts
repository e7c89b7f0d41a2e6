import { and, desc, eq, gte, inArray, isNotNull, like, lt, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { conductFeedback, conductQuestions, inboundEvents, outbox } from '../schema';

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

/** Fills the weeks of a range that had no rows with zero. */
export function fillWeeks(points: WeekPoint[], range: Range): WeekPoint[] {
  const byWeek = new Map(points.map((p) => [p.week, p.count]));
  const out: WeekPoint[] = [];
  for (let w = weekStart(range.from); w < range.to; w += WEEK_MS) out.push({ week: w, count: byWeek.get(w) ?? 0 });
  return out;
}

/** Read-only queries behind the staff dashboard and the playground; nothing here writes. */
export function createStatsRepository(db: Db) {
  const inRange = (range: Range) =>
    and(gte(conductQuestions.createdAt, range.from), lt(conductQuestions.createdAt, range.to));
  const weekKey = sql<number>`cast((${conductQuestions.createdAt} + ${WEEK_SHIFT_MS}) / ${WEEK_MS} as integer)`;

  return {
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
      return rows.map((r) => ({ question: r.question, count: Number(r.count), lastAskedAt: Number(r.lastAskedAt) }));
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
