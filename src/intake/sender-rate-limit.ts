// Per-sender flood control: one person cannot flood the bot with questions or the desk with tickets.
// Sliding windows per sender, kept in the kv table so every process and Worker isolate (and a restarted
// process) sees the same counts. It runs while an event is processed, after the webhook's 200: never
// on the ack path. Decisions are idempotent per event, so a resumed or repeated event is judged the same.
import { parseComplaintText } from '../../handlers/tickets/complaint-text';
import type { NoticeReply } from '../domain/chat/reply';
import type { MessageUpdate } from '../domain/chat/update';
import { classifyMessage } from '../domain/intent/classify';

/** At most `max` admitted within any `windowMs`. */
export interface WindowLimit {
  max: number;
  windowMs: number;
}

/** The limits per sender: every message, and the complaints among them (each one opens a ticket). */
export interface SenderLimits {
  messages: WindowLimit;
  complaints: WindowLimit;
}

/** 20 messages a minute and 5 complaints an hour per sender. */
export const SENDER_LIMITS: SenderLimits = {
  messages: { max: 20, windowMs: 60_000 },
  complaints: { max: 5, windowMs: 60 * 60_000 },
};

/** Where the windows are kept (the kv repository fits). */
export interface SenderWindowStore {
  get(key: string, now: number): Promise<string | null>;
  set(key: string, value: string, expiresAt: number | null): Promise<void>;
  purgeExpired?(now: number): Promise<void>;
}

type Limit = keyof SenderLimits;

/** Whether a message may be handled; a limited one gets `notice` once per window, then nothing. */
export type SenderDecision =
  | { type: 'allowed' }
  | { type: 'limited'; limit: Limit; notice: NoticeReply | null; retryAfterMs: number };

type Entry = [eventId: string, at: number];

interface SenderState {
  messages: Entry[];
  complaints: Entry[];
  /** The last notice per limit: the event it answered and when. */
  notices: Partial<Record<Limit, Entry>>;
}

const ALLOWED: SenderDecision = { type: 'allowed' };
const PURGE_EVERY = 200;

/** Whether a message would open a ticket: a complaint (or a text marked as one) in a direct chat. */
export function opensTicket(update: MessageUpdate): boolean {
  if (update.chatType !== 'p2p' || !update.text) return false;
  const typed = parseComplaintText(update.text);
  return typed.marked || classifyMessage(typed.body || update.text).kind === 'complaint';
}

function readState(raw: string | null): SenderState {
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<SenderState>) : {};
    return {
      messages: Array.isArray(parsed.messages) ? parsed.messages : [],
      complaints: Array.isArray(parsed.complaints) ? parsed.complaints : [],
      notices: typeof parsed.notices === 'object' && parsed.notices !== null ? parsed.notices : {},
    };
  } catch {
    return { messages: [], complaints: [], notices: {} };
  }
}

function noticeFor(limit: Limit, limits: SenderLimits, retryAfterMs: number): NoticeReply {
  if (limit === 'messages') {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return {
      type: 'notice',
      tone: 'warning',
      title: '消息有点多，请稍候',
      lines: [
        `您一分钟内发来的消息已超过 ${limits.messages.max} 条。为让每个人都能及时得到答复，这段时间里的消息暂不处理。`,
        `请约 ${seconds} 秒后再发送需要答复的问题。`,
      ],
    };
  }
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return {
    type: 'notice',
    tone: 'warning',
    title: '反映次数已达上限',
    lines: [
      `您一小时内已反映 ${limits.complaints.max} 个问题，均已登记办理。为避免重复登记，这段时间内暂不受理新的反映。`,
      `如需补充情况，请在已有工单卡片上点「补充材料」，或约 ${minutes} 分钟后再发送。`,
    ],
  };
}

/** Creates the limiter over a store; `admit` is called once per processed message. */
export function createSenderRateLimiter(options: {
  store: SenderWindowStore;
  limits?: SenderLimits;
  isComplaint?: (update: MessageUpdate) => boolean;
}) {
  const { store } = options;
  const limits = options.limits ?? SENDER_LIMITS;
  const isComplaint = options.isComplaint ?? opensTicket;
  const longest = Math.max(limits.messages.windowMs, limits.complaints.windowMs);
  // One decision at a time per sender in this process, so two concurrent messages cannot both take the last slot.
  const chains = new Map<string, Promise<unknown>>();
  let admitted = 0;

  function serialize<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (chains.get(key) ?? Promise.resolve()).then(work);
    const tail = result.catch(() => undefined);
    chains.set(key, tail);
    void tail.then(() => {
      if (chains.get(key) === tail) chains.delete(key);
    });
    return result;
  }

  async function decide(update: MessageUpdate, now: number): Promise<SenderDecision> {
    const key = `sender-limit:${update.senderId}`;
    const state = readState(await store.get(key, now));
    const live = (entries: Entry[], limit: Limit) =>
      entries.filter(([, at]) => at > now - limits[limit].windowMs);
    state.messages = live(state.messages, 'messages');
    state.complaints = live(state.complaints, 'complaints');
    for (const limit of ['messages', 'complaints'] as const) {
      const last = state.notices[limit];
      if (last && last[1] <= now - limits[limit].windowMs) delete state.notices[limit];
    }
    const save = () => store.set(key, JSON.stringify(state), now + longest);
    const id = update.eventId;
    const retryAfter = (limit: Limit) => {
      const oldest = state[limit][0];
      return oldest ? Math.max(0, oldest[1] + limits[limit].windowMs - now) : 0;
    };

    // A repeated event is judged as it was the first time.
    if (state.messages.some(([eventId]) => eventId === id)) return ALLOWED;
    for (const limit of ['messages', 'complaints'] as const) {
      if (state.notices[limit]?.[0] === id) {
        return {
          type: 'limited',
          limit,
          notice: noticeFor(limit, limits, retryAfter(limit)),
          retryAfterMs: retryAfter(limit),
        };
      }
    }

    const complaint = isComplaint(update);
    const over: Limit | null =
      state.messages.length >= limits.messages.max
        ? 'messages'
        : complaint && state.complaints.length >= limits.complaints.max
          ? 'complaints'
          : null;
    if (over) {
      const retryAfterMs = retryAfter(over);
      const notify = !state.notices[over];
      if (notify) {
        state.notices[over] = [id, now];
        await save();
      }
      return {
        type: 'limited',
        limit: over,
        notice: notify ? noticeFor(over, limits, retryAfterMs) : null,
        retryAfterMs,
      };
    }
    state.messages.push([id, now]);
    if (complaint) state.complaints.push([id, now]);
    await save();
    return ALLOWED;
  }

  return {
    /** Admits the message or says which limit it hit; the notice comes once per window, not per message. */
    async admit(update: MessageUpdate, now: number): Promise<SenderDecision> {
      const decision = await serialize(update.senderId, () => decide(update, now));
      admitted += 1;
      if (admitted % PURGE_EVERY === 0 && store.purgeExpired) await store.purgeExpired(now);
      return decision;
    },
  };
}

/** The limiter's port, as the runtime sees it. */
export type SenderRateLimiter = ReturnType<typeof createSenderRateLimiter>;
