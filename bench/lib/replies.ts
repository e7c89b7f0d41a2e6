// Reading the fake Lark's record: which of our messages got a reply, and when.
import type { DeliveredMessage, FakeLarkServer } from '../../test/fakes/fake-lark-server';

/** Replies delivered to each message id (a message answered twice has two). */
export function repliesByTarget(fake: FakeLarkServer): Map<string, DeliveredMessage[]> {
  const out = new Map<string, DeliveredMessage[]>();
  for (const m of fake.messages) {
    if (m.kind !== 'reply' || !m.target) continue;
    out.set(m.target, [...(out.get(m.target) ?? []), m]);
  }
  return out;
}

/** Waits until every message id has a reply, or the timeout passes; resolves with the replies seen. */
export async function waitForReplies(
  fake: FakeLarkServer,
  messageIds: readonly string[],
  timeoutMs: number,
): Promise<Map<string, DeliveredMessage[]>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const replies = repliesByTarget(fake);
    if (messageIds.every((id) => replies.has(id)) || Date.now() > deadline) return replies;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
