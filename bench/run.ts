// npm run bench: every figure of issue 6 in one run, each beside the baseline measured in the same run.
// Prints one table and writes it as markdown to bench/latest.md.
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { startFakeLarkServer } from '../test/fakes/fake-lark-server';
import { benchAck } from './phases/ack';
import { benchAnswer } from './phases/answer';
import { benchBurst } from './phases/burst';
import { benchSearch } from './phases/search';
import { benchTickets } from './phases/tickets';
import { markdownTable, type Row, textTable } from './lib/table';

const ACK_EVENTS = Number(process.env.BENCH_ACK_EVENTS ?? 12_000);

function step(name: string) {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…`);
  return () => process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

async function main() {
  const started = performance.now();
  const rows: Row[] = [];
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');

  let done = step('(c) search and index load');
  rows.push(...benchSearch());
  done();

  // A fresh fake Lark per phase, enforcing Lark's documented limits, so no phase inherits another's windows.
  for (const [name, phase] of [
    ['(a) ack throughput', async (fake) => (await benchAck(fake, ACK_EVENTS)).rows],
    ['(b) arrival → answer', benchAnswer],
    ['(e) 200-question burst', benchBurst],
  ] as const satisfies readonly (readonly [string, (fake: Awaited<ReturnType<typeof startFakeLarkServer>>) => Promise<Row[]>])[]) {
    done = step(name);
    const fake = await startFakeLarkServer({ rateLimits: true });
    try {
      rows.push(...(await phase(fake)));
    } finally {
      await fake.close();
    }
    done();
  }

  done = step('(d) tickets');
  rows.push(...(await benchTickets()));
  done();

  const order = ['a', 'b', 'c', 'd', 'e'];
  rows.sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const machine = `Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average at start ${load}`;
  console.log(textTable(rows));
  console.log(`\n${machine}; whole run ${seconds} s.`);
  const failed = rows.filter((r) => r.pass === false).length;
  const md = [
    '# Benchmark (npm run bench)',
    '',
    markdownTable(rows),
    '',
    `${machine}; whole run ${seconds} s; ${new Date().toISOString().slice(0, 10)}.`,
    'Servers are real HTTP servers on 127.0.0.1, each in its own process: the app is `src/entry/node.ts` on a',
    'temporary SQLite file, Lark is the fake Lark server enforcing 50 msg/s per app and 5/s per chat.',
    '',
  ].join('\n');
  writeFileSync(new URL('./latest.md', import.meta.url), md);
  if (failed > 0) console.log(`${failed} target(s) missed.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
