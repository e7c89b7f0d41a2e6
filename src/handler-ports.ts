import type { HandlerPorts } from '../handlers/ports';
import type { Database } from './db/database';
import { createConductRepository } from './db/repositories/conduct-repository';
import { createKvRepository } from './db/repositories/kv-repository';
import { createTicketRepository } from './db/repositories/ticket-repository';
import { createAsker } from './domain/conduct/ask';
import type { ConductEngine } from './domain/conduct/engine';
import type { Org } from './domain/org/org-types';

/** What the ports are built from: the database, the loaded knowledge and the organisation file. */
export interface PortSources {
  database: Database;
  engine: ConductEngine;
  org: Org;
}

/** Random bytes from the platform's CSPRNG (WebCrypto on Node 20 and Workers). */
export const cryptoRandom = (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length));

/** Wires the handlers' ports to drizzle, the conduct engine and the org file; `createBot` calls this for both entries. */
export function createHandlerPorts(sources: PortSources): HandlerPorts {
  const ask = createAsker({ engine: sources.engine });
  const kv = createKvRepository(sources.database.db);
  let secret: Promise<string> | null = null;
  const makeSecret = () => Array.from(cryptoRandom(32), (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    ask,
    rejudge: (scenarioId, choices) => sources.engine.rejudge(scenarioId, choices),
    conductLog: createConductRepository(sources.database.db),
    org: sources.org,
    tickets: createTicketRepository(sources.database),
    random: cryptoRandom,
    queryKeySecret: () => {
      secret ??= kv.getOrCreate('ticket-query-key-secret', makeSecret).catch((error: unknown) => {
        secret = null;
        throw error;
      });
      return secret;
    },
  };
}
