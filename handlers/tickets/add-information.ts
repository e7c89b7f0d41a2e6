// 补充材料 and the reporter's answers: text (and attachments sent in chat) added to the ticket's
// history by its reporter, then relayed to the handling unit without saying who the reporter is.
import type { Outgoing, Reply } from '../../src/domain/chat/reply';
import type { Attachment } from '../../src/domain/chat/update';
import { applyAction } from '../../src/domain/tickets/apply-action';
import type { Refusal, Ticket } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import { type Credentials, ticketAccess } from './access';
import { changeNotices } from './notices';
import { mutateTicket, NOT_FOUND } from './perform-action';
import { ticketCard } from './ticket-cards';
import { type ReporterTicketView, reporterView } from './views';

/** What the reporter adds: free text, or the 补充材料 form's fields; `kind` 'answer' replies to a relayed question. */
export interface InformationInput extends Credentials {
  text?: string;
  enterprise?: string;
  contact?: string;
  whenWhere?: string;
  details?: string;
  kind?: 'info' | 'answer';
}

/** The outcome: the reporter's updated view, a card confirming it, and the cards relayed to the handling unit. */
export type AddInformationResult =
  | { ok: true; view: ReporterTicketView; reply: Reply; also: Outgoing[] }
  | (Refusal & { reply: Reply });

const refusalReply = (r: Refusal): Refusal & { reply: Reply } => ({
  ...r,
  reply: { type: 'notice', tone: 'warning', title: '未能补充', lines: [r.message] },
});

function composeNote(input: InformationInput, anonymous: boolean): string {
  const parts = [
    input.whenWhere?.trim() ? `时间地点：${input.whenWhere.trim()}` : '',
    input.details?.trim() ? `经过和证据：${input.details.trim()}` : '',
    input.text?.trim() ?? '',
  ].filter(Boolean);
  const identity = [input.enterprise?.trim() && '企业名称', input.contact?.trim() && '联系方式'].filter(
    Boolean,
  );
  if (identity.length > 0 && !anonymous) parts.push(`（已补充${identity.join('、')}）`);
  return parts.join('\n');
}

/** The reporter adds information to their ticket (Lark identity or query key); staff cannot use this. */
export async function addInformation(
  ports: HandlerPorts,
  input: InformationInput,
  now: number,
): Promise<AddInformationResult> {
  const access = await ticketAccess(ports, input, false);
  if (access?.as !== 'reporter') return refusalReply(NOT_FOUND);
  const kind = input.kind ?? 'info';
  const changed = await mutateTicket(ports, access.stored.ticket.code, ({ ticket }) => {
    const note = composeNote(input, ticket.anonymous);
    const result = applyAction(ticket, 'comment', access.actor, now, { note }, ports.org);
    if (!result.ok) return result;
    const next: Ticket = ticket.anonymous
      ? result.ticket
      : {
          ...result.ticket,
          enterprise: input.enterprise?.trim().slice(0, 200) || result.ticket.enterprise,
          reporter: {
            ...result.ticket.reporter,
            ...(input.contact?.trim() ? { contact: input.contact.trim().slice(0, 100) } : {}),
          },
        };
    return { ticket: next, events: [{ ...result.event, data: { kind } }] };
  });
  if (!changed.ok) return refusalReply(changed);
  const history = await ports.tickets.history(changed.ticket.code);
  return {
    ok: true,
    view: reporterView(ports.org, changed.ticket, history),
    reply: ticketCard(ports.org, changed.ticket, 'reporter', {
      title: kind === 'answer' ? '回复已转达' : '补充材料已收到',
      tone: 'success',
      lines: ['已转达承办单位，不显示您的身份信息。'],
    }),
    also: changeNotices(ports.org, changed.before, changed.ticket, changed.events, changed.version),
  };
}

/** Files and images a Lark reporter sent in chat, attached to one of their open tickets. */
export async function attachToTicket(
  ports: HandlerPorts,
  request: { code: string; reporterId: string; attachments: Attachment[]; messageId: string },
  now: number,
): Promise<{ ok: true; also: Outgoing[] } | Refusal> {
  const images = request.attachments.filter((a) => a.type === 'image').length;
  const files = request.attachments.filter((a) => a.type === 'file').map((a) => a.name ?? '文件');
  const what = [images > 0 ? `图片 ${images} 张` : '', files.length > 0 ? `文件 ${files.join('、')}` : '']
    .filter(Boolean)
    .join('，');
  const changed = await mutateTicket(ports, request.code, ({ ticket }) => {
    const result = applyAction(
      ticket,
      'comment',
      { type: 'user', openId: request.reporterId },
      now,
      { note: `反映人补充了${what}（请联系纪委监委调取原件）` },
      ports.org,
    );
    if (!result.ok) return result;
    const keys = request.attachments.map((a) => `${a.type}:${a.key}`).join(',');
    return {
      ticket: result.ticket,
      events: [
        { ...result.event, data: { kind: 'attachment', messageId: request.messageId, attachments: keys } },
      ],
    };
  });
  if (!changed.ok) return changed;
  return {
    ok: true,
    also: changeNotices(ports.org, changed.before, changed.ticket, changed.events, changed.version),
  };
}
