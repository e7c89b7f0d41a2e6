// Who is told what after a ticket changes: the handling unit, the supervision copy and the reporter
// each get a card for their audience. Keys are stable per ticket version and recipient, so a rerun
// of the same event never sends twice.
import type { Outgoing } from '../../src/domain/chat/reply';
import type { Org } from '../../src/domain/org/org-types';
import { CATEGORY_LABELS } from '../../src/domain/tickets/category';
import type { Route } from '../../src/domain/tickets/routing';
import type { Ticket, TicketEvent } from '../../src/domain/tickets/ticket-types';
import { changePlan, type Plan } from './notice-plans';
import { targetsOf, uniqueTargets } from './recipients';
import { ticketCard } from './ticket-cards';
import { handledBy } from './views';

function outgoing(org: Org, ticket: Ticket, stamp: string, plan: Plan): Outgoing[] {
  const out: Outgoing[] = [];
  const seen = new Set<string>();
  for (const { targets, options, purpose } of plan) {
    for (const t of uniqueTargets(targets)) {
      const key = `${t.to.type}:${t.to.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        to: t.to,
        reply: ticketCard(org, ticket, t.audience, options),
        key: `t:${ticket.code}:${stamp}:${key}`,
        purpose,
        ticketCode: ticket.code,
      });
    }
  }
  return out;
}

/** The cards a new ticket sends: the handling unit (or triage) and the supervision copy, per the route. */
export function intakeNotices(org: Org, ticket: Ticket, route: Route): Outgoing[] {
  const label = CATEGORY_LABELS[ticket.category];
  const handling = targetsOf(
    route.notify.userIds,
    route.notify.chatIds,
    ticket.handlerUnit === 'department' ? 'handler' : 'supervisor',
  );
  const ccChats = route.notify.ccChatIds;
  const cc = targetsOf(ccChats.length > 0 ? [] : route.notify.ccUserIds, ccChats, 'supervisor');
  const title = route.needsTriage
    ? `新工单待分办：${label}`
    : route.reason === 'misconduct'
      ? `新工单（纪委监委直接办理）：${label}`
      : `新工单待签收：${label}`;
  const lines = route.needsTriage
    ? ['未能自动匹配承办单位，请点「交办」选择单位（或由纪委监委自办）。']
    : route.reason === 'misconduct'
      ? ['反映干部本人作风问题，依回避规定由纪委监委直接办理，不通知被反映单位。请签收后核查。']
      : ['请在签收期限内点「签收」；不属于本单位办理的，点「退回」并说明理由。'];
  return outgoing(org, ticket, 'open', [
    { targets: handling, options: { title, tone: 'warning', lines }, purpose: 'ticket.new' },
    {
      targets: cc,
      options: {
        title: `抄送：新工单已交办 ${handledBy(org, ticket)}`,
        lines: ['纪委监委全程监督，超期将催办、升级。'],
      },
      purpose: 'ticket.copy',
    },
  ]);
}

/** The cards a saved change sends; `version` makes the keys unique per change. */
export function changeNotices(
  org: Org,
  before: Ticket,
  ticket: Ticket,
  events: TicketEvent[],
  version: number,
): Outgoing[] {
  const event = events[events.length - 1];
  if (!event) return [];
  return outgoing(org, ticket, `v${version}`, changePlan(org, before, ticket, event));
}
