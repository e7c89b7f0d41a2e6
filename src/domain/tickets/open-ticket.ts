import type { EpochMs } from '../calendar/china-time';
import type { Org } from '../org/org-types';
import { applyAction } from './apply-action';
import { type Category, isCategory } from './category';
import { triageDeadline } from './deadlines';
import { refuse } from './effect-support';
import { type Route, routeComplaint } from './routing';
import { generateTicketCode, type RandomBytes } from './ticket-code';
import type { Refusal, Reporter, Ticket, TicketEvent } from './ticket-types';

/** Longest complaint text accepted. */
export const MAX_DESCRIPTION_LENGTH = 5000;

/** A complaint as the intake collected it. */
export interface ComplaintDraft {
  category: Category;
  description: string;
  anonymous: boolean;
  reporter: Reporter;
  enterprise?: string | null;
  /** Hash of the query key handed to an anonymous reporter (see hashQueryKey). */
  queryKeyHash?: string | null;
}

/** A new ticket with its first events (受理, and 交办 when routing could decide) and the route taken. */
export type OpenTicketResult = { ok: true; ticket: Ticket; events: TicketEvent[]; route: Route } | Refusal;

/**
 * 受理: turns a complaint into a ticket and routes it. Misconduct goes straight to the discipline
 * office, a matched department is assigned at once (交办 by 'system'), anything else waits for the
 * discipline office to triage. Deadlines start now (epoch ms).
 */
export function openTicket(
  org: Org,
  draft: ComplaintDraft,
  now: EpochMs,
  random: RandomBytes,
): OpenTicketResult {
  if (!isCategory(draft.category))
    return refuse('invalid_input', `无法识别的投诉类别「${String(draft.category)}」。`);
  const description = draft.description.trim();
  if (description === '') return refuse('invalid_input', '请描述遇到的问题。');
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    return refuse('invalid_input', `问题描述不能超过${MAX_DESCRIPTION_LENGTH}字，请精简或分次补充。`);
  }
  const route = routeComplaint(org, { category: draft.category, text: description });
  const ticket: Ticket = {
    code: generateTicketCode(now, random),
    category: draft.category,
    status: 'received',
    handlerUnit: 'discipline',
    departmentId: null,
    accusedDepartmentId: route.accusedDepartmentId,
    anonymous: draft.anonymous,
    reporter: draft.reporter,
    enterprise: draft.enterprise?.trim() || null,
    description,
    createdAt: now,
    updatedAt: now,
    assignedAt: null,
    signDeadlineAt: triageDeadline(org, now),
    deadlineAt: null,
    extensionDays: 0,
    pendingExtension: null,
    reopenCount: 0,
    escalationLevel: 0,
    resolution: null,
    resolvedAt: null,
    satisfaction: null,
    closedAt: null,
    queryKeyHash: draft.queryKeyHash ?? null,
  };
  const opened: TicketEvent = {
    ticketCode: ticket.code,
    action: 'open',
    actor: 'reporter',
    actorRole: 'reporter',
    at: now,
    fromStatus: null,
    toStatus: 'received',
    note: null,
    data: { category: draft.category, route: route.reason },
  };
  if (route.needsTriage) return { ok: true, ticket, events: [opened], route };
  const assigned = applyAction(
    ticket,
    'assign',
    { type: 'system' },
    now,
    { departmentId: route.departmentId },
    org,
  );
  if (!assigned.ok) throw new Error(`routing produced an illegal assignment: ${assigned.message}`);
  return { ok: true, ticket: assigned.ticket, events: [opened, assigned.event], route };
}
