import type { CardActionResult, MessageResult } from '../src/domain/chat/reply';
import type { CardActionUpdate, MessageUpdate } from '../src/domain/chat/update';
import type { HandlerPorts } from './ports';

/** What every handler gets: the update, the ports it may use and the current time. */
export interface HandlerContext<U> {
  update: U;
  ports: HandlerPorts;
  now: number;
}

/** A message handler: data in, data out; it never sends anything itself. */
export type MessageHandler = (ctx: HandlerContext<MessageUpdate>) => Promise<MessageResult>;

/** A card-action handler; it must answer inside Lark's 3-second callback budget. */
export type CardActionHandler = (ctx: HandlerContext<CardActionUpdate>) => Promise<CardActionResult>;
