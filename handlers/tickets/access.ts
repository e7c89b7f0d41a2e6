// Who may see a ticket as its reporter: the Lark user who filed it, or anyone holding the query key.
// Everyone else gets the same answer as for a code that does not exist.
import { resolveRoles } from '../../src/domain/tickets/permissions';
import { verifyQueryKey } from '../../src/domain/tickets/query-key';
import { parseTicketCode } from '../../src/domain/tickets/ticket-code';
import type { Actor } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import type { StoredTicket } from './ticket-store';

/** Proof of who asks: a query key (web, other devices) and/or a Lark open_id. */
export interface Credentials {
  code: string;
  key?: string | null;
  requesterId?: string | null;
}

/** A ticket the requester may see, and as whom: its reporter (with the actor to act as) or staff. */
export type Access =
  | { as: 'reporter'; stored: StoredTicket; actor: Actor }
  | { as: 'staff'; stored: StoredTicket; actor: Actor }
  | null;

/** Resolves what the requester may see of a ticket; null for unknown codes and strangers alike. */
export async function ticketAccess(
  ports: HandlerPorts,
  credentials: Credentials,
  staffAllowed: boolean,
): Promise<Access> {
  const code = parseTicketCode(credentials.code);
  if (!code) return null;
  const stored = await ports.tickets.find(code);
  if (!stored) return null;
  const { ticket } = stored;
  const id = credentials.requesterId ?? null;
  if (id && ticket.reporter.channel === 'lark' && ticket.reporter.id === id) {
    return { as: 'reporter', stored, actor: { type: 'user', openId: id } };
  }
  if (credentials.key && (await verifyQueryKey(credentials.key, ticket.queryKeyHash))) {
    return { as: 'reporter', stored, actor: { type: 'reporter' } };
  }
  if (staffAllowed && id) {
    const { roles, conflict } = resolveRoles(ports.org, ticket, { type: 'user', openId: id });
    if (!conflict && roles.some((r) => r === 'handler' || r === 'supervisor' || r === 'admin')) {
      return { as: 'staff', stored, actor: { type: 'user', openId: id } };
    }
  }
  return null;
}
