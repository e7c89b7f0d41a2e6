import type { EpochMs } from '../calendar/china-time';
import { addWorkingDays } from '../calendar/working-days';
import { calendarOf } from '../org/org-lookup';
import type { Org } from '../org/org-types';
import type { Category } from './category';

/** The two clocks of a handling round: sign for it (签收) and finish the rectification (办结). */
export interface RoundDeadlines {
  signDeadlineAt: EpochMs;
  deadlineAt: EpochMs;
}

/** Deadlines of a handling round that starts now (交办 or 重办), per the org's limits and calendar. */
export function roundDeadlines(org: Org, category: Category, now: EpochMs): RoundDeadlines {
  const calendar = calendarOf(org);
  return {
    signDeadlineAt: addWorkingDays(calendar, now, org.deadlines.signWithinWorkingDays),
    deadlineAt: addWorkingDays(calendar, now, org.deadlines.workingDays[category]),
  };
}

/** The deadline for the discipline office to triage (分办) a ticket that arrives or comes back now. */
export function triageDeadline(org: Org, now: EpochMs): EpochMs {
  return addWorkingDays(calendarOf(org), now, org.deadlines.signWithinWorkingDays);
}
