// 查询: a reporter (by Lark identity or query key) or a member of staff looks a ticket up. A stranger
// learns nothing: the answer is word for word the one for a code that does not exist.
import type { NoticeReply, Reply } from '../../src/domain/chat/reply';
import type { HandlerPorts } from '../ports';
import { type Credentials, ticketAccess } from './access';
import { audienceOf } from './audience';
import { NOT_FOUND } from './perform-action';
import { safeText, ticketCard } from './ticket-cards';
import { type ReporterTicketView, reporterView, type StaffTicketView, staffView } from './views';

/** The result of a lookup: the view for whoever asked and the card to show, or not found. */
export type LookupResult =
  | { ok: true; as: 'reporter'; view: ReporterTicketView; reply: Reply }
  | { ok: true; as: 'staff'; view: StaffTicketView; reply: Reply }
  | { ok: false; code: 'not_found'; message: string; reply: Reply };

/** The one "not found" card, for unknown codes and strangers alike. */
export const NOT_FOUND_REPLY: NoticeReply = {
  type: 'notice',
  tone: 'warning',
  title: '未找到工单',
  lines: [NOT_FOUND.message],
};

/** Looks a ticket up for its reporter (Lark identity or query key) or, in Lark, for staff on it. */
export async function lookupTicket(
  ports: HandlerPorts,
  credentials: Credentials,
  now: number,
): Promise<LookupResult> {
  const access = await ticketAccess(ports, credentials, true);
  if (!access) return { ok: false, code: 'not_found', message: NOT_FOUND.message, reply: NOT_FOUND_REPLY };
  const { org } = ports;
  const { ticket } = access.stored;
  if (access.as === 'staff') {
    const audience = audienceOf(org, ticket, credentials.requesterId ?? '') ?? 'handler';
    return {
      ok: true,
      as: 'staff',
      view: staffView(org, ticket, now),
      reply: ticketCard(org, ticket, audience, { title: `工单 ${ticket.code}` }),
    };
  }
  const view = reporterView(org, ticket, await ports.tickets.history(ticket.code));
  const latest = view.timeline.filter((e) => e.text).slice(-3);
  return {
    ok: true,
    as: 'reporter',
    view,
    reply: ticketCard(org, ticket, 'reporter', {
      title: `工单 ${ticket.code}：${view.statusLabel}`,
      lines: latest.map((e) => `**${e.label}**：${safeText(e.text ?? '')}`),
    }),
  };
}
