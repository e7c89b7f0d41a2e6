// The scheduler's ticket work, run by runtime.tick (Node interval, Workers Cron): every notification
// dueNotifications says is due is claimed once by its idempotency key (a UNIQUE row), then 催办 and
// 升级 are recorded in the history as the system, and the cards go to the unit, the level above and
// the supervision chat. Running twice, concurrently or after a restart sends nothing twice.
import type { Outgoing } from '../../src/domain/chat/reply';
import { type DueNotification, dueNotifications } from '../../src/domain/tickets/sla';
import type { Ticket } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import { formatDeadline } from './format';
import { performAction } from './perform-action';
import { notifyTargets, supervisionTargets, type Target, uniqueTargets } from './recipients';
import { ticketCard } from './ticket-cards';
import { handledBy } from './views';

/** Tickets whose deadlines are this far ahead are looked at (a reminder is due hours before, holidays included). */
const LOOKAHEAD_MS = 45 * 24 * 60 * 60 * 1000;

function title(n: DueNotification, ticket: Ticket): string {
  const clock = n.clock === 'sign' ? (ticket.status === 'received' ? '分办' : '签收') : '办结';
  if (n.kind === 'remind') return `即将到期：请在 ${formatDeadline(n.deadlineAt)} 前${clock}`;
  if (n.kind === 'overdue') return `催办：已超过${clock}期限`;
  return `升级督办（第 ${n.level} 级）：超期未${clock}`;
}

async function record(ports: HandlerPorts, ticket: Ticket, n: DueNotification, now: number): Promise<Ticket> {
  if (n.kind === 'remind') return ticket;
  const deadline = formatDeadline(n.deadlineAt);
  const result =
    n.kind === 'overdue'
      ? await performAction(
          ports,
          {
            code: ticket.code,
            action: 'urge',
            actor: { type: 'system' },
            input: { note: `超过期限 ${deadline}，系统催办` },
          },
          now,
        )
      : await performAction(
          ports,
          {
            code: ticket.code,
            action: 'escalate',
            actor: { type: 'system' },
            input: { level: n.level, note: `超过期限 ${deadline}，升级第 ${n.level} 级督办` },
          },
          now,
        );
  // A refusal (e.g. already escalated that far by hand) still leaves the notification to send.
  return result.ok ? result.ticket : ticket;
}

function cards(ports: HandlerPorts, ticket: Ticket, n: DueNotification): Outgoing[] {
  const { org } = ports;
  const targets: Target[] = notifyTargets(org, n.target, ticket);
  if (n.kind !== 'remind' && n.target.unit !== 'discipline') targets.push(...supervisionTargets(org, ticket));
  const lines =
    n.kind === 'escalate'
      ? [`承办单位：${handledBy(org, ticket)}。工单超期未办，已升级到贵单位督办，请督促办理。`]
      : [`期限：${formatDeadline(n.deadlineAt)}。`];
  return uniqueTargets(targets).map((t) => ({
    to: t.to,
    reply: ticketCard(org, ticket, t.audience, {
      title: title(n, ticket),
      tone: n.kind === 'remind' ? 'warning' : 'danger',
      lines,
    }),
    key: `n:${n.idempotencyKey}:${t.to.type}:${t.to.id}`,
    purpose: `ticket.${n.kind}`,
    ticketCode: ticket.code,
  }));
}

/** Claims and builds every due SLA notification; returns the cards for the runtime to enqueue. */
export async function runTicketScheduler(ports: HandlerPorts, now: number): Promise<Outgoing[]> {
  const candidates = await ports.tickets.onTheClock(now + LOOKAHEAD_MS);
  if (candidates.length === 0) return [];
  const claimed = await ports.tickets.claimedNotices(candidates.map((c) => c.ticket.code));
  const out: Outgoing[] = [];
  for (const { ticket: initial } of candidates) {
    let ticket = initial;
    const due = dueNotifications(ticket, now, ports.org)
      .filter((n) => !claimed.has(n.idempotencyKey))
      .sort((a, b) => a.dueAt - b.dueAt || a.level - b.level);
    for (const n of due) {
      const claim = { key: n.idempotencyKey, ticketCode: ticket.code, kind: n.kind };
      if (!(await ports.tickets.claimNotice(claim, now))) continue;
      ticket = await record(ports, ticket, n, now);
      out.push(...cards(ports, ticket, n));
    }
  }
  return out;
}
