import { addCalendarDays, chinaDateKey, chinaWeekday, type DateKey, type EpochMs } from './china-time';

/** One block of statutory days off, both ends inclusive (e.g. 国庆节 2026-10-01 – 2026-10-07). */
export interface HolidayRange {
  name: string;
  from: DateKey;
  to: DateKey;
}

/** The holiday schedule as the organisation file states it: days off plus the 调休 weekend days worked. */
export interface CalendarConfig {
  holidays: readonly HolidayRange[];
  workdays: readonly DateKey[];
}

/** A calendar ready for lookups: every day off and every adjusted working day as a set of dates. */
export interface WorkCalendar {
  readonly daysOff: ReadonlySet<DateKey>;
  readonly workdays: ReadonlySet<DateKey>;
}

/** Longest holiday range accepted, so a typo like 2026-10-01 – 2027-10-07 cannot freeze every clock. */
export const MAX_HOLIDAY_RANGE_DAYS = 31;

/** Expands a calendar config into lookup sets; the config must already be validated (see the org file). */
export function createWorkCalendar(config: CalendarConfig): WorkCalendar {
  const daysOff = new Set<DateKey>();
  for (const range of config.holidays) {
    let day = range.from;
    for (let i = 0; day <= range.to && i < MAX_HOLIDAY_RANGE_DAYS; i++) {
      daysOff.add(day);
      day = addCalendarDays(day, 1);
    }
  }
  return { daysOff, workdays: new Set(config.workdays) };
}

/** A calendar with weekends only (no statutory holidays): a fallback for tests and empty configs. */
export const WEEKENDS_ONLY: WorkCalendar = createWorkCalendar({ holidays: [], workdays: [] });

/**
 * Tells whether a China calendar date (or the date an instant falls on) is a working day:
 * Monday–Friday outside the days off, plus every listed 调休 working day.
 */
export function isWorkingDay(calendar: WorkCalendar, day: DateKey | EpochMs): boolean {
  const key = typeof day === 'number' ? chinaDateKey(day) : day;
  if (calendar.workdays.has(key)) return true;
  if (calendar.daysOff.has(key)) return false;
  const weekday = chinaWeekday(key);
  return weekday !== 0 && weekday !== 6;
}
