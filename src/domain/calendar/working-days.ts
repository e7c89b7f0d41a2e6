// Working-day deadlines. THE RULE (documented in the org file for non-programmers too):
// 1. The receipt day (受理日) is the China date of the instant when that date is a working day and the
//    instant is before 18:00; otherwise (after 18:00, weekend, holiday) it is the next working day.
// 2. The receipt day itself is not counted (期间开始之日不计算在内, as in 民法典第二百零一条).
// 3. A time limit of n working days ends at 18:00 China time of the n-th working day after the receipt
//    day; n = 0 means 18:00 of the receipt day itself.
import {
  addCalendarDays,
  chinaDateKey,
  chinaTime,
  type DateKey,
  type EpochMs,
  msIntoChinaDay,
  OFFICE_CLOSE_HOUR,
} from './china-time';
import { isWorkingDay, type WorkCalendar } from './work-calendar';

/** Longest stretch searched for a working day; reaching it means the calendar itself is broken (a bug). */
const MAX_SCAN_DAYS = 3660;

/** The first working day strictly after a date. */
export function nextWorkingDay(calendar: WorkCalendar, day: DateKey): DateKey {
  let next = addCalendarDays(day, 1);
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    if (isWorkingDay(calendar, next)) return next;
    next = addCalendarDays(next, 1);
  }
  throw new Error(`no working day within ${MAX_SCAN_DAYS} days after ${day}`);
}

/** The receipt day (受理日) of something arriving at an instant: today if a working day before 18:00, else the next working day. */
export function receiptDay(calendar: WorkCalendar, at: EpochMs): DateKey {
  const day = chinaDateKey(at);
  const beforeClose = msIntoChinaDay(at) < OFFICE_CLOSE_HOUR * 60 * 60 * 1000;
  return isWorkingDay(calendar, day) && beforeClose ? day : nextWorkingDay(calendar, day);
}

/** The n-th working day after a date (n = 0 returns the date itself). */
export function nthWorkingDayAfter(calendar: WorkCalendar, day: DateKey, n: number): DateKey {
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`nthWorkingDayAfter: n must be a whole number ≥ 0, got ${n}`);
  let current = day;
  for (let i = 0; i < n; i++) current = nextWorkingDay(calendar, current);
  return current;
}

/** The deadline of an n-working-day limit starting at `from`: 18:00 China time of the n-th working day after the receipt day. */
export function addWorkingDays(calendar: WorkCalendar, from: EpochMs, n: number): EpochMs {
  return chinaTime(nthWorkingDayAfter(calendar, receiptDay(calendar, from), n), OFFICE_CLOSE_HOUR);
}

/** Moves an existing deadline n working days later (延期): 18:00 of the n-th working day after the deadline's date. */
export function extendDeadline(calendar: WorkCalendar, deadline: EpochMs, n: number): EpochMs {
  return chinaTime(nthWorkingDayAfter(calendar, chinaDateKey(deadline), n), OFFICE_CLOSE_HOUR);
}

/**
 * Whole working days from the date of `from` to the date of `to`: the working days d with
 * date(from) < d ≤ date(to); negative when `to` is earlier. Used for "overdue by N working days".
 */
export function workingDaysBetween(calendar: WorkCalendar, from: EpochMs, to: EpochMs): number {
  const start = chinaDateKey(from);
  const end = chinaDateKey(to);
  if (end < start) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = start; day < end; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(calendar, day)) count++;
  }
  return count;
}
