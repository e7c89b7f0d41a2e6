// Which audience a Lark user belongs to on one ticket, from the org file and the ticket: it decides
// what a card shows them. The accused department's people belong to none.
import { isDepartmentHandler } from '../../src/domain/org/org-lookup';
import type { Org } from '../../src/domain/org/org-types';
import { resolveRoles } from '../../src/domain/tickets/permissions';
import { escalationChain } from '../../src/domain/tickets/sla';
import type { Ticket } from '../../src/domain/tickets/ticket-types';
import type { Audience } from './recipients';

/** The widest audience a user has on a ticket (supervisor over handler over reporter), or null for strangers. */
export function audienceOf(org: Org, ticket: Ticket, openId: string): Audience | null {
  const { roles, conflict } = resolveRoles(org, ticket, { type: 'user', openId });
  if (conflict) return null;
  if (roles.includes('supervisor') || roles.includes('admin')) return 'supervisor';
  if (roles.includes('handler')) return 'handler';
  if (roles.includes('reporter')) return 'reporter';
  return null;
}

/** Whether a user may see the card drawn for `audience` (a card value names it; it is checked, not trusted). */
export function mayViewAs(org: Org, ticket: Ticket, openId: string, audience: Audience): boolean {
  const own = audienceOf(org, ticket, openId);
  if (audience === 'reporter') return ticket.reporter.channel === 'lark' && ticket.reporter.id === openId;
  if (audience === 'supervisor') return own === 'supervisor';
  if (audience === 'handler') return own === 'supervisor' || own === 'handler';
  if (own === 'supervisor' || own === 'handler') return true;
  const { conflict } = resolveRoles(org, ticket, { type: 'user', openId });
  return (
    !conflict &&
    escalationChain(org, ticket).some(
      (t) => t.unit === 'department' && isDepartmentHandler(org, t.departmentId, openId),
    )
  );
}
