// npm run bench: every figure of issue 6 in one run, each beside the baseline measured in the same run.
// Prints one table and writes it as markdown to bench/latest.md.
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { type FakeLarkServer, startFakeLarkServer } from '../test/fakes/fake-lark-server';
import { markdownTable, type Row, textTable } from './lib/table';
import { benchAck } from './phases/ack';
import { benchAnswer } from './phases/answer';
import { benchBurst } from './phases/burst';
import { benchSearch } from './phases/search';
import { benchTickets } from './phases/tickets';

const ACK_EVENTS = Number(process.env.BENCH_ACK_EVENTS ?? 15_000);

interface Phase {
  id: string;
  name: string;
  /** Whether the phase talks to a fake Lark (a fresh one, enforcing Lark's documented limits). */
  lark: boolean;
  run(fake: FakeLarkServer | null): Promise<Row[]>;
}

const PHASES: Phase[] = [
  { id: 'c', name: 'search and index load', lark: false, run: async () => benchSearch() },
  {
    id: 'a',
    name: 'ack throughput',
    lark: true,
    run: async (fake) => (await benchAck(fake!, ACK_EVENTS)).rows,
  },
  { id: 'b', name: 'arrival → answer', lark: true, run: (fake) => benchAnswer(fake!) },
  { id: 'e', name: '200-question burst', lark: true, run: (fake) => benchBurst(fake!) },
  { id: 'd', name: 'tickets', lark: false, run: () => benchTickets() },
];

/** Runs one phase; a phase that fails becomes a failed row, and the others still run. */
async function runPhase(phase: Phase): Promise<Row[]> {
  const t0 = performance.now();
  process.stderr.write(`bench: (${phase.id}) ${phase.name}…`);
  const fake = phase.lark ? await startFakeLarkServer({ rateLimits: true }) : null;
  try {
    return await phase.run(fake);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(` failed: ${message}\n`);
    return [
      {
        id: phase.id,
        measure: phase.name,
        result: `error: ${message.split('\n')[0]!.slice(0, 120)}`,
        baseline: '',
        ratio: '',
        target: '',
        pass: false,
      },
    ];
  } finally {
    await fake?.close();
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}

async function main() {
  const started = performance.now();
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  const rows: Row[] = [];
  for (const phase of PHASES) rows.push(...(await runPhase(phase)));

  const order = ['a', 'b', 'c', 'd', 'e'];
  rows.sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const machine = `Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average at start ${load}`;
  console.log(textTable(rows));
  console.log(`\n${machine}; whole run ${seconds} s.`);
  const failed = rows.filter((r) => r.pass === false).length;
  if (failed > 0) console.log(`${failed} target(s) missed.`);
  const md = [
    '# Benchmark (npm run bench)',
    '',
    markdownTable(rows),
    '',
    `${machine}; whole run ${seconds} s; ${new Date().toISOString().slice(0, 10)}.`,
    'Servers are real HTTP servers on 127.0.0.1, each in its own process: the app is `src/entry/node.ts` on a',
    'temporary SQLite file; Lark is the fake Lark server enforcing 50 messages/s per app and 5/s per chat.',
    '',
  ].join('\n');
  writeFileSync(new URL('./latest.md', import.meta.url), md);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
