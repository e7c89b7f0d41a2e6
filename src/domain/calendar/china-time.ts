// China Standard Time helpers. China uses UTC+8 all year (no daylight saving), so every instant maps
// to a China calendar date by a fixed offset. Instants are epoch milliseconds; dates are 'YYYY-MM-DD'.

/** An instant as milliseconds since the Unix epoch (what `Date.now()` returns). */
export type EpochMs = number;

/** A China calendar date written 'YYYY-MM-DD' (e.g. '2026-10-01'). */
export type DateKey = string;

/** The fixed offset of China Standard Time from UTC, in milliseconds (UTC+8, no DST). */
export const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Hour (China time) at which an office day opens; working-hour arithmetic counts from here. */
export const OFFICE_OPEN_HOUR = 9;

/** Hour (China time) at which an office day ends; every working-day deadline falls at this hour. */
export const OFFICE_CLOSE_HOUR = 18;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether a string is a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isDateKey(value: string): boolean {
  const m = DATE_KEY.exec(value);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** The China calendar date on which an instant falls. */
export function chinaDateKey(at: EpochMs): DateKey {
  return new Date(at + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a given China wall-clock time on a China calendar date. */
export function chinaTime(day: DateKey, hour: number, minute = 0): EpochMs {
  const m = DATE_KEY.exec(day);
  if (!m) throw new Error(`chinaTime: not a date key: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute) - CHINA_UTC_OFFSET_MS;
}

/** Milliseconds elapsed since China midnight of the instant's own date (0 ≤ result < one day). */
export function msIntoChinaDay(at: EpochMs): number {
  return (((at + CHINA_UTC_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** The date `n` calendar days after (or, when negative, before) the given date. */
export function addCalendarDays(day: DateKey, n: number): DateKey {
  return new Date(chinaTime(day, 12) + n * DAY_MS + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day of the week of a China calendar date: 0 Sunday … 6 Saturday. */
export function chinaWeekday(day: DateKey): number {
  return new Date(chinaTime(day, 12) + CHINA_UTC_OFFSET_MS).getUTCDay();
}
