import { describe, expect, it } from 'vitest';
import { isWorkingDay, WEEKENDS_ONLY } from '../../../src/domain/calendar/work-calendar';
import {
  addWorkingDays,
  extendDeadline,
  nthWorkingDayAfter,
  receiptDay,
  workingDaysBetween,
} from '../../../src/domain/calendar/working-days';
import { at, cal2026 } from './calendar-fixture';

describe('isWorkingDay', () => {
  it('should treat 国庆 2026-10-01..07 as off and 09-20 (Sun), 10-10 (Sat) as worked', () => {
    for (const d of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07'])
      expect(isWorkingDay(cal2026, d)).toBe(false);
    expect(isWorkingDay(cal2026, '2026-09-20')).toBe(true);
    expect(isWorkingDay(cal2026, '2026-10-10')).toBe(true);
    expect(isWorkingDay(cal2026, '2026-10-11')).toBe(false);
    expect(isWorkingDay(cal2026, '2026-10-08')).toBe(true);
  });

  it('should treat 春节 2026-02-15..23 as off and 02-14, 02-28 (Sat) as worked', () => {
    expect(isWorkingDay(cal2026, '2026-02-16')).toBe(false);
    expect(isWorkingDay(cal2026, '2026-02-23')).toBe(false);
    expect(isWorkingDay(cal2026, '2026-02-14')).toBe(true);
    expect(isWorkingDay(cal2026, '2026-02-28')).toBe(true);
    expect(isWorkingDay(cal2026, '2026-02-24')).toBe(true);
  });

  it('should take instants and use their China date', () => {
    expect(isWorkingDay(cal2026, Date.parse('2026-09-30T16:30:00Z'))).toBe(false); // 10-01 00:30 in China
    expect(isWorkingDay(cal2026, Date.parse('2026-09-30T15:30:00Z'))).toBe(true);
  });

  it('should fall back to plain weekends without a holiday list', () => {
    expect(isWorkingDay(WEEKENDS_ONLY, '2026-10-01')).toBe(true);
    expect(isWorkingDay(WEEKENDS_ONLY, '2026-10-10')).toBe(false);
  });
});

describe('receiptDay: the 受理日 rule', () => {
  it('should be the same day on a working day before 18:00', () => {
    expect(receiptDay(cal2026, at('2026-09-30 17:59'))).toBe('2026-09-30');
  });

  it('should be the next working day after 18:00, on a weekend or on a holiday', () => {
    expect(receiptDay(cal2026, at('2026-09-30 18:00'))).toBe('2026-10-08');
    expect(receiptDay(cal2026, at('2026-10-03 10:00'))).toBe('2026-10-08');
    expect(receiptDay(cal2026, at('2026-09-19 10:00'))).toBe('2026-09-20'); // Sat → the worked Sunday
    expect(receiptDay(cal2026, at('2026-11-21 10:00'))).toBe('2026-11-23');
  });
});

describe('addWorkingDays: deadline at 18:00 of the n-th working day after the receipt day', () => {
  it('should skip 国庆 and count the 10-10 Saturday (5 days from 09-30 → 10-13)', () => {
    expect(addWorkingDays(cal2026, at('2026-09-30 10:00'), 5)).toBe(at('2026-10-13 18:00'));
    expect(addWorkingDays(cal2026, at('2026-09-30 10:00'), 3)).toBe(at('2026-10-10 18:00'));
  });

  it('should count the worked Sunday 09-20 before 国庆', () => {
    expect(addWorkingDays(cal2026, at('2026-09-18 10:00'), 1)).toBe(at('2026-09-20 18:00'));
    // 09-24 Thu → 09-25..27 中秋 off → 09-28, 09-29, 09-30, 10-08, 10-09
    expect(addWorkingDays(cal2026, at('2026-09-24 10:00'), 5)).toBe(at('2026-10-09 18:00'));
  });

  it('should start from the next working day for a complaint during the holiday or after hours', () => {
    expect(addWorkingDays(cal2026, at('2026-10-03 10:00'), 1)).toBe(at('2026-10-09 18:00'));
    expect(addWorkingDays(cal2026, at('2026-09-30 19:00'), 1)).toBe(at('2026-10-09 18:00'));
    expect(addWorkingDays(cal2026, at('2026-09-30 19:00'), 0)).toBe(at('2026-10-08 18:00'));
  });

  it('should skip 春节 and count 02-14 and 02-28', () => {
    expect(addWorkingDays(cal2026, at('2026-02-13 10:00'), 1)).toBe(at('2026-02-14 18:00'));
    expect(addWorkingDays(cal2026, at('2026-02-13 10:00'), 5)).toBe(at('2026-02-27 18:00'));
    expect(addWorkingDays(cal2026, at('2026-02-13 19:00'), 1)).toBe(at('2026-02-24 18:00'));
    expect(addWorkingDays(cal2026, at('2026-02-27 10:00'), 1)).toBe(at('2026-02-28 18:00'));
    expect(addWorkingDays(cal2026, at('2026-02-18 10:00'), 10)).toBe(at('2026-03-09 18:00'));
  });

  it('should skip 元旦 and count the worked Sunday 01-04', () => {
    expect(addWorkingDays(cal2026, at('2025-12-31 10:00'), 1)).toBe(at('2026-01-04 18:00'));
    expect(addWorkingDays(cal2026, at('2025-12-31 10:00'), 2)).toBe(at('2026-01-05 18:00'));
  });

  it('should skip 劳动节 and count the worked Saturday 05-09', () => {
    expect(addWorkingDays(cal2026, at('2026-04-30 10:00'), 1)).toBe(at('2026-05-06 18:00'));
    expect(addWorkingDays(cal2026, at('2026-04-30 10:00'), 4)).toBe(at('2026-05-09 18:00'));
    expect(addWorkingDays(cal2026, at('2026-04-30 10:00'), 5)).toBe(at('2026-05-11 18:00'));
  });

  it('should refuse a negative or fractional count as a bug', () => {
    expect(() => nthWorkingDayAfter(cal2026, '2026-10-08', -1)).toThrow();
    expect(() => addWorkingDays(cal2026, at('2026-10-08 10:00'), 1.5)).toThrow();
  });
});

describe('extendDeadline', () => {
  it('should move a deadline by working days from its own date', () => {
    expect(extendDeadline(cal2026, at('2026-09-30 18:00'), 2)).toBe(at('2026-10-09 18:00'));
    expect(extendDeadline(cal2026, at('2026-02-13 18:00'), 2)).toBe(at('2026-02-24 18:00'));
  });
});

describe('workingDaysBetween', () => {
  it('should count working days after the first date up to and including the second', () => {
    expect(workingDaysBetween(cal2026, at('2026-09-30 10:00'), at('2026-10-10 09:00'))).toBe(3);
    expect(workingDaysBetween(cal2026, at('2026-02-13 10:00'), at('2026-02-28 10:00'))).toBe(6);
    expect(workingDaysBetween(cal2026, at('2026-10-08 10:00'), at('2026-10-08 17:00'))).toBe(0);
  });

  it('should be negative when the second instant is earlier', () => {
    expect(workingDaysBetween(cal2026, at('2026-10-10 09:00'), at('2026-09-30 10:00'))).toBe(-3);
  });
});
