// How ticket times read in cards, CSV and pages: China time, minutes, weekday for deadlines.
import { CHINA_UTC_OFFSET_MS, chinaDateKey, chinaWeekday } from '../../src/domain/calendar/china-time';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** An instant as China wall-clock time: 2026-11-16 10:05. */
export function formatChinaTime(at: number): string {
  return new Date(at + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A deadline with its weekday, as people check it against a calendar: 2026-11-23（周一）18:00. */
export function formatDeadline(at: number): string {
  const day = chinaDateKey(at);
  return `${day}（周${WEEKDAYS[chinaWeekday(day)]}）${formatChinaTime(at).slice(11)}`;
}
