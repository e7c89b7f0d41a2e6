// Who hears about a ticket, and as which audience. Every list goes through the domain's recipientsOf,
// so the handlers of an accused department are never on it.

import type { Recipient } from '../../src/domain/chat/reply';
import type { Org } from '../../src/domain/org/org-types';
import { handlingTarget, type NotifyTarget, recipientsOf } from '../../src/domain/tickets/sla';
import type { Ticket } from '../../src/domain/tickets/ticket-types';

/**
 * Whom a card is for, which decides what it shows and which buttons it has: the reporter, the
 * handling unit, the discipline office (supervision), or a unit only told about it (escalation).
 */
export type Audience = 'reporter' | 'handler' | 'supervisor' | 'observer';

/** Every audience, for validating card values. */
export const AUDIENCES: readonly Audience[] = ['reporter', 'handler', 'supervisor', 'observer'];

/** One recipient and the audience its card is rendered for. */
export interface Target {
  to: Recipient;
  audience: Audience;
}

/** Users and chats as targets of one audience. */
export function targetsOf(
  userIds: readonly string[],
  chatIds: readonly string[],
  audience: Audience,
): Target[] {
  return [
    ...userIds.map((id) => ({ to: { type: 'user' as const, id }, audience })),
    ...chatIds.map((id) => ({ to: { type: 'chat' as const, id }, audience })),
  ];
}

function targets(list: { userIds: string[]; chatIds: string[] }, audience: Audience): Target[] {
  return targetsOf(list.userIds, list.chatIds, audience);
}

/** Drops repeated recipients, keeping the first (and so its audience). */
export function uniqueTargets(list: Target[]): Target[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const key = `${t.to.type}:${t.to.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The unit working the ticket: the department's handlers and group, or the discipline office (triage or self-handled). */
export function handlingTargets(org: Org, ticket: Ticket): Target[] {
  const target = handlingTarget(ticket);
  return targets(recipientsOf(org, target, ticket), target.unit === 'department' ? 'handler' : 'supervisor');
}

/** The supervision copy: the discipline office's group when it has one, else its people. */
export function supervisionTargets(org: Org, ticket: Ticket): Target[] {
  const office = recipientsOf(org, { unit: 'discipline' }, ticket);
  return office.chatIds.length > 0
    ? targets({ userIds: [], chatIds: office.chatIds }, 'supervisor')
    : targets(office, 'supervisor');
}

/** The reporter, when they can be reached in Lark (web reporters read /status). */
export function reporterTargets(ticket: Ticket): Target[] {
  return ticket.reporter.channel === 'lark' && ticket.reporter.id
    ? [{ to: { type: 'user', id: ticket.reporter.id }, audience: 'reporter' }]
    : [];
}

/** The people behind a scheduler target (SLA notifications), as the audience they act in. */
export function notifyTargets(org: Org, target: NotifyTarget, ticket: Ticket): Target[] {
  const own = handlingTarget(ticket);
  const isOwn =
    target.unit === own.unit &&
    (target.unit !== 'department' || (own.unit === 'department' && own.departmentId === target.departmentId));
  const audience: Audience = isOwn
    ? own.unit === 'department'
      ? 'handler'
      : 'supervisor'
    : target.unit === 'department'
      ? 'observer'
      : 'supervisor';
  return targets(recipientsOf(org, target, ticket), audience);
}
