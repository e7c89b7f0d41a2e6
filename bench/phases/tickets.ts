// (d) Ticket creation on SQLite: the complaint use case in process (classify, route, store) against
// plain inserts on the same file, and complaints end to end through a running app in local mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { fileComplaint } from '../../handlers/tickets/file-complaint';
import { openNodeDatabase } from '../../src/db/node-database';
import { loadNodeKnowledge } from '../../src/entry/node-knowledge';
import { loadNodeOrg } from '../../src/entry/node-org';
import { createHandlerPorts } from '../../src/handler-ports';
import { countRows } from '../lib/db-probe';
import { prepareEvents } from '../lib/events';
import { runLoad } from '../lib/http-load';
import { startApp } from '../lib/servers';
import type { Row } from '../lib/table';
import { COMPLAINTS } from '../lib/texts';

const IN_PROCESS = 400;
const END_TO_END = 300;

async function inProcess(): Promise<{ ticketsPerSecond: number; insertsPerSecond: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'qinqing-bench-tickets-'));
  try {
    const database = openNodeDatabase(join(dir, 'tickets.db'));
    const ports = createHandlerPorts({
      database,
      engine: loadNodeKnowledge(undefined),
      org: loadNodeOrg('knowledge/org.yaml'),
    });
    const file = (i: number) =>
      fileComplaint(
        ports,
        {
          channel: 'lark',
          reporterId: `ou_t${i}`,
          anonymous: i % 2 === 0,
          description: COMPLAINTS[i % COMPLAINTS.length]!,
          sourceKey: `bench-ticket-${i}`,
        },
        Date.now(),
      );
    for (let i = 0; i < 20; i++) await file(IN_PROCESS + i); // warm-up, outside the measurement
    const t0 = performance.now();
    for (let i = 0; i < IN_PROCESS; i++) {
      const filed = await file(i);
      if (!filed.ok) throw new Error(`ticket phase: complaint ${i} was not filed: ${filed.message}`);
    }
    const ticketsPerSecond = (IN_PROCESS / (performance.now() - t0)) * 1000;
    database.close();

    // Baseline: one plain prepared INSERT per row on a file with the same pragmas.
    const raw = new BetterSqlite3(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec('create table t (id integer primary key, code text unique, body text)');
    const insert = raw.prepare('insert into t (code, body) values (?, ?)');
    const r0 = performance.now();
    for (let i = 0; i < IN_PROCESS; i++) insert.run(`QQ-${i}`, COMPLAINTS[i % COMPLAINTS.length]!);
    const insertsPerSecond = (IN_PROCESS / (performance.now() - r0)) * 1000;
    raw.close();
    return { ticketsPerSecond, insertsPerSecond };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function endToEnd(): Promise<{ perSecond: number; ackPerSecond: number }> {
  const events = await prepareEvents(
    END_TO_END,
    `complaint${Date.now()}`,
    (i) => COMPLAINTS[i % COMPLAINTS.length]!,
  );
  const app = await startApp();
  try {
    const t0 = performance.now();
    const load = await runLoad(`${app.base}/lark/events`, events, { connections: 16 });
    if (load.statuses.get(200) !== END_TO_END)
      throw new Error(`ticket phase: not every complaint was acknowledged`);
    const deadline = Date.now() + 60_000;
    while (countRows(app.dbPath!, 'tickets') < END_TO_END) {
      if (Date.now() > deadline) throw new Error(`ticket phase: tickets missing after 60 s: ${app.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { perSecond: (END_TO_END / (performance.now() - t0)) * 1000, ackPerSecond: load.throughput };
  } finally {
    await app.kill();
  }
}

/** Both ticket figures. */
export async function benchTickets(): Promise<Row[]> {
  const { ticketsPerSecond, insertsPerSecond } = await inProcess();
  const e2e = await endToEnd();
  return [
    {
      id: 'd',
      measure: `ticket creation in process (fileComplaint, ${IN_PROCESS} sequential)`,
      result: `${Math.round(ticketsPerSecond)} tickets/s`,
      baseline: `one plain INSERT: ${Math.round(insertsPerSecond)} rows/s`,
      ratio: '',
      target: '',
      pass: null,
    },
    {
      id: 'd',
      measure: `complaints end to end: ${END_TO_END} POSTs → ${END_TO_END} tickets (local mode)`,
      result: `${Math.round(e2e.perSecond)} tickets/s`,
      baseline: `acks ${Math.round(e2e.ackPerSecond)} req/s`,
      ratio: '',
      target: '',
      pass: null,
    },
  ];
}
