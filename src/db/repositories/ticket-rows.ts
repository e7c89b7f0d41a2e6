// Mapping between the domain's Ticket / TicketEvent and their rows; the one place that knows both shapes.
import type { Category } from '../../domain/tickets/category';
import type {
  HandlerUnit,
  PendingExtension,
  Role,
  Ticket,
  TicketAction,
  TicketEvent,
  TicketStatus,
} from '../../domain/tickets/ticket-types';
import type { ticketEvents, tickets } from '../schema';

/** A stored ticket row. */
export type TicketRow = typeof tickets.$inferSelect;

/** A stored history row. */
export type TicketEventRow = typeof ticketEvents.$inferSelect;

/** The columns of a ticket (everything but the id), for inserts and updates. */
export function ticketColumns(ticket: Ticket) {
  return {
    code: ticket.code,
    category: ticket.category,
    status: ticket.status,
    handlerUnit: ticket.handlerUnit,
    departmentId: ticket.departmentId,
    accusedDepartmentId: ticket.accusedDepartmentId,
    anonymous: ticket.anonymous,
    reporterId: ticket.reporter.id,
    reporterName: ticket.reporter.name ?? null,
    reporterContact: ticket.reporter.contact ?? null,
    reporterChannel: ticket.reporter.channel,
    enterprise: ticket.enterprise,
    description: ticket.description,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    assignedAt: ticket.assignedAt,
    signDeadlineAt: ticket.signDeadlineAt,
    deadlineAt: ticket.deadlineAt,
    extensionDays: ticket.extensionDays,
    pendingExtension: ticket.pendingExtension ? JSON.stringify(ticket.pendingExtension) : null,
    reopenCount: ticket.reopenCount,
    escalationLevel: ticket.escalationLevel,
    resolution: ticket.resolution,
    resolvedAt: ticket.resolvedAt,
    satisfactionScore: ticket.satisfaction?.score ?? null,
    satisfactionReason: ticket.satisfaction?.reason ?? null,
    closedAt: ticket.closedAt,
    queryKeyHash: ticket.queryKeyHash,
  };
}

/** Rebuilds the domain ticket from its row. */
export function toTicket(row: TicketRow): Ticket {
  const reporter: Ticket['reporter'] = { id: row.reporterId, channel: row.reporterChannel as 'lark' | 'web' };
  if (row.reporterName !== null) reporter.name = row.reporterName;
  if (row.reporterContact !== null) reporter.contact = row.reporterContact;
  return {
    code: row.code,
    category: row.category as Category,
    status: row.status as TicketStatus,
    handlerUnit: row.handlerUnit as HandlerUnit,
    departmentId: row.departmentId,
    accusedDepartmentId: row.accusedDepartmentId,
    anonymous: row.anonymous,
    reporter,
    enterprise: row.enterprise,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    assignedAt: row.assignedAt,
    signDeadlineAt: row.signDeadlineAt,
    deadlineAt: row.deadlineAt,
    extensionDays: row.extensionDays,
    pendingExtension: row.pendingExtension ? (JSON.parse(row.pendingExtension) as PendingExtension) : null,
    reopenCount: row.reopenCount,
    escalationLevel: row.escalationLevel,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    satisfaction:
      row.satisfactionScore === null
        ? null
        : { score: row.satisfactionScore, reason: row.satisfactionReason },
    closedAt: row.closedAt,
    queryKeyHash: row.queryKeyHash,
  };
}

/** The row of one history event at position `seq` of its ticket. */
export function eventColumns(event: TicketEvent, seq: number) {
  return {
    ticketCode: event.ticketCode,
    seq,
    action: event.action,
    actor: event.actor,
    actorRole: event.actorRole,
    at: event.at,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    data: JSON.stringify(event.data),
  };
}

/** Rebuilds a history event from its row. */
export function toTicketEvent(row: TicketEventRow): TicketEvent {
  return {
    ticketCode: row.ticketCode,
    action: row.action as TicketAction | 'open',
    actor: row.actor,
    actorRole: row.actorRole as Role,
    at: row.at,
    fromStatus: row.fromStatus as TicketStatus | null,
    toStatus: row.toStatus as TicketStatus,
    note: row.note,
    data: JSON.parse(row.data) as TicketEvent['data'],
  };
}

/** Tells a unique-constraint violation (both drivers, possibly wrapped by drizzle) from other failures. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const message = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: unknown }).code;
    if (
      /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(message) ||
      String(code).includes('SQLITE_CONSTRAINT')
    ) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
