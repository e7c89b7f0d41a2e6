// What the fake Lark delivered, per message replied to (resilience tests and the benchmark read it).
import type { DeliveredMessage, FakeLarkServer } from '../fakes/fake-lark-server';

/** Replies delivered to each of our message ids (a message answered twice has two). */
export function repliesByTarget(fake: FakeLarkServer): Map<string, DeliveredMessage[]> {
  const out = new Map<string, DeliveredMessage[]>();
  for (const m of fake.messages) {
    if (m.kind !== 'reply' || !m.target) continue;
    out.set(m.target, [...(out.get(m.target) ?? []), m]);
  }
  return out;
}
