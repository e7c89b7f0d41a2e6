// What each side may see of a ticket: staff (dashboard, API, cards) never see an anonymous reporter;
// reporters never see who handles it by name, internal notes or the accused department.
import { findDepartment } from '../../src/domain/org/org-lookup';
import type { Org } from '../../src/domain/org/org-types';
import { type HandlerTicketView, viewForHandler } from '../../src/domain/tickets/anonymity';
import { CATEGORY_LABELS } from '../../src/domain/tickets/category';
import { ACTION_LABELS, STATUS_LABELS } from '../../src/domain/tickets/labels';
import type { Satisfaction, Ticket, TicketEvent, TicketStatus } from '../../src/domain/tickets/ticket-types';
import { formatDeadline } from './format';

/** A ticket as staff see it (dashboard, API, CSV): the handler view plus labels, names and the overdue flag. */
export type StaffTicketView = HandlerTicketView & {
  categoryLabel: string;
  statusLabel: string;
  /** The handling unit's name: the department, or the discipline office. */
  handledBy: string;
  departmentName: string | null;
  overdue: boolean;
};

/** One history entry as staff see it. */
export interface StaffEventView {
  at: number;
  action: TicketEvent['action'];
  actionLabel: string;
  actor: string;
  actorRole: TicketEvent['actorRole'];
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus;
  note: string | null;
  data: TicketEvent['data'];
}

/** One line of the reporter's timeline: what happened, from whom (never a name), and the text meant for them. */
export interface TimelineEntry {
  at: number;
  label: string;
  from: 'reporter' | 'handler' | 'system';
  text: string | null;
}

/** A ticket as its reporter sees it (status page, chat lookups). */
export interface ReporterTicketView {
  code: string;
  category: Ticket['category'];
  categoryLabel: string;
  status: TicketStatus;
  statusLabel: string;
  handledBy: string;
  anonymous: boolean;
  enterprise: string | null;
  description: string;
  createdAt: number;
  updatedAt: number;
  /** The deadline that matters now: 签收/分办 while waiting, 办结 while being handled; null otherwise. */
  deadlineAt: number | null;
  resolution: string | null;
  satisfaction: Satisfaction | null;
  /** What the reporter can do now. */
  canVerify: boolean;
  canVisit: boolean;
  canReopen: boolean;
  canAddInformation: boolean;
  timeline: TimelineEntry[];
}

/** The name of the unit handling a ticket. */
export function handledBy(org: Org, ticket: Ticket): string {
  if (ticket.handlerUnit === 'department') {
    return findDepartment(org, ticket.departmentId)?.name ?? ticket.departmentId ?? org.disciplineOffice.name;
  }
  return org.disciplineOffice.name;
}

/** The deadline currently running, if any. */
export function currentDeadline(ticket: Ticket): number | null {
  if (ticket.status === 'received') return ticket.signDeadlineAt;
  if (ticket.status === 'assigned') return ticket.deadlineAt ?? ticket.signDeadlineAt;
  if (ticket.status === 'in_progress') return ticket.deadlineAt;
  return null;
}

/** Whether the running deadline has passed. */
export function isOverdue(ticket: Ticket, now: number): boolean {
  const sign = ticket.status === 'received' || ticket.status === 'assigned' ? ticket.signDeadlineAt : null;
  const resolve = ticket.status === 'assigned' || ticket.status === 'in_progress' ? ticket.deadlineAt : null;
  return (sign !== null && now > sign) || (resolve !== null && now > resolve);
}

/** The staff view of a ticket: no query-key hash, no anonymous reporter, labels and names added. */
export function staffView(org: Org, ticket: Ticket, now: number): StaffTicketView {
  return {
    ...viewForHandler(ticket),
    categoryLabel: CATEGORY_LABELS[ticket.category],
    statusLabel: STATUS_LABELS[ticket.status],
    handledBy: handledBy(org, ticket),
    departmentName: findDepartment(org, ticket.departmentId)?.name ?? null,
    overdue: isOverdue(ticket, now),
  };
}

/**
 * A history entry for staff (actors are open_ids, 'reporter' or 'system': the reporter's own id is
 * never recorded). On an anonymous ticket the Lark message an attachment came in is left out too.
 */
export function staffEvent(event: TicketEvent, anonymous: boolean): StaffEventView {
  const { messageId: _messageId, ...rest } = event.data;
  return {
    at: event.at,
    action: event.action,
    actionLabel: ACTION_LABELS[event.action],
    actor: event.actor,
    actorRole: event.actorRole,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    data: anonymous ? rest : event.data,
  };
}

/** The kind of a 补充说明 event: a relayed question or answer, added information, an attachment… */
export function commentKind(event: TicketEvent): string {
  return typeof event.data.kind === 'string' ? event.data.kind : 'remark';
}

function timelineEntry(org: Org, event: TicketEvent): TimelineEntry | null {
  const base = { at: event.at, label: ACTION_LABELS[event.action], from: 'handler' as const, text: null };
  switch (event.action) {
    case 'open':
      return { ...base, label: '受理', from: 'system' };
    case 'assign': {
      const id = typeof event.data.departmentId === 'string' ? event.data.departmentId : null;
      const unit = findDepartment(org, id)?.name ?? org.disciplineOffice.name;
      return { ...base, label: `交办：${unit}`, from: 'system' };
    }
    case 'return':
      return { ...base, label: '重新分办', from: 'system' };
    case 'approve_extension': {
      const deadline = typeof event.data.deadlineAt === 'number' ? formatDeadline(event.data.deadlineAt) : '';
      return { ...base, label: `办理期限延长至 ${deadline}`.trim() };
    }
    case 'request_extension':
    case 'reject_extension':
      return null;
    case 'resolve':
      return { ...base, text: event.note };
    case 'visit':
      return { ...base, label: `回访：满意度 ${String(event.data.satisfaction ?? '')} 分`, from: 'reporter' };
    case 'reopen':
      return { ...base, from: event.actorRole === 'reporter' ? 'reporter' : 'handler', text: event.note };
    case 'urge':
    case 'escalate':
    case 'close':
      return { ...base, from: 'system' };
    case 'verify':
      return { ...base, from: event.actorRole === 'reporter' ? 'reporter' : 'handler' };
    case 'comment': {
      const kind = commentKind(event);
      if (kind === 'question') return { ...base, label: '承办单位提问', text: event.note };
      if (event.actorRole !== 'reporter') return null;
      return {
        ...base,
        label: kind === 'answer' ? '您的回复' : '您补充的材料',
        from: 'reporter',
        text: event.note,
      };
    }
    default:
      return { ...base };
  }
}

/** The reporter's view of a ticket and its history. */
export function reporterView(org: Org, ticket: Ticket, history: TicketEvent[]): ReporterTicketView {
  const open = ticket.status !== 'closed';
  return {
    code: ticket.code,
    category: ticket.category,
    categoryLabel: CATEGORY_LABELS[ticket.category],
    status: ticket.status,
    statusLabel: STATUS_LABELS[ticket.status],
    handledBy: handledBy(org, ticket),
    anonymous: ticket.anonymous,
    enterprise: ticket.enterprise,
    description: ticket.description,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    deadlineAt: currentDeadline(ticket),
    resolution: ticket.resolution,
    satisfaction: ticket.satisfaction,
    canVerify: ticket.status === 'resolved',
    canVisit: ticket.status === 'verified',
    canReopen: ['resolved', 'verified', 'visited'].includes(ticket.status),
    canAddInformation: open,
    timeline: history.map((e) => timelineEntry(org, e)).filter((e): e is TimelineEntry => e !== null),
  };
}
