// What the dashboards count in: a time range, labelled counts and weekly series (weeks start on
// Monday, China time), in SQL for grouping and in TypeScript for the empty weeks.
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

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

// Fills the weeks of a range that had no rows with zero.
function fillWeeks(points: WeekPoint[], range: Range): WeekPoint[] {
  const byWeek = new Map(points.map((p) => [p.week, p.count]));
  const out: WeekPoint[] = [];
  for (let w = weekStart(range.from); w < range.to; w += WEEK_MS)
    out.push({ week: w, count: byWeek.get(w) ?? 0 });
  return out;
}

/** The week an epoch-ms column falls in, as a whole number to group by (`weekSeries` reads it back). */
export function weekNumber(column: SQLiteColumn): SQL<number> {
  return sql<number>`cast((${column} + ${WEEK_SHIFT_MS}) / ${WEEK_MS} as integer)`;
}

/** Counts grouped by `weekNumber` as a series with every week of the range present. */
export function weekSeries(rows: { key: number; count: number }[], range: Range): WeekPoint[] {
  return fillWeeks(
    rows.map((r) => ({ week: Number(r.key) * WEEK_MS - WEEK_SHIFT_MS, count: Number(r.count) })),
    range,
  );
}
