import type { MessageHandler } from './context';

/** Answers anything the bot does not understand yet with the help card. */
export const helpHandler: MessageHandler = async () => ({ reply: { type: 'help', reason: 'fallback' } });
