// (e) 200 questions from 200 people at once, against a fake Lark that enforces Lark's real limits
// (50/s per app, 5/s per chat, 429 beyond): time until all are answered, against the floor N/50 s.
import type { FakeLarkServer } from '../../test/fakes/fake-lark-server';
import { prepareEvents } from '../lib/events';
import { runLoad } from '../lib/http-load';
import { waitForReplies } from '../lib/replies';
import { startApp } from '../lib/servers';
import { ms } from '../lib/stats';
import type { Row } from '../lib/table';
import { CONDUCT_QUESTIONS } from '../lib/texts';

const N = 200;
const LARK_PER_SECOND = 50;

/** Fires the burst over 16 connections and waits (bounded) for every answer. */
export async function benchBurst(fake: FakeLarkServer): Promise<Row[]> {
  const events = await prepareEvents(
    N,
    `burst${Date.now()}`,
    (i) => CONDUCT_QUESTIONS[i % CONDUCT_QUESTIONS.length]!,
  );
  for (const e of events) fake.registerMessage(e.messageId, e.chatId);
  const app = await startApp({ fake });
  try {
    // One answered question first, so the token and the bot identity are not part of the burst.
    const [warm] = await prepareEvents(1, `burstwarm${Date.now()}`, () => '你好');
    await runLoad(`${app.base}/lark/events`, [warm!], { connections: 1 });
    await waitForReplies(fake, [warm!.messageId], 10_000);
    const before = fake.sendCalls().length;

    const t0 = Date.now();
    const load = await runLoad(`${app.base}/lark/events`, events, { connections: 16 });
    const ids = events.map((e) => e.messageId);
    const replies = await waitForReplies(fake, ids, 60_000);
    const answered = ids.filter((id) => replies.has(id));
    const last = Math.max(...answered.map((id) => replies.get(id)![0]!.at));
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a late duplicate to show up
    const final = replyCounts(fake, ids);
    const doubled = ids.filter((id) => (final.get(id) ?? 0) > 1).length;
    const lost = N - answered.length;
    const limited = fake
      .sendCalls()
      .slice(before)
      .filter((c) => c.status === 429).length;
    const notAcked = N - (load.statuses.get(200) ?? 0);
    const elapsed = last - t0;
    const floor = (N / LARK_PER_SECOND) * 1000;
    const ok = elapsed <= floor * 1.5 && lost === 0 && doubled === 0 && notAcked === 0;
    return [
      {
        id: 'e',
        measure: `burst: ${N} questions from ${N} people, fake Lark at real limits`,
        result: `${ms(elapsed)}; lost ${lost}, doubled ${doubled}, 429s ${limited}`,
        baseline: `floor N/50 = ${ms(floor)}`,
        ratio: `${(elapsed / floor).toFixed(2)}×`,
        target: '≤ 1.5× floor, 0 lost, 0 doubled',
        pass: ok,
      },
    ];
  } finally {
    await app.kill();
  }
}

/** Replies per message id right now. */
function replyCounts(fake: FakeLarkServer, ids: readonly string[]): Map<string, number> {
  const wanted = new Set(ids);
  const counts = new Map<string, number>();
  for (const m of fake.messages) {
    if (m.kind === 'reply' && m.target && wanted.has(m.target))
      counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
  }
  return counts;
}
