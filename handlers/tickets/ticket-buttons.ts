// The buttons a ticket card offers each audience, following ACTION_RULES: a card only shows moves
// that are legal now. Pressing still goes through applyAction, which checks who presses.
import type { ReplyButton } from '../../src/domain/chat/reply';
import type { Ticket, TicketAction } from '../../src/domain/tickets/ticket-types';
import type { Audience } from './recipients';

/** Card operations besides the domain's actions: relay a question or answer, add information, name oneself, new key. */
export const EXTRA_OPS = ['ask', 'reply', 'supplement', 'reveal', 'rekey'] as const;

/** An operation a card button can ask for: a domain action or one of the extras. */
export type CardOp = TicketAction | (typeof EXTRA_OPS)[number];

// Buttons for one card action: the operation, the ticket and the audience travel in the button's value.
const opButton =
  (action: 'ticket.act' | 'ticket.form') =>
  (ticket: Ticket, op: CardOp, aud: Audience, label: string, style?: ReplyButton['style']): ReplyButton => ({
    label,
    style,
    value: { action, code: ticket.code, op, aud },
  });

/** A button that runs an operation at once. */
export const actButton = opButton('ticket.act');

/** A button that opens the operation's form on the card. */
export const formButton = opButton('ticket.form');

function handlerButtons(ticket: Ticket, aud: Audience): ReplyButton[] {
  const out: ReplyButton[] = [];
  if (ticket.status === 'assigned') {
    out.push(actButton(ticket, 'accept', aud, '签收', 'primary'));
    out.push(formButton(ticket, 'return', aud, '退回'));
  }
  if (ticket.status === 'in_progress') {
    out.push(formButton(ticket, 'resolve', aud, '办结', 'primary'));
    if (!ticket.pendingExtension) out.push(formButton(ticket, 'request_extension', aud, '申请延期'));
    out.push(formButton(ticket, 'return', aud, '退回'));
  }
  if (ticket.status === 'assigned' || ticket.status === 'in_progress') {
    out.push(formButton(ticket, 'ask', aud, '向反映人提问'));
  }
  return out;
}

function supervisorButtons(ticket: Ticket): ReplyButton[] {
  const aud = 'supervisor';
  const out: ReplyButton[] = [];
  const working = ticket.status === 'assigned' || ticket.status === 'in_progress';
  if (ticket.status === 'received') out.push(formButton(ticket, 'assign', aud, '交办', 'primary'));
  if (working && ticket.handlerUnit === 'discipline') out.push(...handlerButtons(ticket, aud));
  if (working && ticket.handlerUnit === 'department') out.push(actButton(ticket, 'urge', aud, '催办'));
  if (ticket.pendingExtension && ticket.status === 'in_progress') {
    out.push(actButton(ticket, 'approve_extension', aud, '批准延期', 'primary'));
    out.push(formButton(ticket, 'reject_extension', aud, '驳回延期', 'danger'));
  }
  if (ticket.status === 'resolved') out.push(actButton(ticket, 'verify', aud, '代为销号'));
  if (ticket.status === 'verified') out.push(formButton(ticket, 'visit', aud, '录入回访', 'primary'));
  if (ticket.status === 'visited') out.push(actButton(ticket, 'close', aud, '归档', 'primary'));
  if (['resolved', 'verified', 'visited'].includes(ticket.status)) {
    out.push(formButton(ticket, 'reopen', aud, '重办', 'danger'));
  }
  return out;
}

function reporterButtons(ticket: Ticket): ReplyButton[] {
  const aud = 'reporter';
  const out: ReplyButton[] = [];
  if (ticket.status === 'resolved') {
    out.push(actButton(ticket, 'verify', aud, '确认办结（销号）', 'primary'));
    out.push(formButton(ticket, 'reopen', aud, '不满意，要求重办', 'danger'));
  }
  if (ticket.status === 'verified') out.push(formButton(ticket, 'visit', aud, '评价办理结果', 'primary'));
  if (ticket.status === 'visited') out.push(formButton(ticket, 'reopen', aud, '仍不满意，要求重办'));
  if (ticket.status !== 'closed') {
    out.push(formButton(ticket, 'supplement', aud, '补充材料'));
    if (ticket.anonymous && ticket.reporter.channel === 'lark') {
      out.push(actButton(ticket, 'reveal', aud, '同意实名反映'));
      out.push(actButton(ticket, 'rekey', aud, '重新生成查询密钥'));
    }
  }
  return out;
}

/** The buttons a card for this audience offers in the ticket's current state. */
export function buttonsFor(ticket: Ticket, audience: Audience): ReplyButton[] {
  switch (audience) {
    case 'handler':
      return handlerButtons(ticket, 'handler');
    case 'supervisor':
      return supervisorButtons(ticket);
    case 'reporter':
      return reporterButtons(ticket);
    default:
      return [];
  }
}
