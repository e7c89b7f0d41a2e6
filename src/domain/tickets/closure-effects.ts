// Effects of closing the loop: 对账销号, 回访, 重办 (不满意), 归档.
import { findDepartment } from '../org/org-lookup';
import { roundDeadlines, triageDeadline } from './deadlines';
import { type Effect, isRefusal, optionalText, refuse, requiredText } from './effect-support';

/** Ratings at or below this are "not satisfied" and need a reason (1–2 不满意, 3 基本满意, 4–5 满意). */
export const REASON_REQUIRED_AT_OR_BELOW = 3;

/** 对账销号: the reporter confirms the rectification, or a supervisor verifies it (e.g. anonymous, no answer). */
export const verify: Effect = ({ ticket, input }) => {
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  return { ok: true, note, ticket: { ...ticket, status: 'verified' } };
};

/** 回访: records the 1–5 satisfaction rating; a reason is required at 3 or below. */
export const visit: Effect = ({ ticket, input }) => {
  const score = input.satisfaction;
  if (score === undefined || !Number.isInteger(score) || score < 1 || score > 5) {
    return refuse('invalid_input', '请给出 1 到 5 分的满意度评价。');
  }
  let reason: string | null;
  if (score <= REASON_REQUIRED_AT_OR_BELOW) {
    const required = requiredText(input.reason, '不满意的原因');
    if (isRefusal(required)) return required;
    reason = required;
  } else {
    const optional = optionalText(input.reason);
    if (isRefusal(optional)) return optional;
    reason = optional;
  }
  return {
    ok: true,
    note: reason,
    data: { satisfaction: score },
    ticket: { ...ticket, status: 'visited', satisfaction: { score, reason } },
  };
};

/**
 * 重办: the reporter (or a supervisor) is not satisfied; the same unit gets the ticket back with new
 * deadlines and reopenCount + 1. If that department has since left the org file, it goes to triage.
 */
export const reopen: Effect = ({ org, ticket, now, input }) => {
  const reason = requiredText(input.reason, '重办原因（不满意之处）');
  if (isRefusal(reason)) return reason;
  const lostDepartment = ticket.handlerUnit === 'department' && !findDepartment(org, ticket.departmentId);
  const round = lostDepartment
    ? {
        status: 'received' as const,
        handlerUnit: 'discipline' as const,
        departmentId: null,
        assignedAt: null,
        signDeadlineAt: triageDeadline(org, now),
        deadlineAt: null,
      }
    : { status: 'assigned' as const, assignedAt: now, ...roundDeadlines(org, ticket.category, now) };
  const next = {
    ...ticket,
    ...round,
    reopenCount: ticket.reopenCount + 1,
    extensionDays: 0,
    pendingExtension: null,
    escalationLevel: 0,
    resolution: null,
    resolvedAt: null,
    satisfaction: null,
  };
  return {
    ok: true,
    note: reason,
    data: { reopenCount: next.reopenCount, deadlineAt: next.deadlineAt },
    ticket: next,
  };
};

/** 归档: closes a visited ticket for good. */
export const close: Effect = ({ ticket, now, input }) => {
  const note = optionalText(input.note);
  if (isRefusal(note)) return note;
  return { ok: true, note, ticket: { ...ticket, status: 'closed', closedAt: now } };
};
