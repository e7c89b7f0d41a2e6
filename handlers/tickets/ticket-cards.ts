// The ticket card as data (a TicketReply) for one audience; src/lark/cards/ticket-card.ts draws it.
import type { ReplyForm, TicketReply } from '../../src/domain/chat/reply';
import { findDepartment } from '../../src/domain/org/org-lookup';
import type { Org } from '../../src/domain/org/org-types';
import { viewForHandler } from '../../src/domain/tickets/anonymity';
import { CATEGORY_LABELS } from '../../src/domain/tickets/category';
import { STATUS_LABELS } from '../../src/domain/tickets/labels';
import type { Ticket } from '../../src/domain/tickets/ticket-types';
import { formatDeadline } from './format';
import type { Audience } from './recipients';
import { buttonsFor } from './ticket-buttons';
import { handledBy } from './views';

/** What a card says beyond the ticket's facts. */
export interface CardOptions {
  title: string;
  tone?: TicketReply['tone'];
  lines?: string[];
  form?: ReplyForm | null;
  secret?: TicketReply['secret'];
  footer?: string;
  /** Leave the buttons off (a card that only informs). */
  noButtons?: boolean;
}

/**
 * User text made inert in card markdown: no <at> or <font> tags (an @all from a complaint), no
 * links; full-width look-alikes keep it readable.
 */
export function safeText(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞').replace(/\[/g, '［').replace(/\]/g, '］');
}

function deadlineFact(ticket: Ticket): string | null {
  const extended = ticket.extensionDays > 0 ? `（已延期 ${ticket.extensionDays} 个工作日）` : '';
  switch (ticket.status) {
    case 'received':
      return ticket.signDeadlineAt ? `${formatDeadline(ticket.signDeadlineAt)} 前分办` : null;
    case 'assigned':
      return [
        ticket.signDeadlineAt ? `签收 ${formatDeadline(ticket.signDeadlineAt)}` : null,
        ticket.deadlineAt ? `办结 ${formatDeadline(ticket.deadlineAt)}${extended}` : null,
      ]
        .filter(Boolean)
        .join('；');
    case 'in_progress':
      return ticket.deadlineAt ? `办结 ${formatDeadline(ticket.deadlineAt)}${extended}` : null;
    default:
      return null;
  }
}

function reporterFact(ticket: Ticket): string {
  const view = viewForHandler(ticket);
  if ('anonymous' in view.reporter) return '匿名（身份不向承办人显示，沟通经亲清助手转达）';
  const r = view.reporter;
  const who =
    r.channel === 'lark' && r.id ? `<at id=${r.id}></at>` : safeText(r.name ?? '（网页反映，未留姓名）');
  return r.contact ? `${who}，联系方式 ${safeText(r.contact)}` : who;
}

function facts(org: Org, ticket: Ticket, audience: Audience): TicketReply['facts'] {
  const out: TicketReply['facts'] = [
    { label: '工单编号', value: ticket.code },
    { label: '类别', value: CATEGORY_LABELS[ticket.category] },
    { label: '状态', value: STATUS_LABELS[ticket.status] },
    { label: '承办单位', value: handledBy(org, ticket) },
  ];
  const deadline = deadlineFact(ticket);
  if (deadline) out.push({ label: '期限', value: deadline });
  if (audience !== 'reporter') {
    const view = viewForHandler(ticket);
    out.push({ label: '反映人', value: reporterFact(ticket) });
    if (view.enterprise) out.push({ label: '企业', value: safeText(view.enterprise) });
    if (audience === 'supervisor' && view.accusedDepartmentId) {
      const accused = findDepartment(org, view.accusedDepartmentId)?.name ?? view.accusedDepartmentId;
      out.push({ label: '被反映单位', value: `${accused}（已回避，不通知该单位）` });
    }
    if (ticket.pendingExtension) {
      const p = ticket.pendingExtension;
      out.push({ label: '延期申请', value: `${p.days} 个工作日，理由：${safeText(p.reason)}` });
    }
    if (ticket.reopenCount > 0) out.push({ label: '重办', value: `第 ${ticket.reopenCount} 次` });
    if (ticket.escalationLevel > 0) out.push({ label: '升级督办', value: `第 ${ticket.escalationLevel} 级` });
  } else if (ticket.enterprise) {
    out.push({ label: '企业', value: safeText(ticket.enterprise) });
  }
  if (ticket.resolution) out.push({ label: '办结情况', value: safeText(ticket.resolution) });
  if (ticket.satisfaction) {
    const reason = ticket.satisfaction.reason ? `（${safeText(ticket.satisfaction.reason)}）` : '';
    out.push({ label: '满意度', value: `${ticket.satisfaction.score} 分${reason}` });
  }
  return out;
}

/** The ticket card for one audience: facts it may see, the complaint, buttons legal now, an open form. */
export function ticketCard(org: Org, ticket: Ticket, audience: Audience, options: CardOptions): TicketReply {
  const reply: TicketReply = {
    type: 'ticket',
    code: ticket.code,
    title: options.title,
    tone: options.tone ?? 'info',
    facts: facts(org, ticket, audience),
    lines: options.lines ?? [],
    buttons: options.form || options.noButtons ? [] : buttonsFor(ticket, audience),
  };
  reply.description = safeText(ticket.description);
  if (options.form) reply.form = options.form;
  if (options.secret) reply.secret = options.secret;
  if (options.footer) reply.footer = options.footer;
  return reply;
}
