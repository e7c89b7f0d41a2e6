// (a) How fast POST /lark/events acknowledges signed, encrypted, distinct events, against a bare Hono
// server that only reads the body: both real HTTP servers on 127.0.0.1, 16 keep-alive connections.
import type { FakeLarkServer } from '../../test/fakes/fake-lark-server';
import { prepareEvents } from '../lib/events';
import { type LoadResult, runLoad } from '../lib/http-load';
import { type ServerProcess, startApp, startBareHono } from '../lib/servers';
import { ms, percentile } from '../lib/stats';
import type { Row } from '../lib/table';
import { mixedText } from '../lib/texts';

const CONNECTIONS = 16;
const DURATION_MS = 2500;
const ROUNDS = 3;
const WARMUP = 400;

/** What the ack phase measured, for the table and for the log. */
export interface AckFigures {
  bare: Measured;
  app: Measured;
}

/** A load run and the server CPU it took per request. */
interface Measured extends LoadResult {
  cpuPerRequestMs: number;
}

/** The round with the median throughput: one noisy round (another process on the machine) moves nothing. */
const median = (runs: Measured[]): Measured =>
  [...runs].sort((a, b) => a.throughput - b.throughput)[Math.floor(runs.length / 2)]!;

async function measured(server: ServerProcess, run: () => Promise<LoadResult>): Promise<Measured> {
  const cpu0 = server.cpuMs();
  const result = await run();
  return { ...result, cpuPerRequestMs: (server.cpuMs() - cpu0) / Math.max(1, result.latencies.length) };
}

/** Runs the bare server and the app in alternating rounds and keeps each one's median round. */
export async function benchAck(
  fake: FakeLarkServer,
  appEvents: number,
): Promise<{ rows: Row[]; figures: AckFigures }> {
  const barePool = await prepareEvents(2000, `bare${Date.now()}`, mixedText);
  const appPool = await prepareEvents(appEvents + WARMUP, `ack${Date.now()}`, mixedText);
  const bare = await startBareHono();
  const app = await startApp({ fake }).catch(async (error: unknown) => {
    await bare.kill();
    throw error;
  });
  try {
    await runLoad(`${bare.base}/lark/events`, barePool.slice(0, WARMUP), { connections: CONNECTIONS });
    await runLoad(`${app.base}/lark/events`, appPool.slice(0, WARMUP), { connections: CONNECTIONS });
    const bareRuns: Measured[] = [];
    const appRuns: Measured[] = [];
    let offset = WARMUP;
    const perRound = Math.floor(appEvents / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      bareRuns.push(
        await measured(bare, () =>
          runLoad(`${bare.base}/lark/events`, barePool, {
            connections: CONNECTIONS,
            durationMs: DURATION_MS,
            cycle: true,
          }),
        ),
      );
      const slice = appPool.slice(offset, offset + perRound);
      offset += perRound;
      appRuns.push(
        await measured(app, () =>
          runLoad(`${app.base}/lark/events`, slice, { connections: CONNECTIONS, durationMs: DURATION_MS }),
        ),
      );
    }
    const figures = { bare: median(bareRuns), app: median(appRuns) };
    const failures =
      figures.app.errors +
      [...figures.app.statuses].filter(([s]) => s !== 200).reduce((a, [, n]) => a + n, 0);
    if (failures > 0)
      throw new Error(`ack phase: ${failures} requests were not answered 200: ${[...figures.app.statuses]}`);
    const ratio = figures.app.throughput / figures.bare.throughput;
    const p99 = percentile(figures.app.latencies, 99);
    return {
      figures,
      rows: [
        {
          id: 'a',
          measure: `ack throughput, POST /lark/events (${CONNECTIONS} conns)`,
          result: `${Math.round(figures.app.throughput)} req/s`,
          baseline: `bare Hono ${Math.round(figures.bare.throughput)} req/s`,
          ratio: `${ratio.toFixed(2)}×`,
          target: '≥ 0.5× bare',
          pass: ratio >= 0.5,
        },
        {
          id: 'a',
          measure: 'server CPU per acknowledged event (during the run)',
          result: ms(figures.app.cpuPerRequestMs),
          baseline: `bare ${ms(figures.bare.cpuPerRequestMs)}`,
          ratio: `${(figures.app.cpuPerRequestMs / figures.bare.cpuPerRequestMs).toFixed(1)}×`,
          target: '',
          pass: null,
        },
        {
          id: 'a',
          measure: 'ack latency p50 / p99',
          result: `${ms(percentile(figures.app.latencies, 50))} / ${ms(p99)}`,
          baseline: `bare ${ms(percentile(figures.bare.latencies, 50))} / ${ms(percentile(figures.bare.latencies, 99))}`,
          ratio: '',
          target: 'p99 ≤ 50 ms',
          pass: p99 <= 50,
        },
      ],
    };
  } finally {
    await bare.kill();
    await app.kill();
  }
}
