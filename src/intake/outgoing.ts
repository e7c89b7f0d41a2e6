import type { NewOutboxMessage } from '../db/repositories/outbox-repository';
import type { Outgoing, Reply } from '../domain/chat/reply';
import type { MessageUpdate } from '../domain/chat/update';
import { sha256Hex } from '../lark/crypto';
import { renderMessage } from '../lark/render';

/** Lark's uuid for a message: stable for (event, key) so a rerun of the same event is a no-op. */
export async function messageUuid(eventId: string, key: string): Promise<string> {
  return `qq-${(await sha256Hex(`${eventId}:${key}`)).slice(0, 40)}`;
}

/** The answer to the sender: a reply to their message, in its thread when it has one. */
export async function replyToSender(update: MessageUpdate, reply: Reply): Promise<NewOutboxMessage> {
  return {
    uuid: await messageUuid(update.eventId, 'reply'),
    receiveIdType: 'chat_id',
    receiveId: update.chatId,
    replyTo: update.messageId,
    replyInThread: update.threadId !== null,
    purpose: 'reply',
    ...renderMessage(reply),
  };
}

/** A message to someone else (a handler, the supervision chat, a reporter). */
export async function toRecipient(eventId: string, out: Outgoing): Promise<NewOutboxMessage> {
  return {
    uuid: await messageUuid(eventId, out.key),
    receiveIdType: out.to.type === 'chat' ? 'chat_id' : 'open_id',
    receiveId: out.to.id,
    replyTo: null,
    replyInThread: false,
    purpose: out.purpose,
    ticketCode: out.ticketCode ?? null,
    ...renderMessage(out.reply),
  };
}
