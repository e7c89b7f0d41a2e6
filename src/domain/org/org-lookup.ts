import { createWorkCalendar, type WorkCalendar } from '../calendar/work-calendar';
import type { Department, Org } from './org-types';

const calendars = new WeakMap<Org, WorkCalendar>();

/** The organisation's working calendar, built once per Org object. */
export function calendarOf(org: Org): WorkCalendar {
  let calendar = calendars.get(org);
  if (!calendar) {
    calendar = createWorkCalendar(org.calendar);
    calendars.set(org, calendar);
  }
  return calendar;
}

/** The department with this id, or undefined (an org file edit may have removed it). */
export function findDepartment(org: Org, id: string | null | undefined): Department | undefined {
  return id == null ? undefined : org.departments.find((d) => d.id === id);
}

/** The departments above one, nearest first (town → county → city): the escalation path. */
export function ancestorsOf(org: Org, id: string): Department[] {
  const chain: Department[] = [];
  let current = findDepartment(org, id);
  while (current?.parent != null) {
    const parent = findDepartment(org, current.parent);
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/** Tells whether an open_id is one of the department's handlers. */
export function isDepartmentHandler(org: Org, departmentId: string | null, openId: string): boolean {
  return findDepartment(org, departmentId)?.handlers.includes(openId) ?? false;
}
