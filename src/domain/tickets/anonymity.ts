import type { Reporter, Ticket } from './ticket-types';

/** What staff may see of the reporter: everything for a real-name report, only the channel when anonymous. */
export type ReporterView = Reporter | { id: null; channel: Reporter['channel']; anonymous: true };

/** A ticket as handlers see it: no query-key hash, no reporter identity when anonymous. */
export type HandlerTicketView = Omit<Ticket, 'reporter' | 'queryKeyHash'> & { reporter: ReporterView };

/**
 * Strips what a handler must not see: the reporter's identity and enterprise when anonymous, the
 * query-key hash always, and the accused department unless the discipline office handles the ticket.
 */
export function viewForHandler(ticket: Ticket): HandlerTicketView {
  const { queryKeyHash: _hash, reporter, ...rest } = ticket;
  return {
    ...rest,
    reporter: ticket.anonymous ? { id: null, channel: reporter.channel, anonymous: true } : reporter,
    enterprise: ticket.anonymous ? null : ticket.enterprise,
    accusedDepartmentId: ticket.handlerUnit === 'discipline' ? ticket.accusedDepartmentId : null,
  };
}
