// 受理: one use case for every intake channel (Lark chat, the web form). Idempotent on sourceKey: a
// re-run of the same event finds the ticket it already made and answers the same way.
import type { Outgoing, Reply } from '../../src/domain/chat/reply';
import { type Category, isCategory } from '../../src/domain/tickets/category';
import { openTicket } from '../../src/domain/tickets/open-ticket';
import { deriveQueryKey, hashQueryKey, verifyQueryKey } from '../../src/domain/tickets/query-key';
import { routeComplaint } from '../../src/domain/tickets/routing';
import type { Ticket } from '../../src/domain/tickets/ticket-types';
import type { HandlerPorts } from '../ports';
import { intakeNotices } from './notices';
import { receiptCard } from './receipt';
import { type ReporterTicketView, reporterView } from './views';

/** A complaint as an intake channel collected it. */
export interface ComplaintInput {
  channel: 'lark' | 'web';
  /** The Lark open_id (channel 'lark'); null on the web. */
  reporterId: string | null;
  reporterName?: string;
  contact?: string;
  anonymous: boolean;
  description: string;
  /** The category when the channel knows it (a web form's choice); classified from the text otherwise. */
  category?: Category;
  enterprise?: string;
  /** Where it came from (Lark event id, web request key): filing the same source twice keeps one ticket. */
  sourceKey: string;
}

/** A filed complaint: the reporter's view, the code, the query key (once), the receipt and the notifications. */
export type FileComplaintResult =
  | {
      ok: true;
      /** True when this source had already been filed: the ticket is the earlier one, no new key is issued. */
      duplicate: boolean;
      code: string;
      /** The secret query key: anonymous reports and every web report (a repeat of the same intake shows it again). */
      queryKey: string | null;
      view: ReporterTicketView;
      receipt: Reply;
      /** The handling unit's and the supervision copy's cards (for the caller to enqueue). */
      also: Outgoing[];
    }
  | { ok: false; code: string; message: string; receipt: Reply };

const MAX_CODE_DRAWS = 8;

/** Files a complaint: classify, route, store (once per source) and say who was told; never throws on bad input. */
export async function fileComplaint(
  ports: HandlerPorts,
  input: ComplaintInput,
  now: number,
): Promise<FileComplaintResult> {
  const { org } = ports;
  const existing = await ports.tickets.findBySource(input.sourceKey);
  if (existing)
    return filed(ports, existing.ticket, await keyFor(ports, existing.ticket, input.sourceKey), true);

  const category =
    input.category && isCategory(input.category) ? input.category : classify(ports, input.description);
  const issueKey = input.anonymous || input.channel === 'web';
  // Derived from the intake, not drawn: a re-run after a crash re-issues the same key in its receipt.
  const queryKey = issueKey ? await deriveQueryKey(await ports.queryKeySecret(), input.sourceKey) : null;
  const draft = {
    category,
    description: input.description,
    anonymous: input.anonymous,
    reporter: {
      id: input.channel === 'lark' ? input.reporterId : null,
      channel: input.channel,
      ...(input.reporterName?.trim() ? { name: input.reporterName.trim().slice(0, 100) } : {}),
      ...(input.contact?.trim() ? { contact: input.contact.trim().slice(0, 100) } : {}),
    },
    enterprise: input.enterprise?.trim().slice(0, 200) || null,
    queryKeyHash: queryKey ? await hashQueryKey(queryKey) : null,
  };
  for (let draw = 0; draw < MAX_CODE_DRAWS; draw++) {
    const opened = openTicket(org, draft, now, ports.random);
    if (!opened.ok) {
      return {
        ok: false,
        code: opened.code,
        message: opened.message,
        receipt: { type: 'notice', tone: 'warning', title: '未能受理', lines: [opened.message] },
      };
    }
    const created = await ports.tickets.create(opened.ticket, opened.events, input.sourceKey);
    if (created.ok) return filed(ports, opened.ticket, queryKey, false);
    if (created.reason === 'duplicate_source') {
      const ticket = created.existing.ticket;
      return filed(ports, ticket, await keyFor(ports, ticket, input.sourceKey), true);
    }
  }
  throw new Error(`no free ticket code after ${MAX_CODE_DRAWS} draws`);
}

/** The key a repeat of the same intake shows again: re-derived, and only while it still opens the ticket. */
async function keyFor(ports: HandlerPorts, ticket: Ticket, sourceKey: string): Promise<string | null> {
  if (!ticket.queryKeyHash) return null;
  const key = await deriveQueryKey(await ports.queryKeySecret(), sourceKey);
  return (await verifyQueryKey(key, ticket.queryKeyHash)) ? key : null;
}

function classify(ports: HandlerPorts, text: string): Category {
  const asked = ports.ask(text);
  return asked.category && isCategory(asked.category) ? asked.category : 'other';
}

async function filed(
  ports: HandlerPorts,
  ticket: Ticket,
  queryKey: string | null,
  duplicate: boolean,
): Promise<FileComplaintResult> {
  const { org } = ports;
  // The route is recomputed from the stored ticket's text: routing is pure, so a repeat sends the same cards.
  const route = routeComplaint(org, { category: ticket.category, text: ticket.description });
  const history = await ports.tickets.history(ticket.code);
  return {
    ok: true,
    duplicate,
    code: ticket.code,
    queryKey,
    view: reporterView(org, ticket, history),
    receipt: receiptCard(org, ticket, route, queryKey),
    // A repeat re-sends the intake cards under the same keys (a no-op once sent) unless the ticket has moved on.
    also: duplicate && ticket.updatedAt !== ticket.createdAt ? [] : intakeNotices(org, ticket, route),
  };
}
