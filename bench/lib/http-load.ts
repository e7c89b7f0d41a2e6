// A closed-loop HTTP load generator on node:http: `connections` keep-alive sockets, each sending
// the next prepared request as soon as the previous answer is read.
import { Agent, request } from 'node:http';

/** One prepared POST: its body and headers. */
export interface PreparedRequest {
  body: string;
  headers: Record<string, string>;
}

/** What a load run measured. */
export interface LoadResult {
  sent: number;
  elapsedMs: number;
  /** Requests per second over the whole run. */
  throughput: number;
  latencies: number[];
  /** Responses by HTTP status. */
  statuses: Map<number, number>;
  errors: number;
}

/** Sends one request on `agent` and resolves with the status once the whole answer is read. */
export function post(
  url: URL,
  prepared: PreparedRequest,
  agent?: Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...prepared.headers, 'content-length': String(Buffer.byteLength(prepared.body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(prepared.body);
  });
}

/** How a load run is bounded. */
export interface LoadOptions {
  connections: number;
  /** Stop starting requests after this long (the run also ends when the requests run out). */
  durationMs?: number;
  /** Start over at the first request when they run out (only for servers that do not deduplicate). */
  cycle?: boolean;
}

/** Sends the prepared requests over `connections` concurrent keep-alive connections. */
export async function runLoad(
  target: string,
  requests: readonly PreparedRequest[],
  options: LoadOptions,
): Promise<LoadResult> {
  const { connections, durationMs = Number.POSITIVE_INFINITY, cycle = false } = options;
  const url = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const more = () => (cycle || next < requests.length) && performance.now() < deadline;
  const worker = async () => {
    while (more()) {
      const prepared = requests[next++ % requests.length]!;
      const t0 = performance.now();
      try {
        const { status } = await post(url, prepared, agent);
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  const sent = latencies.length + errors;
  return { sent, elapsedMs, throughput: (latencies.length / elapsedMs) * 1000, latencies, statuses, errors };
}
