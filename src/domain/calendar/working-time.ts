// Office-hour arithmetic: only 09:00–18:00 China time on working days counts (no lunch break modelled).
import {
  addCalendarDays,
  chinaDateKey,
  chinaTime,
  type EpochMs,
  OFFICE_CLOSE_HOUR,
  OFFICE_OPEN_HOUR,
} from './china-time';
import { isWorkingDay, type WorkCalendar } from './work-calendar';
import { workingDaysBetween } from './working-days';

/** One office hour in milliseconds. */
export const HOUR_MS = 60 * 60 * 1000;

/** Office milliseconds between two instants (negative when `to` is earlier than `from`). */
export function workingMsBetween(calendar: WorkCalendar, from: EpochMs, to: EpochMs): number {
  if (to < from) return -workingMsBetween(calendar, to, from);
  let total = 0;
  const last = chinaDateKey(to);
  for (let day = chinaDateKey(from); day <= last; day = addCalendarDays(day, 1)) {
    if (!isWorkingDay(calendar, day)) continue;
    const open = Math.max(chinaTime(day, OFFICE_OPEN_HOUR), from);
    const close = Math.min(chinaTime(day, OFFICE_CLOSE_HOUR), to);
    if (close > open) total += close - open;
  }
  return total;
}

/** How much working time is left before a deadline, or how far past it a ticket is. */
export interface WorkingTimeRemaining {
  /** True once `now` is at or after the deadline. */
  overdue: boolean;
  /** Office milliseconds from now to the deadline; negative when overdue. */
  workingMs: number;
  /** Whole working days from now's date to the deadline's date; negative when overdue. */
  workingDays: number;
}

/** Working time remaining until a deadline, in office milliseconds and whole working days. */
export function workingTimeRemaining(
  calendar: WorkCalendar,
  now: EpochMs,
  deadline: EpochMs,
): WorkingTimeRemaining {
  return {
    overdue: now >= deadline,
    workingMs: workingMsBetween(calendar, now, deadline),
    workingDays: workingDaysBetween(calendar, now, deadline),
  };
}

/** The instant lying `hours` office hours before `at` (e.g. when to send a reminder before a deadline). */
export function workingHoursBefore(calendar: WorkCalendar, at: EpochMs, hours: number): EpochMs {
  let remaining = hours * HOUR_MS;
  if (remaining <= 0) return at;
  for (let day = chinaDateKey(at), i = 0; i < 3660; day = addCalendarDays(day, -1), i++) {
    if (!isWorkingDay(calendar, day)) continue;
    const open = chinaTime(day, OFFICE_OPEN_HOUR);
    const close = Math.min(chinaTime(day, OFFICE_CLOSE_HOUR), at);
    if (close <= open) continue;
    if (close - open >= remaining) return close - remaining;
    remaining -= close - open;
  }
  throw new Error('workingHoursBefore: no working time found within ten years');
}
