import type { Range } from '../../db/repositories/stats-series';
import { addCalendarDays, chinaDateKey, chinaTime, isDateKey } from '../../domain/calendar/china-time';

/** The date filter of a dashboard view: the China dates typed and the instants they mean. */
export interface DateFilter {
  /** 'YYYY-MM-DD', inclusive. */
  fromDay: string;
  /** 'YYYY-MM-DD', inclusive. */
  toDay: string;
  range: Range;
}

/** Reads `from`/`to` (China dates) from a query; defaults to the last `defaultDays` days up to today. */
export function dateFilter(
  query: Record<string, string | undefined>,
  now: number,
  defaultDays = 84,
): DateFilter {
  const today = chinaDateKey(now);
  let toDay = query.to && isDateKey(query.to) ? query.to : today;
  let fromDay = query.from && isDateKey(query.from) ? query.from : addCalendarDays(toDay, -(defaultDays - 1));
  if (fromDay > toDay) [fromDay, toDay] = [toDay, fromDay];
  return {
    fromDay,
    toDay,
    range: { from: chinaTime(fromDay, 0), to: chinaTime(addCalendarDays(toDay, 1), 0) },
  };
}
