// Relaying through the bot: a handler's question goes to the reporter (Lark card, or the status page
// for web reporters); neither side learns who the other is.
import { applyAction } from '../../src/domain/tickets/apply-action';
import type { Refusal } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import type { Changed } from './perform-action';
import { mutateTicket } from './perform-action';

/** A member of staff on the ticket asks its reporter a question; recorded in the history and relayed. */
export async function askReporter(
  ports: HandlerPorts,
  request: { code: string; askedBy: string; question: string },
  now: number,
): Promise<Changed | Refusal> {
  return mutateTicket(ports, request.code, ({ ticket }) => {
    const result = applyAction(
      ticket,
      'comment',
      { type: 'user', openId: request.askedBy },
      now,
      { note: request.question },
      ports.org,
    );
    if (!result.ok) return result;
    if (result.event.actorRole === 'reporter') {
      return { ok: false, code: 'forbidden', message: '只有承办单位和监督人员可以向反映人提问。' };
    }
    return { ticket: result.ticket, events: [{ ...result.event, data: { kind: 'question' } }] };
  });
}
