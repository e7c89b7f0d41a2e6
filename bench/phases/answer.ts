// (b) Arrival to answer for single questions: the event POST until the fake Lark records the reply.
import { Agent } from 'node:http';
import type { FakeLarkServer } from '../../test/fakes/fake-lark-server';
import { prepareEvents } from '../lib/events';
import { post } from '../lib/http-load';
import { waitForReplies } from '../lib/replies';
import { startApp } from '../lib/servers';
import { ms, percentile } from '../lib/stats';
import type { Row } from '../lib/table';
import { CONDUCT_QUESTIONS } from '../lib/texts';

const QUESTIONS = 40;
const WARMUP = 5;

/** One question at a time, each from a different person, answered before the next is asked. */
export async function benchAnswer(fake: FakeLarkServer): Promise<Row[]> {
  const events = await prepareEvents(
    QUESTIONS + WARMUP,
    `answer${Date.now()}`,
    (i) => CONDUCT_QUESTIONS[i % CONDUCT_QUESTIONS.length]!,
  );
  const app = await startApp({ fake });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(`${app.base}/lark/events`);
  const latencies: number[] = [];
  const acks: number[] = [];
  try {
    for (const [i, event] of events.entries()) {
      fake.registerMessage(event.messageId, event.chatId);
      const t0 = Date.now();
      const a0 = performance.now();
      const res = await post(url, event, agent);
      const ack = performance.now() - a0;
      if (res.status !== 200) throw new Error(`answer phase: HTTP ${res.status} ${res.body}`);
      const replies = await waitForReplies(fake, [event.messageId], 10_000);
      const reply = replies.get(event.messageId)?.[0];
      if (!reply)
        throw new Error(`answer phase: no reply to ${event.messageId} within 10 s: ${app.stderr()}`);
      if (i >= WARMUP) {
        latencies.push(reply.at - t0);
        acks.push(ack);
      }
    }
  } finally {
    agent.destroy();
    await app.kill();
  }
  const p50 = percentile(latencies, 50);
  return [
    {
      id: 'b',
      measure: `arrival → answer recorded by fake Lark (${QUESTIONS} questions) p50 / p90`,
      result: `${ms(p50)} / ${ms(percentile(latencies, 90))}`,
      baseline: `its ack ${ms(percentile(acks, 50))}`,
      ratio: '',
      target: 'p50 ≤ 150 ms',
      pass: p50 <= 150,
    },
  ];
}
