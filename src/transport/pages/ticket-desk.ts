// The ticket use cases as the public pages call them: each one runs with the handler ports, and the
// notifications it returns (the handling unit's card, the supervision copy) go into the outbox.
import type { HandlerPorts } from '../../../handlers/ports';
import {
  addInformation,
  changeNotices,
  type FileComplaintResult,
  fileComplaint,
  lookupTicket,
  performAction,
  type ReporterTicketView,
} from '../../../handlers/tickets';
import type { Outgoing } from '../../domain/chat/reply';
import type { Refusal } from '../../domain/tickets/ticket-types';
import { toRecipient } from '../../intake/outgoing';
import type { Runtime } from '../../runtime';
import type { ValidReport } from './report-form';

/** What the reporter may do from the status page besides adding information. */
export type ReporterAction = 'verify' | 'visit' | 'reopen';

/** A reporter's view after an action, or why it was refused. */
export type DeskResult = { ok: true; view: ReporterTicketView } | Refusal;

/** The desk's port, as /report and /status use it. */
export interface TicketDesk {
  /** Files a web complaint once per `sourceKey` (a resubmitted form finds the same ticket). */
  file(report: ValidReport, sourceKey: string): Promise<FileComplaintResult>;
  /** The reporter's view of a ticket, by code and query key; null for unknown codes and wrong keys alike. */
  lookup(code: string, key: string): Promise<ReporterTicketView | null>;
  /** 补充情况: the reporter's text, relayed to the handling unit without the reporter's identity. */
  addInformation(code: string, key: string, text: string): Promise<DeskResult>;
  /** 确认办结, 回访 (1–5 and a reason when not satisfied) or 重办 (with the reason). */
  act(
    code: string,
    key: string,
    action: ReporterAction,
    input: { satisfaction?: number; reason?: string },
  ): Promise<DeskResult>;
}

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Builds the desk over the handler ports; `defer` runs the outbox flush after the response. */
export function createTicketDesk(deps: {
  ports: HandlerPorts;
  runtime: Runtime;
  now: () => number;
  defer: (task: Promise<unknown>) => void;
}): TicketDesk {
  const { ports, runtime, now } = deps;

  async function deliver(eventKey: string, also: Outgoing[]): Promise<void> {
    if (also.length === 0) return;
    const messages = await Promise.all(also.map((out) => toRecipient(eventKey, out)));
    await runtime.outbox.enqueue(messages, now(), runtime.local);
    deps.defer(runtime.flush());
  }

  async function lookup(code: string, key: string): Promise<ReporterTicketView | null> {
    if (!key.trim()) return null;
    const found = await lookupTicket(ports, { code, key, requesterId: null }, now());
    return found.ok && found.as === 'reporter' ? found.view : null;
  }

  return {
    async file(report, sourceKey) {
      const result = await fileComplaint(
        ports,
        {
          channel: 'web',
          reporterId: null,
          anonymous: report.anonymous,
          description: report.description,
          sourceKey,
          ...(report.name ? { reporterName: report.name } : {}),
          ...(report.contact ? { contact: report.contact } : {}),
          ...(report.enterprise ? { enterprise: report.enterprise } : {}),
          ...(report.category ? { category: report.category } : {}),
        },
        now(),
      );
      if (result.ok) await deliver(sourceKey, result.also);
      return result;
    },

    lookup,

    async addInformation(code, key, text) {
      const result = await addInformation(ports, { code, key, requesterId: null, text }, now());
      if (!result.ok) return { ok: false, code: result.code, message: result.message };
      await deliver(`web-info:${randomKey()}`, result.also);
      return { ok: true, view: result.view };
    },

    async act(code, key, action, input) {
      const before = await lookup(code, key);
      if (!before) return { ok: false, code: 'not_found', message: '没有找到这个工单，或者查询密钥不正确。' };
      const changed = await performAction(
        ports,
        { code: before.code, action, actor: { type: 'reporter' }, input },
        now(),
      );
      if (!changed.ok) return changed;
      await deliver(
        `web-act:${randomKey()}`,
        changeNotices(ports.org, changed.before, changed.ticket, changed.events, changed.version),
      );
      const after = await lookup(code, key);
      return after
        ? { ok: true, view: after }
        : { ok: false, code: 'not_found', message: '工单已更新，请重新查询。' };
    },
  };
}
