// The anonymous Lark reporter's two choices after filing: agree to real name (实名), or replace a lost
// query key. The new key is shown only in the card-action answer, never stored or queued.
import { applyAction } from '../../src/domain/tickets/apply-action';
import { generateQueryKey, hashQueryKey } from '../../src/domain/tickets/query-key';
import type { Refusal } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import { type Changed, mutateTicket } from './perform-action';

const NOT_YOURS: Refusal = { ok: false, code: 'forbidden', message: '只有反映人本人可以这样做。' };

/** The reporter agrees to be named: the ticket turns real-name and the handling unit is told who it is. */
export function revealReporter(
  ports: HandlerPorts,
  request: { code: string; reporterId: string },
  now: number,
) {
  return mutateTicket(ports, request.code, ({ ticket }) => {
    if (ticket.reporter.channel !== 'lark' || ticket.reporter.id !== request.reporterId) return NOT_YOURS;
    if (!ticket.anonymous)
      return { ok: false, code: 'already_named', message: '本工单已是实名反映。' } as Refusal;
    const actor = { type: 'user' as const, openId: request.reporterId };
    const result = applyAction(ticket, 'comment', actor, now, { note: '反映人同意实名反映' }, ports.org);
    if (!result.ok) return result;
    return {
      ticket: { ...result.ticket, anonymous: false },
      events: [{ ...result.event, data: { kind: 'reveal' } }],
    };
  });
}

/** A fresh query key for the reporter (the old one stops working); returned once, only its hash is kept. */
export async function renewQueryKey(
  ports: HandlerPorts,
  request: { code: string; reporterId: string },
  now: number,
): Promise<(Changed & { queryKey: string }) | Refusal> {
  const queryKey = generateQueryKey(ports.random);
  const queryKeyHash = await hashQueryKey(queryKey);
  const changed = await mutateTicket(ports, request.code, ({ ticket }) => {
    if (ticket.reporter.channel !== 'lark' || ticket.reporter.id !== request.reporterId) return NOT_YOURS;
    const actor = { type: 'user' as const, openId: request.reporterId };
    const result = applyAction(ticket, 'comment', actor, now, { note: '反映人更换了查询密钥' }, ports.org);
    if (!result.ok) return result;
    return {
      ticket: { ...result.ticket, queryKeyHash },
      events: [{ ...result.event, data: { kind: 'rekey' } }],
    };
  });
  return changed.ok ? { ...changed, queryKey } : changed;
}
