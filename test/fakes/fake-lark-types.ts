// The shapes of the fake Lark Open API: what it records, what it can be told to do, its options.

/** One HTTP call the fake received, as it arrived, plus what the fake answered. */
export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** The fake's clock when the call arrived. */
  at: number;
  status: number;
  /** What the fake did with it: delivered a message, swallowed a duplicate uuid, failed it… */
  outcome: CallOutcome;
}

/** What the fake did with a call. */
export type CallOutcome =
  | 'token'
  | 'bot_info'
  | 'delivered'
  | 'delivered_then_failed'
  | 'duplicate'
  | 'updated'
  | 'injected_failure'
  | 'rate_limited'
  | 'unauthorized'
  | 'bad_request'
  | 'outage'
  | 'not_found';

/** A message Lark would have shown to a user: created, replied or (for PATCH) updated. */
export interface DeliveredMessage {
  messageId: string;
  kind: 'create' | 'reply' | 'update';
  receiveIdType: string | null;
  receiveId: string | null;
  /** The message replied to or updated, for `reply` and `update`. */
  target: string | null;
  replyInThread: boolean;
  msgType: string | null;
  /** The raw `content` string, as the SDK sent it (double-encoded JSON). */
  content: string;
  uuid: string | null;
  /** The chat the message landed in, when the fake knows it. */
  chatId: string | null;
  at: number;
}

/** A failure to inject into the next calls. */
export type InjectedFailure =
  | {
      type: 'http';
      status: number /** Deliver the message, then answer the error (a lost response). */;
      afterDelivery?: boolean;
    }
  | { type: 'rate_limit'; resetSeconds: number }
  | { type: 'code'; code: number; msg?: string; status?: number };

/** Rate limits the fake enforces when asked to (Lark's documented values by default). */
export interface FakeRateLimits {
  /** Sends and replies per app within `windowMs` (Lark: 50/s). */
  perApp: number;
  /** Sends and replies per receiver (user or chat) within `windowMs` (Lark: 5/s). */
  perReceiver: number;
  windowMs: number;
  /** Sends and replies per app per minute (Lark: 1000/min); Infinity to turn off. */
  perMinute: number;
}

/** Lark's documented limits for send and reply (tier 4 plus the per-receiver cap). */
export const LARK_RATE_LIMITS: FakeRateLimits = {
  perApp: 50,
  perReceiver: 5,
  windowMs: 1000,
  perMinute: 1000,
};

/** Options of the fake server. */
export interface FakeLarkOptions {
  /** The bot's open_id answered by GET /open-apis/bot/v3/info. */
  botOpenId?: string;
  /** When set, only these credentials get a tenant token. */
  appId?: string;
  appSecret?: string;
  /** Enforce Lark's rate limits (true: the documented values). Off by default. */
  rateLimits?: boolean | Partial<FakeRateLimits>;
  /** The fake's clock (uuid window, rate limits, outages); real time by default. */
  now?: () => number;
}

/** A running fake; `close()` it when the test ends. */
export interface FakeLarkServer {
  /** Base URL for LARK_DOMAIN / the SDK's `domain`, e.g. http://127.0.0.1:41234. */
  url: string;
  port: number;
  botOpenId: string;
  /** Every call in arrival order. */
  calls: RecordedCall[];
  /** Messages delivered (a duplicate uuid within the hour is not delivered twice). */
  messages: DeliveredMessage[];
  /** Calls to the send and reply endpoints only. */
  sendCalls(): RecordedCall[];
  /** The next `count` send/reply/update calls fail this way (the token endpoint is not affected). */
  failNext(count: number, failure: InjectedFailure): void;
  /** For `ms`, every call fails: the connection is reset, or (mode 'http') answered 503. */
  goDown(ms: number, mode?: 'reset' | 'http'): void;
  /** Tells the fake which chat a message lives in, so replies to it count against that chat's limit. */
  registerMessage(messageId: string, chatId: string): void;
  /** Forgets calls, messages, uuids, failures and rate-limit windows. */
  reset(): void;
  close(): Promise<void>;
}
