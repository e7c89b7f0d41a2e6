import type { CardActionResult } from '../src/domain/chat/reply';
import { clarifyHandler } from './conduct/clarify';
import { feedbackHandler } from './conduct/feedback';
import type { CardActionHandler, MessageHandler } from './context';
import { messageHandler } from './message';

/** The one dispatch table, keyed by `Update['kind']`; card actions by their `action` value. */
export interface Routes {
  message: MessageHandler;
  cardActions: Record<string, CardActionHandler>;
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
    },
  };
}
