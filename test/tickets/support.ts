// Ticket use cases over a real migrated SQLite file and the fixture organisation, with helpers to
// press card buttons as a given Lark user and to read what was persisted.
import { onTestFinished } from 'vitest';
import type { HandlerPorts } from '../../handlers/ports';
import { createRoutes } from '../../handlers/routes';
import { fileComplaint } from '../../handlers/tickets';
import type { ComplaintInput } from '../../handlers/tickets/file-complaint';
import type { CardActionResult, Outgoing, TicketReply } from '../../src/domain/chat/reply';
import type { Org } from '../../src/domain/org/org-types';
import { createHandlerPorts } from '../../src/handler-ports';
import { org as fixtureOrg, T0 } from '../domain/tickets/fixtures';
import { builtInEngine } from '../support/node-app';
import { openTestDatabase } from '../support/test-database';

let sequence = 0;

/** Ports over a fresh database with the fixture org (or another); closed when the test ends. */
export function openDesk(org: Org = fixtureOrg) {
  const database = openTestDatabase();
  onTestFinished(() => database.close());
  const ports: HandlerPorts = createHandlerPorts({ database, engine: builtInEngine(), org });
  return { database, ports };
}

/** Files a complaint from Lark (by default) and fails the test on refusal. */
export async function file(
  ports: HandlerPorts,
  input: Partial<ComplaintInput> & { description: string },
  now = T0,
) {
  sequence += 1;
  const result = await fileComplaint(
    ports,
    {
      channel: 'lark',
      reporterId: 'ou_reporter',
      anonymous: false,
      sourceKey: `ev_file_${sequence}`,
      ...input,
    },
    now,
  );
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Presses a ticket card button (and submits its form) as a Lark user, through the real routes table. */
export async function press(
  ports: HandlerPorts,
  operatorId: string,
  value: Record<string, unknown>,
  form: Record<string, unknown> = {},
  now = T0,
): Promise<CardActionResult> {
  sequence += 1;
  const handler = createRoutes().cardActions[String(value.action)];
  if (!handler) throw new Error(`no card action ${String(value.action)}`);
  return handler({
    update: {
      kind: 'card_action',
      eventId: `ev_card_${sequence}`,
      operatorId,
      messageId: 'om_card',
      chatId: null,
      value,
      form,
    },
    ports,
    now,
  });
}

/** A `ticket.act` press. */
export function act(
  ports: HandlerPorts,
  operatorId: string,
  code: string,
  op: string,
  form: Record<string, unknown> = {},
  now = T0,
  aud = 'handler',
) {
  return press(ports, operatorId, { action: 'ticket.act', code, op, aud }, form, now);
}

/** The recipients of a list of outgoing messages, as 'user:ou_x' / 'chat:oc_y'. */
export function recipients(out: Outgoing[] | undefined): string[] {
  return (out ?? []).map((o) => `${o.to.type}:${o.to.id}`);
}

/** Everything a message would show, as one string (to search for names and ids). */
export function text(value: unknown): string {
  return JSON.stringify(value);
}

/** The labels of a ticket card's buttons. */
export function buttonLabels(reply: unknown): string[] {
  return ((reply as TicketReply).buttons ?? []).map((b) => b.label);
}

/** A button's value on a ticket card, by label. */
export function buttonValue(reply: unknown, label: string): Record<string, unknown> {
  const b = ((reply as TicketReply).buttons ?? []).find((x) => x.label === label);
  if (!b) throw new Error(`no button ${label} in ${buttonLabels(reply).join(', ')}`);
  return b.value;
}
