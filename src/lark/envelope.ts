import { z } from 'zod';
import type { Update } from '../domain/chat/update';
import { messageContent } from './message-content';

// zod schemas for the parts of Lark's payloads we rely on; anything else passes through untouched.
const header = z.object({
  event_id: z.string().min(1).max(128),
  event_type: z.string().min(1).max(128),
  token: z.string().max(256).optional(),
  app_id: z.string().max(128).optional(),
  create_time: z.string().max(32).optional(),
});

const envelopeV2 = z.object({ schema: z.literal('2.0'), header, event: z.record(z.string(), z.unknown()) });

const userId = z.object({ open_id: z.string().min(1).max(128) }).loose();

const messageEvent = z.object({
  sender: z.object({ sender_id: userId, sender_type: z.string().optional() }).loose(),
  message: z
    .object({
      message_id: z.string().min(1).max(128),
      chat_id: z.string().min(1).max(128),
      chat_type: z.string().max(32),
      thread_id: z.string().max(128).optional(),
      root_id: z.string().max(128).optional(),
      message_type: z.string().max(32),
      content: z.string().max(200_000),
      create_time: z.string().max(32).optional(),
      mentions: z
        .array(
          z
            .object({ key: z.string().max(64), id: z.object({ open_id: z.string().optional() }).loose() })
            .loose(),
        )
        .max(100)
        .optional(),
    })
    .loose(),
});

const cardActionEvent = z.object({
  operator: userId,
  action: z
    .object({
      value: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
      form_value: z.record(z.string(), z.unknown()).optional(),
    })
    .loose(),
  context: z
    .object({ open_message_id: z.string().optional(), open_chat_id: z.string().optional() })
    .loose()
    .optional(),
});

/** The outer envelope: its id, type and the token to check. */
export type Envelope = z.infer<typeof envelopeV2>;

/** Result of reading a decrypted body: an envelope, a handshake, or a precise reason it is malformed. */
export type EnvelopeResult =
  | { type: 'challenge'; challenge: string; token: string | undefined }
  | { type: 'envelope'; envelope: Envelope }
  | { type: 'invalid'; message: string };

/** Classifies a decrypted JSON body as the url_verification handshake or a schema 2.0 envelope. */
export function readEnvelope(body: unknown): EnvelopeResult {
  if (typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'url_verification') {
    const { challenge, token } = body as { challenge?: unknown; token?: unknown };
    if (typeof challenge !== 'string' || challenge.length > 512) {
      return { type: 'invalid', message: 'url_verification without a challenge string' };
    }
    return { type: 'challenge', challenge, token: typeof token === 'string' ? token : undefined };
  }
  const parsed = envelopeV2.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      type: 'invalid',
      message: `not a Lark 2.0 event: ${issue.path.join('.') || 'body'} ${issue.message}`,
    };
  }
  return { type: 'envelope', envelope: parsed.data };
}

/** What an envelope means to the bot: an update to handle, something to ignore, or malformed input. */
export type ParsedEvent =
  | { type: 'update'; update: Update }
  | { type: 'ignored'; reason: string }
  | { type: 'invalid'; message: string };

function parseTime(value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return 0;
  return value!.length >= 16 ? Math.floor(n / 1000) : n; // callbacks use microseconds
}

/** Whether an envelope is a group-chat message (whose handling depends on the bot's own open_id). */
export function isGroupMessage(envelope: Envelope): boolean {
  if (envelope.header.event_type !== 'im.message.receive_v1') return false;
  const message = envelope.event.message as { chat_type?: unknown } | undefined;
  return typeof message === 'object' && message !== null && message.chat_type !== 'p2p';
}

/** Turns a validated envelope into an Update; group messages count only when they @-mention the bot. */
export function parseEvent(envelope: Envelope, botOpenId: string | null): ParsedEvent {
  const { header: h, event } = envelope;
  if (h.event_type === 'im.message.receive_v1') {
    const parsed = messageEvent.safeParse(event);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return {
        type: 'invalid',
        message: `malformed message event: ${issue.path.join('.')} ${issue.message}`,
      };
    }
    const { sender, message } = parsed.data;
    if (sender.sender_type && sender.sender_type !== 'user')
      return { type: 'ignored', reason: 'not from a user' };
    const chatType = message.chat_type === 'p2p' ? 'p2p' : 'group';
    const mentions = message.mentions ?? [];
    if (chatType === 'group' && !(botOpenId && mentions.some((m) => m.id.open_id === botOpenId))) {
      return { type: 'ignored', reason: 'group message not addressed to the bot' };
    }
    let content: unknown;
    try {
      content = JSON.parse(message.content);
    } catch {
      return { type: 'invalid', message: 'message.content is not JSON' };
    }
    const { text, attachments } = messageContent(message.message_type, content);
    return {
      type: 'update',
      update: {
        kind: 'message',
        eventId: h.event_id,
        messageId: message.message_id,
        chatId: message.chat_id,
        chatType,
        threadId: message.thread_id ?? null,
        senderId: sender.sender_id.open_id,
        text: text
          .replace(/@_user_\d+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
        attachments,
        sentAt: parseTime(message.create_time ?? h.create_time),
      },
    };
  }
  if (h.event_type === 'card.action.trigger') {
    const parsed = cardActionEvent.safeParse(event);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { type: 'invalid', message: `malformed card action: ${issue.path.join('.')} ${issue.message}` };
    }
    const { operator, action, context } = parsed.data;
    let value: Record<string, unknown> = {};
    if (typeof action.value === 'string') {
      try {
        const v = JSON.parse(action.value) as unknown;
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) value = v as Record<string, unknown>;
      } catch {
        value = { action: action.value };
      }
    } else if (action.value) value = action.value;
    return {
      type: 'update',
      update: {
        kind: 'card_action',
        eventId: h.event_id,
        operatorId: operator.open_id,
        messageId: context?.open_message_id ?? null,
        chatId: context?.open_chat_id ?? null,
        value,
        form: action.form_value ?? {},
      },
    };
  }
  return { type: 'ignored', reason: `event type ${h.event_type} is not handled` };
}
