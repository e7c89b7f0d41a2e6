// Read-only queries behind the conduct view of the staff dashboard: questions, verdicts and votes.
import { and, desc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { conductFeedback, conductQuestions } from '../schema';
import { type Count, type Range, type WeekPoint, weekNumber, weekSeries } from './stats-series';

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

/** The conduct dashboard's queries over the question log and its votes; nothing here writes. */
export function createConductStatsRepository(db: Db) {
  const inRange = (range: Range) =>
    and(gte(conductQuestions.createdAt, range.from), lt(conductQuestions.createdAt, range.to));
  const weekKey = weekNumber(conductQuestions.createdAt);

  return {
    /** Conduct questions per week (Monday-based, China time), every week of the range present. */
    async conductPerWeek(range: Range): Promise<WeekPoint[]> {
      const rows = await db
        .select({ key: weekKey, count: sql<number>`count(*)` })
        .from(conductQuestions)
        .where(inRange(range))
        .groupBy(weekKey);
      return weekSeries(rows, range);
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
  };
}

/** The conduct dashboard's read port. */
export type ConductStatsRepository = ReturnType<typeof createConductStatsRepository>;
