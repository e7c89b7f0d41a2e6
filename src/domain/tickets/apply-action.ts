import type { EpochMs } from '../calendar/china-time';
import type { Org } from '../org/org-types';
import { ACTION_RULES, isTicketAction } from './action-rules';
import { close, reopen, verify, visit } from './closure-effects';
import type { Effect } from './effect-support';
import { approveExtension, rejectExtension, requestExtension } from './extension-effects';
import { accept, assign, comment, escalate, resolve, returnTicket, urge } from './handling-effects';
import { ACTION_LABELS, STATUS_LABELS } from './labels';
import { authorize } from './permissions';
import type { ActionInput, ActionResult, Actor, Ticket, TicketAction } from './ticket-types';

const EFFECTS: Readonly<Record<TicketAction, Effect>> = {
  assign,
  accept,
  return: returnTicket,
  request_extension: requestExtension,
  approve_extension: approveExtension,
  reject_extension: rejectExtension,
  resolve,
  verify,
  visit,
  reopen,
  close,
  urge,
  escalate,
  comment,
};

/**
 * Applies one action to a ticket: checks who acts (permissions), whether the move is legal from the
 * current status (ACTION_RULES), validates the input, and returns the new ticket plus its history
 * event. Any refusal leaves the ticket untouched. `now` is epoch milliseconds.
 */
export function applyAction(
  ticket: Ticket,
  action: TicketAction | string,
  actor: Actor,
  now: EpochMs,
  input: ActionInput,
  org: Org,
): ActionResult {
  if (!isTicketAction(action))
    return { ok: false, code: 'unknown_action', message: `无法识别的操作「${action}」。` };
  const auth = authorize(org, ticket, actor, action);
  if (!auth.ok) return auth;
  const rule = ACTION_RULES[action];
  if (!rule.from.includes(ticket.status)) {
    return {
      ok: false,
      code: 'illegal_transition',
      message: `工单当前状态为「${STATUS_LABELS[ticket.status]}」，不能执行「${ACTION_LABELS[action]}」。`,
    };
  }
  const result = EFFECTS[action]({ org, ticket, auth, now, input });
  if (!result.ok) return result;
  const next: Ticket = { ...result.ticket, updatedAt: now };
  return {
    ok: true,
    ticket: next,
    event: {
      ticketCode: ticket.code,
      action,
      actor: auth.actorLabel,
      actorRole: auth.role,
      at: now,
      fromStatus: ticket.status,
      toStatus: next.status,
      note: result.note,
      data: result.data ?? {},
    },
  };
}
