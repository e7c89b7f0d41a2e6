import * as lark from '@larksuiteoapi/node-sdk';
import { createFetchHttpInstance, LarkHttpError } from './fetch-http';

/** One message ready for Lark: where it goes, as what, and its idempotency key. */
export interface OutboundMessage {
  uuid: string;
  receiveIdType: 'open_id' | 'chat_id';
  receiveId: string;
  /** Reply to this message (in its thread when `replyInThread`) instead of starting a new one. */
  replyTo: string | null;
  replyInThread: boolean;
  msgType: 'text' | 'interactive';
  content: string;
}

/** A failed call, classified so the outbox knows whether and when to try again. */
export class LarkSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null,
    readonly code: number | null,
  ) {
    super(message);
  }
}

/** What the rest of the app may ask of Lark. */
export interface LarkClient {
  send(message: OutboundMessage): Promise<{ messageId: string | null }>;
  botOpenId(): Promise<string>;
}

const RATE_LIMIT_CODES = new Set([99991400, 230020, 11232, 11233, 11247, 1000004, 1000005, 232019, 190005]);

function classify(error: unknown): LarkSendError {
  if (error instanceof LarkSendError) return error;
  if (error instanceof LarkHttpError) {
    const { status, data, headers } = error.response;
    const code =
      typeof (data as { code?: unknown })?.code === 'number' ? (data as { code: number }).code : null;
    const reset = Number(headers['x-ogw-ratelimit-reset']);
    const retryAfterMs = Number.isFinite(reset) && reset >= 0 ? reset * 1000 : null;
    const limited = status === 429 || (code !== null && RATE_LIMIT_CODES.has(code));
    return new LarkSendError(
      `Lark HTTP ${status}${code !== null ? ` code ${code}` : ''}`,
      limited || status >= 500,
      retryAfterMs,
      code,
    );
  }
  // Network failures and timeouts: worth another try.
  return new LarkSendError(error instanceof Error ? error.message : String(error), true, null, null);
}

const silent = () => undefined;

function checkCode(res: unknown, what: string): Record<string, unknown> {
  const r = (res ?? {}) as { code?: unknown; msg?: unknown; data?: unknown };
  if (r.code !== 0) {
    const code = typeof r.code === 'number' ? r.code : null;
    throw new LarkSendError(
      `${what} failed: code ${r.code} ${String(r.msg ?? '')}`,
      code !== null && RATE_LIMIT_CODES.has(code),
      null,
      code,
    );
  }
  return (r.data ?? {}) as Record<string, unknown>;
}

/** The one wrapper around the official SDK: `code` checked on every response, errors classified. */
export function createLarkClient(options: {
  appId: string;
  appSecret: string;
  domain: string;
  fetch?: typeof fetch;
}): LarkClient {
  const domain =
    options.domain === 'feishu'
      ? lark.Domain.Feishu
      : options.domain === 'lark'
        ? lark.Domain.Lark
        : options.domain.replace(/\/$/, '');
  const tokens = new Map<string, { value: unknown; expiresAt: number }>();
  const client = new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain,
    // `loggerLevel: fatal` alone is ignored (the SDK does `level || info`, and fatal is 0): without a
    // silent logger every failed call is printed with its stack. Failures are classified and logged here.
    loggerLevel: lark.LoggerLevel.fatal,
    logger: { error: silent, warn: silent, info: silent, debug: silent, trace: silent },
    httpInstance: createFetchHttpInstance(options.fetch) as unknown as lark.HttpInstance,
    // A cache per client: the SDK's default cache is a module singleton shared by every client.
    cache: {
      get: async (key, o) => {
        const hit = tokens.get(`${o?.namespace}:${String(key)}`);
        return hit && hit.expiresAt > Date.now() ? hit.value : undefined;
      },
      set: async (key, value, expiresAt, o) => {
        tokens.set(`${o?.namespace}:${String(key)}`, { value, expiresAt: expiresAt ?? 0 });
        return true;
      },
    },
  });

  return {
    async send(message) {
      try {
        const data = { msg_type: message.msgType, content: message.content, uuid: message.uuid };
        const res = message.replyTo
          ? await client.im.message.reply({
              path: { message_id: message.replyTo },
              data: { ...data, reply_in_thread: message.replyInThread },
            })
          : await client.im.message.create({
              params: { receive_id_type: message.receiveIdType },
              data: { ...data, receive_id: message.receiveId },
            });
        const body = checkCode(res, 'send');
        return { messageId: typeof body.message_id === 'string' ? body.message_id : null };
      } catch (error) {
        throw classify(error);
      }
    },
    async botOpenId() {
      try {
        const res = (await client.request({ method: 'GET', url: '/open-apis/bot/v3/info' })) as {
          code?: number;
          bot?: { open_id?: string };
        };
        checkCode({ ...res, data: {} }, 'bot info');
        if (!res.bot?.open_id) throw new LarkSendError('bot info has no open_id', false, null, null);
        return res.bot.open_id;
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
