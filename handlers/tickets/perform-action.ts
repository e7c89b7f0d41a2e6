// Every change to a stored ticket goes through here: load, decide (applyAction or another pure
// step), save with the optimistic version check, and on a lost race reload and decide again.

import { applyAction } from '../../src/domain/tickets/apply-action';
import type {
  ActionInput,
  Actor,
  Refusal,
  Ticket,
  TicketAction,
  TicketEvent,
} from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import type { StoredTicket } from './ticket-store';

/** How often a change is retried after losing a race with another writer on the same ticket. */
const MAX_ATTEMPTS = 4;

/** A decided change: the ticket's next state and the history it appends. */
export interface Change {
  ticket: Ticket;
  events: TicketEvent[];
}

/** A saved change: the ticket before and after, the appended events and the new version. */
export interface Changed {
  ok: true;
  before: Ticket;
  ticket: Ticket;
  events: TicketEvent[];
  version: number;
}

/** The refusal for a code nobody can see: the same words whether it does not exist or is not yours. */
export const NOT_FOUND: Refusal = {
  ok: false,
  code: 'not_found',
  message: '未找到该工单，或您无权查看。匿名反映请附上查询密钥：查询 工单编号 查询密钥。',
};

/** Loads a ticket, decides a change on its current state and saves it; retries when another write got in first. */
export async function mutateTicket(
  ports: HandlerPorts,
  code: string,
  decide: (stored: StoredTicket) => Change | Refusal | Promise<Change | Refusal>,
): Promise<Changed | Refusal> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await ports.tickets.find(code);
    if (!stored) return NOT_FOUND;
    const change = await decide(stored);
    if ('ok' in change && change.ok === false) return change;
    const { ticket, events } = change as Change;
    const saved = await ports.tickets.save(stored, ticket, events);
    if (saved) return { ok: true, before: stored.ticket, ticket, events, version: saved.version };
  }
  return { ok: false, code: 'busy', message: '该工单正被他人同时处理，请稍后重试。' };
}

/** Applies one domain action (签收, 退回, 办结…) to a stored ticket as `actor`, persisting the result. */
export function performAction(
  ports: HandlerPorts,
  request: { code: string; action: TicketAction; actor: Actor; input: ActionInput },
  now: number,
): Promise<Changed | Refusal> {
  return mutateTicket(ports, request.code, ({ ticket }) => {
    const result = applyAction(ticket, request.action, request.actor, now, request.input, ports.org);
    return result.ok ? { ticket: result.ticket, events: [result.event] } : result;
  });
}
