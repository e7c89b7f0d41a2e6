import { describe, expect, it } from 'vitest';
import {
  HOUR_MS,
  workingHoursBefore,
  workingMsBetween,
  workingTimeRemaining,
} from '../../../src/domain/calendar/working-time';
import { at, cal2026 } from './calendar-fixture';

describe('workingMsBetween', () => {
  it('should count only 09:00–18:00 on working days', () => {
    expect(workingMsBetween(cal2026, at('2026-11-16 08:00'), at('2026-11-16 20:00'))).toBe(9 * HOUR_MS);
    expect(workingMsBetween(cal2026, at('2026-11-20 17:00'), at('2026-11-23 10:00'))).toBe(2 * HOUR_MS);
  });

  it('should count nothing across 国庆 and the whole worked Saturday 10-10', () => {
    expect(workingMsBetween(cal2026, at('2026-09-30 18:00'), at('2026-10-08 09:00'))).toBe(0);
    expect(workingMsBetween(cal2026, at('2026-10-09 18:00'), at('2026-10-12 09:00'))).toBe(9 * HOUR_MS);
  });

  it('should be negative when reversed', () => {
    expect(workingMsBetween(cal2026, at('2026-11-16 12:00'), at('2026-11-16 10:00'))).toBe(-2 * HOUR_MS);
  });
});

describe('workingTimeRemaining', () => {
  it('should report time left before the deadline', () => {
    expect(workingTimeRemaining(cal2026, at('2026-09-30 16:00'), at('2026-10-08 18:00'))).toEqual({
      overdue: false,
      workingMs: 11 * HOUR_MS,
      workingDays: 1,
    });
  });

  it('should report how far past the deadline a ticket is', () => {
    expect(workingTimeRemaining(cal2026, at('2026-10-12 10:00'), at('2026-10-09 18:00'))).toEqual({
      overdue: true,
      workingMs: -10 * HOUR_MS,
      workingDays: -2,
    });
  });
});

describe('workingHoursBefore', () => {
  it('should step back over the 春节 holiday to the last working hours', () => {
    expect(workingHoursBefore(cal2026, at('2026-02-24 18:00'), 4)).toBe(at('2026-02-24 14:00'));
    expect(workingHoursBefore(cal2026, at('2026-02-24 10:00'), 4)).toBe(at('2026-02-14 15:00'));
  });

  it('should return the same instant for zero hours', () => {
    expect(workingHoursBefore(cal2026, at('2026-02-24 10:00'), 0)).toBe(at('2026-02-24 10:00'));
  });
});
