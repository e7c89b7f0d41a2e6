// The ticket card buttons: ticket.act runs an operation (签收, 退回, 办结…, relayed questions and
// answers, 补充材料), ticket.form opens the form an operation needs, ticket.view redraws the card.
// Each answers inside Lark's callback budget with a toast and, on success, the updated card.
import type { CardActionResult } from '../../src/domain/chat/reply';
import { isTicketAction } from '../../src/domain/tickets/action-rules';
import { applyAction } from '../../src/domain/tickets/apply-action';
import { ACTION_LABELS } from '../../src/domain/tickets/labels';
import type { Refusal, Ticket } from '../../src/domain/tickets/ticket-types';
import type { CardActionHandler } from '../context';
import type { HandlerPorts } from '../ports';
import { addInformation } from './add-information';
import { audienceOf, mayViewAs } from './audience';
import { actionInput, formText, readCardValue, type TicketCardValue } from './card-values';
import { changeNotices } from './notices';
import { type Changed, NOT_FOUND, performAction } from './perform-action';
import type { Audience } from './recipients';
import { askReporter } from './relay';
import { renewQueryKey, revealReporter } from './reporter-identity';
import { ticketCard } from './ticket-cards';
import { formFor } from './ticket-forms';

const STALE: CardActionResult = {
  toast: { type: 'warning', text: '该按钮已失效，请发送「查询 工单编号」获取最新卡片。' },
};

const refused = (r: Refusal): CardActionResult => ({ toast: { type: 'error', text: r.message } });

const EXTRA_LABELS: Record<string, string> = {
  ask: '问题已转达反映人',
  reveal: '已改为实名反映',
  rekey: '已生成新的查询密钥',
};

/** The card the operator sees after a change: their audience's card, or a bare note once they no longer may see it. */
function afterCard(ports: HandlerPorts, ticket: Ticket, operator: string, aud: Audience, title: string) {
  if (mayViewAs(ports.org, ticket, operator, aud))
    return ticketCard(ports.org, ticket, aud, { title, tone: 'success' });
  return { type: 'notice' as const, tone: 'success' as const, title, lines: [`工单 ${ticket.code}`] };
}

function done(
  ports: HandlerPorts,
  changed: Changed,
  operator: string,
  aud: Audience,
  text: string,
): CardActionResult {
  return {
    toast: { type: 'success', text },
    card: afterCard(ports, changed.ticket, operator, aud, text),
    also: changeNotices(ports.org, changed.before, changed.ticket, changed.events, changed.version),
  };
}

async function act(
  ports: HandlerPorts,
  v: TicketCardValue,
  operator: string,
  form: Record<string, unknown>,
  now: number,
) {
  const { code, op, aud } = v;
  if (op === null) return STALE;
  if (isTicketAction(op)) {
    const actor = { type: 'user' as const, openId: operator };
    const changed = await performAction(
      ports,
      { code, action: op, actor, input: actionInput(op, form) },
      now,
    );
    return changed.ok ? done(ports, changed, operator, aud, `已${ACTION_LABELS[op]}`) : refused(changed);
  }
  if (op === 'reply' || op === 'supplement') {
    const added = await addInformation(
      ports,
      op === 'reply'
        ? { code, requesterId: operator, text: formText(form, 'answer'), kind: 'answer' }
        : {
            code,
            requesterId: operator,
            enterprise: formText(form, 'enterprise'),
            contact: formText(form, 'contact'),
            whenWhere: formText(form, 'when_where'),
            details: formText(form, 'details'),
          },
      now,
    );
    if (!added.ok) return refused(added);
    return {
      toast: { type: 'success' as const, text: '已转达承办单位' },
      card: added.reply,
      also: added.also,
    };
  }
  if (op === 'rekey') {
    const renewed = await renewQueryKey(ports, { code, reporterId: operator }, now);
    if (!renewed.ok) return refused(renewed);
    const card = ticketCard(ports.org, renewed.ticket, 'reporter', {
      title: '新的查询密钥',
      tone: 'success',
      secret: {
        label: '查询密钥',
        value: renewed.queryKey,
        hint: '旧密钥已失效。新密钥只显示这一次，请截图或抄下保存。',
      },
    });
    return { toast: { type: 'success' as const, text: EXTRA_LABELS.rekey! }, card };
  }
  const changed =
    op === 'ask'
      ? await askReporter(ports, { code, askedBy: operator, question: formText(form, 'question') }, now)
      : await revealReporter(ports, { code, reporterId: operator }, now);
  return changed.ok ? done(ports, changed, operator, aud, EXTRA_LABELS[op]!) : refused(changed);
}

/** Checks, before showing a form, that the operator may do the operation now (input aside). */
function mayStart(
  ports: HandlerPorts,
  ticket: Ticket,
  v: TicketCardValue,
  operator: string,
  now: number,
): Refusal | null {
  const op = v.op!;
  if (isTicketAction(op)) {
    const dry = applyAction(ticket, op, { type: 'user', openId: operator }, now, {}, ports.org);
    return dry.ok || dry.code === 'invalid_input' ? null : dry;
  }
  if (ticket.status === 'closed') return { ok: false, code: 'closed', message: '工单已归档。' };
  const own = audienceOf(ports.org, ticket, operator);
  if (op === 'ask') {
    return own === 'handler' || own === 'supervisor'
      ? null
      : { ok: false, code: 'forbidden', message: '只有承办单位和监督人员可以向反映人提问。' };
  }
  return ticket.reporter.channel === 'lark' && ticket.reporter.id === operator
    ? null
    : { ok: false, code: 'forbidden', message: '只有反映人本人可以这样做。' };
}

/** ticket.act: runs the operation; refusals (illegal move, not permitted, bad input) change nothing. */
export const ticketActHandler: CardActionHandler = async ({ update, ports, now }) => {
  const v = readCardValue(update.value);
  if (!v) return STALE;
  return act(ports, v, update.operatorId, update.form, now);
};

/** ticket.form: shows the operation's form on the card, if the operator may do it now. */
export const ticketFormHandler: CardActionHandler = async ({ update, ports, now }) => {
  const v = readCardValue(update.value);
  if (!v?.op) return STALE;
  const stored = await ports.tickets.find(v.code);
  if (!stored) return refused(NOT_FOUND);
  const refusal = mayStart(ports, stored.ticket, v, update.operatorId, now);
  if (refusal) return refused(refusal);
  const aud = mayViewAs(ports.org, stored.ticket, update.operatorId, v.aud)
    ? v.aud
    : audienceOf(ports.org, stored.ticket, update.operatorId);
  if (!aud) return refused(NOT_FOUND);
  const form = formFor(ports.org, stored.ticket, v.op, aud);
  if (!form) return STALE;
  const card = ticketCard(ports.org, stored.ticket, aud, { title: form.title, form });
  return { card };
};

/** ticket.view: redraws the ticket card (after 取消) for someone who may see it. */
export const ticketViewHandler: CardActionHandler = async ({ update, ports }) => {
  const v = readCardValue(update.value);
  if (!v) return STALE;
  const stored = await ports.tickets.find(v.code);
  if (!stored || !mayViewAs(ports.org, stored.ticket, update.operatorId, v.aud)) return refused(NOT_FOUND);
  return { card: ticketCard(ports.org, stored.ticket, v.aud, { title: `工单 ${stored.ticket.code}` }) };
};
