// The SLA clocks of a ticket and the notifications they call for. Pure: a scheduler calls
// dueNotifications every few minutes and sends each notification whose idempotencyKey it has not
// sent yet. Keys carry the ticket code, the round (reopenCount) and the deadline, so they stay
// stable across runs and change when a new deadline starts (延期, 重办, 再交办).
import type { EpochMs } from '../calendar/china-time';
import { extendDeadline } from '../calendar/working-days';
import { workingHoursBefore } from '../calendar/working-time';
import { ancestorsOf, calendarOf, findDepartment } from '../org/org-lookup';
import type { Org } from '../org/org-types';
import type { Ticket } from './ticket-types';

/** Who a notification is for: a department's handlers, the discipline office, or the admins (top of the chain). */
export type NotifyTarget =
  | { unit: 'department'; departmentId: string }
  | { unit: 'discipline' }
  | { unit: 'admins' };

/** One notification that has come due. */
export interface DueNotification {
  /** remind: before the deadline; overdue: 催办 on breach; escalate: one level up after a further breach. */
  kind: 'remind' | 'overdue' | 'escalate';
  /** sign: 签收 (or triage) deadline; resolve: 办结 deadline. */
  clock: 'sign' | 'resolve';
  /** 0 = the handling unit itself; k = the k-th unit up the escalation chain. */
  level: number;
  target: NotifyTarget;
  /** When it became due. */
  dueAt: EpochMs;
  /** The deadline it is about. */
  deadlineAt: EpochMs;
  /** Stable across scheduler runs: send each key once. */
  idempotencyKey: string;
}

/**
 * Every notification due at `now` for the ticket's current deadlines: a reminder shortly before the
 * 办结 deadline (dropped once overdue), 催办 on breach, and an escalation one level up (town →
 * county → city → discipline office → admins) after each further breach of the configured working days.
 */
export function dueNotifications(ticket: Ticket, now: EpochMs, org: Org): DueNotification[] {
  const out: DueNotification[] = [];
  const key = (clock: string, kind: string, level: number, deadline: EpochMs) =>
    `${ticket.code}:r${ticket.reopenCount}:${clock}:${kind}:${level}:${deadline}`;
  const push = (n: Omit<DueNotification, 'idempotencyKey'>) => {
    if (n.dueAt <= now) out.push({ ...n, idempotencyKey: key(n.clock, n.kind, n.level, n.deadlineAt) });
  };
  const own = handlingTarget(ticket);
  const sign = ticket.signDeadlineAt;
  if (sign !== null && (ticket.status === 'received' || ticket.status === 'assigned')) {
    push({ kind: 'overdue', clock: 'sign', level: 0, target: own, dueAt: sign, deadlineAt: sign });
    if (ticket.status === 'received') escalations(org, 'sign', sign, [{ unit: 'admins' }], push);
  }
  const deadline = ticket.deadlineAt;
  if (deadline !== null && (ticket.status === 'assigned' || ticket.status === 'in_progress')) {
    const hours = org.deadlines.remindBeforeWorkingHours;
    if (hours > 0 && now < deadline) {
      const dueAt = workingHoursBefore(calendarOf(org), deadline, hours);
      push({ kind: 'remind', clock: 'resolve', level: 0, target: own, dueAt, deadlineAt: deadline });
    }
    push({ kind: 'overdue', clock: 'resolve', level: 0, target: own, dueAt: deadline, deadlineAt: deadline });
    escalations(org, 'resolve', deadline, escalationChain(org, ticket), push);
  }
  return out;
}

function escalations(
  org: Org,
  clock: DueNotification['clock'],
  deadline: EpochMs,
  chain: NotifyTarget[],
  push: (n: Omit<DueNotification, 'idempotencyKey'>) => void,
): void {
  const step = org.deadlines.escalateAfterWorkingDays;
  chain.forEach((target, i) => {
    const dueAt = extendDeadline(calendarOf(org), deadline, step * (i + 1));
    push({ kind: 'escalate', clock, level: i + 1, target, dueAt, deadlineAt: deadline });
  });
}

/** The unit currently responsible for the ticket. */
export function handlingTarget(ticket: Ticket): NotifyTarget {
  return ticket.handlerUnit === 'department' && ticket.departmentId !== null
    ? { unit: 'department', departmentId: ticket.departmentId }
    : { unit: 'discipline' };
}

/**
 * The units above the handling one, nearest first: its parent departments, then the discipline
 * office; for a ticket the discipline office handles itself, the admins. The accused department is skipped.
 */
export function escalationChain(org: Org, ticket: Ticket): NotifyTarget[] {
  if (ticket.handlerUnit === 'discipline' || ticket.departmentId === null) return [{ unit: 'admins' }];
  const parents: NotifyTarget[] = ancestorsOf(org, ticket.departmentId)
    .filter((d) => d.id !== ticket.accusedDepartmentId)
    .map((d) => ({ unit: 'department', departmentId: d.id }));
  return [...parents, { unit: 'discipline' }];
}

/** The people and groups behind a target, never including handlers of the department the ticket accuses. */
export function recipientsOf(
  org: Org,
  target: NotifyTarget,
  ticket: Ticket,
): { userIds: string[]; chatIds: string[] } {
  const barred = new Set(findDepartment(org, ticket.accusedDepartmentId)?.handlers ?? []);
  const unit =
    target.unit === 'department'
      ? findDepartment(org, target.departmentId)
      : target.unit === 'discipline'
        ? org.disciplineOffice
        : { handlers: org.admins, chatId: null };
  if (!unit) return { userIds: [], chatIds: [] };
  return {
    userIds: unit.handlers.filter((id) => !barred.has(id)),
    chatIds: unit.chatId ? [unit.chatId] : [],
  };
}
