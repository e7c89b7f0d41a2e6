// Waiting on the fake Lark's record until each of our messages got a reply.
import type { DeliveredMessage, FakeLarkServer } from '../../test/fakes/fake-lark-server';
import { repliesByTarget } from '../../test/support/replies';

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
