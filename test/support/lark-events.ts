// Builders for what Lark POSTs to /lark/events: message events, card callbacks and the URL check,
// plain or encrypted and signed, with the headers Lark sends.
import { larkEncrypt, larkSignature } from '../../src/lark/crypto';

/** The secrets tests configure the app with (and sign events with). */
export const TEST_LARK = {
  appId: 'cli_0123456789abcdef',
  appSecret: 'test-app-secret',
  verificationToken: 'test-verification-token',
  encryptKey: 'test-encrypt-key',
} as const;

let sequence = 0;

/** A fresh id with a prefix, unique within the process (event ids, message ids). */
export function uniqueId(prefix: string): string {
  sequence += 1;
  return `${prefix}_${Date.now().toString(36)}${sequence.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Who a group message @-mentions; each gets the placeholder `@_user_N` in order. */
export interface MentionSpec {
  openId: string;
  name?: string;
}

/** What varies between message events; everything has a realistic default. */
export interface MessageEventOptions {
  text?: string;
  /** The raw `content` JSON string, instead of `{"text": text}`. */
  content?: string;
  messageType?: string;
  chatType?: 'p2p' | 'group';
  chatId?: string;
  messageId?: string;
  eventId?: string;
  threadId?: string;
  rootId?: string;
  senderOpenId?: string;
  senderType?: string;
  mentions?: MentionSpec[];
  token?: string;
  appId?: string;
  /** Milliseconds since the epoch; now by default. */
  createTime?: number;
}

/** An `im.message.receive_v1` envelope (schema 2.0), as Lark sends it before encryption. */
export function messageEvent(options: MessageEventOptions = {}) {
  const createTime = String(options.createTime ?? Date.now());
  const mentions = (options.mentions ?? []).map((m, i) => ({
    key: `@_user_${i + 1}`,
    id: { union_id: `on_${m.openId}`, user_id: '', open_id: m.openId },
    name: m.name ?? `user ${i + 1}`,
    tenant_key: 'tenant_fake',
  }));
  const message: Record<string, unknown> = {
    message_id: options.messageId ?? uniqueId('om'),
    create_time: createTime,
    update_time: createTime,
    chat_id: options.chatId ?? uniqueId('oc'),
    chat_type: options.chatType ?? 'p2p',
    message_type: options.messageType ?? 'text',
    content: options.content ?? JSON.stringify({ text: options.text ?? '你好' }),
  };
  if (mentions.length > 0) message.mentions = mentions;
  if (options.threadId) message.thread_id = options.threadId;
  if (options.rootId) {
    message.root_id = options.rootId;
    message.parent_id = options.rootId;
  }
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? uniqueId('ev'),
      event_type: 'im.message.receive_v1',
      create_time: createTime,
      token: options.token ?? TEST_LARK.verificationToken,
      app_id: options.appId ?? TEST_LARK.appId,
      tenant_key: 'tenant_fake',
    },
    event: {
      sender: {
        sender_id: {
          union_id: 'on_sender',
          user_id: 'u_sender',
          open_id: options.senderOpenId ?? 'ou_sender',
        },
        sender_type: options.senderType ?? 'user',
        tenant_key: 'tenant_fake',
      },
      message,
    },
  };
}

/** What varies between card callbacks. */
export interface CardActionOptions {
  value?: Record<string, unknown> | string;
  formValue?: Record<string, unknown>;
  operatorOpenId?: string;
  messageId?: string;
  chatId?: string;
  eventId?: string;
  token?: string;
  appId?: string;
  /** Milliseconds since the epoch; sent as microseconds like Lark does. */
  createTime?: number;
}

/** A new-style `card.action.trigger` callback envelope (schema 2.0). */
export function cardActionEvent(options: CardActionOptions = {}) {
  const action: Record<string, unknown> = {
    value: options.value ?? { action: 'noop' },
    tag: 'button',
    timezone: 'Asia/Shanghai',
    name: 'Button_test',
  };
  if (options.formValue) action.form_value = options.formValue;
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? uniqueId('ev'),
      token: options.token ?? TEST_LARK.verificationToken,
      create_time: String((options.createTime ?? Date.now()) * 1000),
      event_type: 'card.action.trigger',
      tenant_key: 'tenant_fake',
      app_id: options.appId ?? TEST_LARK.appId,
    },
    event: {
      operator: {
        tenant_key: 'tenant_fake',
        user_id: 'u_operator',
        open_id: options.operatorOpenId ?? 'ou_operator',
      },
      token: 'c-card-update-token',
      action,
      host: 'im_message',
      context: {
        open_message_id: options.messageId ?? uniqueId('om'),
        open_chat_id: options.chatId ?? uniqueId('oc'),
      },
    },
  };
}

/** The unsigned url_verification handshake Lark sends when the request URL is saved. */
export function urlVerification(options: { challenge?: string; token?: string } = {}) {
  return {
    challenge: options.challenge ?? uniqueId('challenge'),
    token: options.token ?? TEST_LARK.verificationToken,
    type: 'url_verification',
  };
}

/** How a payload goes on the wire. */
export interface WireOptions {
  /** Encrypts (and signs) with this key; plain and unsigned without it. */
  encryptKey?: string;
  /** Defaults to true when `encryptKey` is set. */
  encrypt?: boolean;
  /** Defaults to true when `encryptKey` is set. */
  sign?: boolean;
  /** X-Lark-Request-Timestamp: Unix seconds of `now` (real time by default), or a literal string. */
  timestamp?: string;
  now?: number;
  nonce?: string;
  /** Sends this signature instead of the right one. */
  signature?: string;
  /** Serialises the body with indentation (Lark signs whatever bytes it sends). */
  pretty?: boolean;
}

/** A request body and headers ready to POST to /lark/events. */
export interface WireRequest {
  body: string;
  headers: Record<string, string>;
}

/** Serialises a payload the way Lark sends it: optionally encrypted, with the signature headers. */
export async function toWire(payload: unknown, options: WireOptions = {}): Promise<WireRequest> {
  const key = options.encryptKey;
  const encrypt = options.encrypt ?? Boolean(key);
  const sign = options.sign ?? Boolean(key);
  const json = (value: unknown) => (options.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
  if ((encrypt || sign) && !key) throw new Error('toWire: encrypting or signing needs an encryptKey');
  const body = encrypt ? json({ encrypt: await larkEncrypt(JSON.stringify(payload), key!) }) : json(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (sign) {
    const timestamp = options.timestamp ?? String(Math.floor((options.now ?? Date.now()) / 1000));
    const nonce = options.nonce ?? String(Math.floor(Math.random() * 1e10));
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = options.signature ?? (await larkSignature(timestamp, nonce, key!, body));
  }
  return { body, headers };
}

/** The RequestInit for POSTing a wire request (to `app.request` or `fetch`). */
export function postInit(wire: WireRequest): RequestInit {
  return { method: 'POST', headers: wire.headers, body: wire.body };
}
