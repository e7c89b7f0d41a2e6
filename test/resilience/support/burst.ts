// Lark-style deliveries for the resilience tests: distinct people asking questions and filing complaints,
// signed and encrypted, posted over a few connections, with what each POST was answered recorded.
import { EVAL_CASES } from '../../eval/questions';
import { messageEvent, postInit, TEST_LARK, toWire } from '../../support/lark-events';

/** One message a person sends, and how Lark identifies it. */
export interface Sent {
  eventId: string;
  messageId: string;
  chatId: string;
  senderId: string;
  text: string;
  complaint: boolean;
}

const QUESTIONS = EVAL_CASES.filter((c) => c.kind === 'conduct').map((c) => c.q);
const COMPLAINTS = EVAL_CASES.filter((c) => c.kind === 'complaint').map((c) => c.q);

/** `count` messages from `count` people; every `complaintEvery`-th one is a complaint marked 投诉：. */
export function people(tag: string, count: number, complaintEvery = 3): Sent[] {
  return Array.from({ length: count }, (_, i) => {
    const complaint = i % complaintEvery === complaintEvery - 1;
    return {
      eventId: `ev_${tag}_${i}`,
      messageId: `om_${tag}_${i}`,
      chatId: `oc_${tag}_${i}`,
      senderId: `ou_${tag}_${i}`,
      text: complaint ? `投诉：${COMPLAINTS[i % COMPLAINTS.length]}` : QUESTIONS[i % QUESTIONS.length]!,
      complaint,
    };
  });
}

/** The direct-message event Lark sends for one message, under `eventId` (another one for a redelivery). */
export function sentEvent(sent: Sent, eventId = sent.eventId) {
  return messageEvent({
    eventId,
    messageId: sent.messageId,
    chatId: sent.chatId,
    senderOpenId: sent.senderId,
    chatType: 'p2p',
    text: sent.text,
  });
}

/** POSTs one message event signed and encrypted like Lark; the HTTP status, or null when the connection failed. */
export async function deliver(base: string, sent: Sent, eventId = sent.eventId): Promise<number | null> {
  const event = sentEvent(sent, eventId);
  try {
    const res = await fetch(
      `${base}/lark/events`,
      postInit(await toWire(event, { encryptKey: TEST_LARK.encryptKey })),
    );
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}

/** Delivers every message over `connections` parallel lanes; `onStatus` may stop the rest (returns false). */
export async function deliverAll(
  base: string,
  messages: readonly Sent[],
  connections: number,
  onStatus: (sent: Sent, status: number | null) => boolean | undefined = () => true,
): Promise<Map<string, number | null>> {
  const statuses = new Map<string, number | null>();
  let next = 0;
  let stopped = false;
  const lane = async () => {
    while (!stopped && next < messages.length) {
      const sent = messages[next++]!;
      const status = await deliver(base, sent);
      statuses.set(sent.messageId, status);
      if (onStatus(sent, status) === false) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: connections }, lane));
  return statuses;
}
