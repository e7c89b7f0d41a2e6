import type { CardActionResult, Outgoing } from '../src/domain/chat/reply';
import { clarifyHandler } from './conduct/clarify';
import { feedbackHandler } from './conduct/feedback';
import type { CardActionHandler, MessageHandler } from './context';
import { messageHandler } from './message';
import type { HandlerPorts } from './ports';
import { ticketActHandler, ticketFormHandler, ticketViewHandler } from './tickets/card-actions';
import { runTicketScheduler } from './tickets/scheduled';

/** The scheduler's work on a tick: returns messages to send (the runtime enqueues them). */
export type ScheduledHandler = (ctx: { ports: HandlerPorts; now: number }) => Promise<Outgoing[]>;

/** The one dispatch table, keyed by `Update['kind']`; card actions by their `action` value; the scheduler's work. */
export interface Routes {
  message: MessageHandler;
  cardActions: Record<string, CardActionHandler>;
  /** Run on every scheduler tick (Node interval, Workers Cron); its messages are enqueued by the runtime. */
  scheduled?: ScheduledHandler;
}

/** The answer to a card action nobody registered (an old card, or a forged value). */
export const UNKNOWN_ACTION: CardActionResult = {
  toast: { type: 'warning', text: '该按钮已失效或无法识别，请重新发起。' },
};

/** Builds the routes table; features plug their handlers in here. */
export function createRoutes(): Routes {
  return {
    message: messageHandler,
    cardActions: {
      'conduct.clarify': clarifyHandler,
      'conduct.feedback': feedbackHandler,
      'ticket.act': ticketActHandler,
      'ticket.form': ticketFormHandler,
      'ticket.view': ticketViewHandler,
    },
    scheduled: ({ ports, now }) => runTicketScheduler(ports, now),
  };
}
