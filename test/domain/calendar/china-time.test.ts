import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  chinaDateKey,
  chinaTime,
  chinaWeekday,
  isDateKey,
  msIntoChinaDay,
} from '../../../src/domain/calendar/china-time';

describe('China time', () => {
  it('should map instants to the China date at UTC+8', () => {
    expect(chinaDateKey(Date.parse('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDateKey(Date.parse('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });

  it('should build instants from China wall-clock times', () => {
    expect(chinaTime('2026-10-01', 18)).toBe(Date.parse('2026-10-01T10:00:00Z'));
    expect(chinaTime('2026-01-01', 0, 30)).toBe(Date.parse('2025-12-31T16:30:00Z'));
    expect(msIntoChinaDay(chinaTime('2026-03-08', 9, 15))).toBe((9 * 60 + 15) * 60 * 1000);
  });

  it('should step over month, year and leap boundaries', () => {
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('should know the weekday of a date', () => {
    expect(chinaWeekday('2026-10-10')).toBe(6);
    expect(chinaWeekday('2026-09-20')).toBe(0);
    expect(chinaWeekday('2026-11-16')).toBe(1);
  });

  it('should accept only real dates written YYYY-MM-DD', () => {
    expect(isDateKey('2026-10-01')).toBe(true);
    expect(isDateKey('2026-02-30')).toBe(false);
    expect(isDateKey('2026-1-1')).toBe(false);
    expect(isDateKey('20261001')).toBe(false);
  });
});
